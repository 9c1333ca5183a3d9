//! Everything that reads outside input, fed arbitrary bytes: the link codec (its readable query and
//! its compressed fragment), the scenario file loader, the lesson reader and the message handler
//! must never panic, must keep within their caps, and any link they accept must re-encode to an
//! equivalent one whose query stays short enough for any static host.
//!
//! cargo install cargo-fuzz --version 0.13.2
//! cargo +nightly fuzz run codec -- -max_total_time=600

#![no_main]

use base64::Engine;
use chokepoint::model::measures::MAX_SCHEDULE_CHANGES;
use chokepoint::model::MeasureId;
use chokepoint::scenario::codec::{
    shareable, MAX_LINK_BYTES, MAX_WARNINGS, MAX_WRITTEN_QUERY_BYTES,
};
use chokepoint::scenario::file::{from_json, to_json};
use chokepoint::scenario::lesson;
use chokepoint::scenario::message::{parse_request, Request};
use chokepoint::scenario::view::Link;
use chokepoint::scenario::{decode_link, encode_link};
use libfuzzer_sys::fuzz_target;

/// What the page holds for a link it read must survive being written and read again.
fn check(text: &str) {
    let (link, warnings) = decode_link(text);
    assert!(warnings.len() <= MAX_WARNINGS + 1, "{} warnings", warnings.len());
    check_link(&link, text);
}

fn check_link(link: &Link, text: &str) {
    for id in MeasureId::ALL {
        assert!(link.scenario.measures.changes_of(id).len() <= MAX_SCHEDULE_CHANGES);
    }
    let written = encode_link(link);
    let query = written.split_once('#').map_or(written.as_str(), |(q, _)| q);
    assert!(query.len() <= MAX_WRITTEN_QUERY_BYTES, "{text:?}: query of {}", query.len());
    match shareable(link) {
        Ok(shared) => {
            assert!(shared.len() <= MAX_LINK_BYTES);
            let (again, warnings) = decode_link(&shared);
            assert!(warnings.is_empty(), "{text:?} re-encodes with warnings {warnings:?}");
            assert_eq!(&again, link, "{text:?}");
        }
        // Only a lesson can make a link too long, and the page never writes it.
        Err(_) => assert!(link.view.lesson.is_some(), "{text:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text);

    // The same text as the compressed part of a link, so that the fuzzer reaches what the
    // fragment holds once it is expanded.
    let deflated = miniz_oxide::deflate::compress_to_vec(data, 1);
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated);
    check(&format!("v=4#z={packed}"));
    // And the raw bytes in base64 as a fragment: inflating arbitrary data must fail cleanly.
    check(&format!(
        "v=4#z={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
    ));

    if let Ok((scenario, _)) = from_json(text) {
        let (back, warnings) = from_json(&to_json(&scenario)).expect("its own file reads");
        assert!(warnings.is_empty());
        assert_eq!(back, scenario);
    }

    if let Ok(lesson) = lesson::parse(text) {
        let json = lesson::written(&lesson).expect("a lesson that reads is kept");
        assert!(lesson::parse(&json).is_ok());
    }

    if let Ok(Request::SetScenario { link, .. }) = parse_request(text) {
        check_link(&link, text);
    }
});

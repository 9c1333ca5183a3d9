//! Everything that reads outside input, fed arbitrary bytes: the link codec, the scenario file
//! loader and the message handler must never panic, and any link they accept must re-encode to an
//! equivalent one.
//!
//! cargo install cargo-fuzz --version 0.13.2
//! cargo +nightly fuzz run codec -- -max_total_time=600

#![no_main]

use chokepoint::scenario::file::{from_json, to_json};
use chokepoint::scenario::message::{parse_request, Request};
use chokepoint::scenario::{decode_link, encode_link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (link, _) = decode_link(text);
    let (again, warnings) = decode_link(&encode_link(&link));
    assert!(warnings.is_empty(), "{text:?} re-encodes with warnings {warnings:?}");
    assert_eq!(again, link, "{text:?}");

    if let Ok((scenario, _)) = from_json(text) {
        let (back, warnings) = from_json(&to_json(&scenario)).expect("its own file reads");
        assert!(warnings.is_empty());
        assert_eq!(back, scenario);
    }

    if let Ok(Request::SetScenario { link, .. }) = parse_request(text) {
        assert_eq!(decode_link(&encode_link(&link)).0, *link);
    }
});

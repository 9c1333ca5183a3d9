//! Everything that reads input from outside — the link codec, the scenario file loader, the message
//! handler and the saved-scenario list — never panics on any input, and whatever it accepts
//! re-encodes to the same scenario. The hostile-input properties run 10,000 cases each; the
//! cargo-fuzz target in fuzz/ runs the codec for as long as one likes.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::i18n::Lang;
use chokepoint::model::measures::MAX_SCHEDULE_CHANGES;
use chokepoint::model::measures::{Change, MeasureState, Schedule};
use chokepoint::model::params::{all_params, PARAM_COUNT};
use chokepoint::model::time::{total_days, Date};
use chokepoint::model::uncertainty::BandKind;
use chokepoint::model::{Material, Measures};
use chokepoint::scenario::codec::{known_keys, shareable, MAX_LINK_BYTES, MAX_WRITTEN_QUERY_BYTES};
use chokepoint::scenario::file::{from_json, to_json};
use chokepoint::scenario::lesson::MAX_LESSON_BYTES;
use chokepoint::scenario::message::parse_request;
use chokepoint::scenario::saved::{from_storage, to_storage};
use chokepoint::scenario::view::{ChartId, Controls, Embed, Link, View};
use chokepoint::scenario::{decode, decode_link, encode, encode_link, Scenario};
use proptest::prelude::*;

/// A schedule of up to `most` changes (more than the cap are cut by `Schedule::new`).
fn schedule<S: MeasureState>(most: usize) -> impl Strategy<Value = Schedule<S>> {
    prop::collection::vec((0..total_days(), 0..S::ALL.len()), 0..=most).prop_map(|changes| {
        Schedule::new(changes.into_iter().map(|(day, state)| Change {
            from: Date::from_day_index(day),
            state: S::ALL[state],
        }))
    })
}

prop_compose! {
    /// Every measure with a schedule of up to `most` changes.
    fn measures(most: usize)(
        licensing in [schedule(most), schedule(most), schedule(most)],
        white_list in schedule(most),
        wto_case in schedule(most),
        gsomia in schedule(most),
        korea_white_list in schedule(most),
        localization in schedule(most),
        diversification in schedule(most),
        dialogue in schedule(most),
    ) -> Measures {
        Measures {
            licensing,
            white_list,
            wto_case,
            gsomia,
            korea_white_list,
            localization,
            diversification,
            dialogue,
        }
    }
}

prop_compose! {
    fn scenario()(
        measures in measures(4),
        overrides in prop::collection::vec((0..PARAM_COUNT, 0.0f64..=1.0), 0..6),
    ) -> Scenario {
        let mut s = Scenario {
            measures,
            ..Scenario::default()
        };
        for (index, fraction) in overrides {
            let view = &all_params()[index];
            let value = view.values.min + fraction * (view.values.max - view.values.min);
            s.params.set(view.param, value);
        }
        s
    }
}

prop_compose! {
    fn link()(
        scenario in scenario(),
        compare in prop::option::of(scenario()),
        material in 0..3usize,
        lang in prop::option::of(0..3usize),
        embed in prop::option::of((0..3usize, prop::collection::btree_set(0..6usize, 1..=6))),
        bands in 0..2usize,
        lesson in prop::option::of((prop_oneof![Just("story".to_string()), "x[ -~한日&=%+]{0,30}x"], 1..6usize)),
    ) -> Link {
        Link {
            scenario,
            compare,
            view: View {
                material: Material::ALL[material],
                lang: lang.map(|l| Lang::ALL[l]),
                lesson,
                embed: embed.map(|(controls, charts)| Embed {
                    controls: Controls::ALL[controls],
                    charts: charts.into_iter().map(|c| ChartId::ALL[c]).collect(),
                }),
                bands: BandKind::ALL[bands],
            },
        }
    }
}

/// Any value a parameter can hold: within its range, with every digit an `f64` has, and the
/// smallest values (where writing every digit made links of tens of kilobytes).
fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0f64..=1.0,
        Just(0.0),
        Just(1.0),
        (1u64..1_000_000).prop_map(|n| n as f64 * f64::MIN_POSITIVE),
        Just(5e-324),
    ]
}

prop_compose! {
    /// The biggest scenarios the caps allow: long schedules, every parameter set.
    fn big_scenario()(
        measures in measures(MAX_SCHEDULE_CHANGES + 4),
        values in prop::collection::vec(any_value(), PARAM_COUNT),
    ) -> Scenario {
        let mut s = Scenario {
            measures,
            ..Scenario::default()
        };
        for (view, fraction) in all_params().iter().zip(values) {
            let value = if fraction < 1e-300 {
                view.values.min + fraction
            } else {
                view.values.min + fraction * (view.values.max - view.values.min)
            };
            s.params.set(view.param, value);
        }
        s
    }
}

/// Lesson text up to the size a lesson may have: printable ASCII (the text that compresses
/// worst, as every character is drawn anew), Korean or Japanese, or a mix with the characters a
/// query must escape.
fn lesson_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,200}",
        "[가-힣 ]{0,200}",
        "[ぁ-んァ-ン一-龯、。]{0,200}",
        "[&=%+#?/ -~한日\n]{0,200}",
    ]
    .prop_flat_map(|seed| {
        // Each step a fresh draw, up to the lesson limit.
        (
            Just(seed),
            prop::collection::vec("[ -~가-힣]{1,64}", 0..400),
        )
    })
    .prop_map(|(seed, pieces)| {
        let mut text = seed;
        for piece in pieces {
            if text.len() + piece.len() > MAX_LESSON_BYTES {
                break;
            }
            text.push_str(&piece);
        }
        // The codec trims what it reads, as a lesson file's JSON does not care.
        text.trim().to_string()
    })
}

prop_compose! {
    fn big_link()(
        scenario in big_scenario(),
        compare in prop::option::of(big_scenario()),
        lesson in prop::option::of((lesson_text(), 1..41usize)),
        lang in prop::option::of(0..3usize),
    ) -> Link {
        Link {
            scenario,
            compare,
            view: View {
                lang: lang.map(|l| Lang::ALL[l]),
                lesson,
                ..View::default()
            },
        }
    }
}

/// A query built from real keys (and the compared scenario's `b.` keys) with arbitrary values, so
/// that the value parsers are exercised.
fn keyed_query() -> impl Strategy<Value = String> {
    let mut keys: Vec<String> = known_keys().into_iter().map(String::from).collect();
    keys.extend(known_keys().into_iter().map(|k| format!("b.{k}")));
    prop::collection::vec(
        (prop::sample::select(keys), "[a-z_0-9@,.:%+=-]{0,30}"),
        0..8,
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// A scenario file: the right shape with any link, or any JSON value, or any text.
fn file_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (".{0,150}", 0u32..3, "[a-z-]{0,25}").prop_map(|(link, version, format)| {
            serde_json::json!({"format": format, "version": version, "link": link}).to_string()
        }),
        ".{0,150}".prop_map(|link| {
            serde_json::json!({"format": "chokepoint-scenario", "version": 1, "link": link})
                .to_string()
        }),
        keyed_query().prop_map(|link| {
            serde_json::json!({"format": "chokepoint-scenario", "version": 1, "link": link})
                .to_string()
        }),
        ".{0,200}",
    ]
}

const HOSTILE_CASES: u32 = 10_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_scenario_survives_a_round_trip(s in scenario()) {
        let link = encode(&s);
        let (decoded, warnings) = decode(&link);
        prop_assert!(warnings.is_empty(), "{link}: {warnings:?}");
        prop_assert_eq!(decoded, s, "{}", link);
    }


}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    /// Every link the page writes reopens the same picture from any static host: it reads back
    /// to the same link, its query is short enough for any server, and a link with a lesson the
    /// page accepts is never too long to hand out.
    #[test]
    fn the_biggest_links_read_back_and_their_query_stays_short(l in big_link()) {
        let text = shareable(&l).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        let query = text.split_once('#').map_or(text.as_str(), |(query, _)| query);
        prop_assert!(query.len() <= MAX_WRITTEN_QUERY_BYTES, "query of {} bytes", query.len());
        prop_assert!(text.len() <= MAX_LINK_BYTES);
        let (decoded, warnings) = decode_link(&text);
        prop_assert!(warnings.is_empty(), "{warnings:?}");
        prop_assert_eq!(decoded, l);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: HOSTILE_CASES, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_decode_and_re_encode_to_the_same_scenario(text in ".{0,200}") {
        let (decoded, _) = decode(&text);
        let (again, warnings) = decode(&encode(&decoded));
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(again, decoded);
    }

    #[test]
    fn scenario_files_never_panic_and_accepted_ones_re_encode(text in file_text()) {
        if let Ok((scenario, _)) = from_json(&text) {
            let (again, warnings) = from_json(&to_json(&scenario)).expect("its own file reads");
            prop_assert!(warnings.is_empty());
            prop_assert_eq!(again, scenario);
        }
    }

    #[test]
    fn stored_lists_never_panic_and_what_is_read_survives_storage(text in file_text()) {
        let wrapped = format!(r#"{{"version":1,"scenarios":[{{"name":"n","link":{}}}]}}"#, serde_json::to_string(&text).unwrap());
        for stored in [text.as_str(), wrapped.as_str()] {
            if let Ok(list) = from_storage(Some(stored)) {
                prop_assert_eq!(from_storage(Some(&to_storage(&list))), Ok(list.clone()));
                for saved in &list {
                    let (scenario, _) = saved.scenario();
                    prop_assert_eq!(decode(&encode(&scenario)).0, scenario);
                }
            }
        }
    }

    #[test]
    fn queries_with_real_keys_and_odd_values_decode_and_re_encode(query in keyed_query()) {
        let (decoded, warnings) = decode_link(&query);
        for warning in &warnings {
            prop_assert!(!warning.to_string().is_empty());
        }
        let (again, none) = decode_link(&encode_link(&decoded));
        prop_assert!(none.is_empty());
        prop_assert_eq!(again, decoded);
    }

    #[test]
    fn every_link_survives_a_round_trip(l in link()) {
        let text = encode_link(&l);
        let (decoded, warnings) = decode_link(&text);
        prop_assert!(warnings.is_empty(), "{text}: {warnings:?}");
        prop_assert_eq!(decoded, l, "{}", text);
    }

    #[test]
    fn arbitrary_links_decode_and_re_encode_to_the_same_link(text in ".{0,200}") {
        let (decoded, _) = decode_link(&text);
        let (again, warnings) = decode_link(&encode_link(&decoded));
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(again, decoded);
    }

    #[test]
    fn arbitrary_message_text_never_panics(text in ".{0,300}") {
        let _ = parse_request(&text);
    }

    #[test]
    fn arbitrary_messages_never_panic_and_accepted_links_re_encode(
        kind in prop::sample::select(vec!["chokepoint:set-scenario", "chokepoint:get-scenario", "other"]),
        link in ".{0,120}",
        extra in prop::option::of("[a-z]{1,5}"),
        id in prop::option::of(prop_oneof![Just("1".to_string()), Just("\"q\"".to_string()), Just("1.5".to_string()), Just("{}".to_string())]),
    ) {
        let mut fields = vec![format!("\"type\":{}", serde_json::to_string(kind).unwrap())];
        fields.push(format!("\"link\":{}", serde_json::to_string(&link).unwrap()));
        if let Some(extra) = extra {
            fields.push(format!("\"{extra}\":0"));
        }
        if let Some(id) = id {
            fields.push(format!("\"id\":{id}"));
        }
        let text = format!("{{{}}}", fields.join(","));
        if let Ok(chokepoint::scenario::message::Request::SetScenario { link, .. }) = parse_request(&text) {
            let (again, none) = decode_link(&encode_link(&link));
            prop_assert!(none.is_empty());
            prop_assert_eq!(again, *link);
        }
    }
}

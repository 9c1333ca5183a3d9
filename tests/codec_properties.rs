//! Everything that reads input from outside — the link codec, the scenario file loader, the message
//! handler and the saved-scenario list — never panics on any input, and whatever it accepts
//! re-encodes to the same scenario. The hostile-input properties run 10,000 cases each; the
//! cargo-fuzz target in fuzz/ runs the codec for as long as one likes.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::i18n::Lang;
use chokepoint::model::measures::{Change, MeasureState, Schedule};
use chokepoint::model::params::{all_params, PARAM_COUNT};
use chokepoint::model::time::{total_days, Date};
use chokepoint::model::Material;
use chokepoint::scenario::codec::known_keys;
use chokepoint::scenario::file::{from_json, to_json};
use chokepoint::scenario::message::parse_request;
use chokepoint::scenario::saved::{from_storage, to_storage};
use chokepoint::scenario::view::{ChartId, Controls, Embed, Link, View};
use chokepoint::scenario::{decode, decode_link, encode, encode_link, Scenario};
use proptest::prelude::*;

fn schedule<S: MeasureState>() -> impl Strategy<Value = Schedule<S>> {
    prop::collection::vec((0..total_days(), 0..S::ALL.len()), 0..5).prop_map(|changes| {
        Schedule::new(changes.into_iter().map(|(day, state)| Change {
            from: Date::from_day_index(day),
            state: S::ALL[state],
        }))
    })
}

prop_compose! {
    fn scenario()(
        licensing in [schedule(), schedule(), schedule()],
        white_list in schedule(),
        wto_case in schedule(),
        gsomia in schedule(),
        korea_white_list in schedule(),
        localization in schedule(),
        diversification in schedule(),
        dialogue in schedule(),
        overrides in prop::collection::vec((0..PARAM_COUNT, 0.0f64..=1.0), 0..6),
    ) -> Scenario {
        let mut s = Scenario::default();
        s.measures.licensing = licensing;
        s.measures.white_list = white_list;
        s.measures.wto_case = wto_case;
        s.measures.gsomia = gsomia;
        s.measures.korea_white_list = korea_white_list;
        s.measures.localization = localization;
        s.measures.diversification = diversification;
        s.measures.dialogue = dialogue;
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
        embed in prop::option::of((0..3usize, prop::collection::btree_set(0..5usize, 1..=5))),
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

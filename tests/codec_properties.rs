//! The scenario link codec: every scenario survives a round trip, and no string breaks decoding.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::model::measures::{Change, MeasureState, Schedule};
use chokepoint::model::params::{all_params, PARAM_COUNT};
use chokepoint::model::time::{total_days, Date};
use chokepoint::scenario::codec::known_keys;
use chokepoint::scenario::{decode, encode, Scenario};
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

/// A query built from real keys with arbitrary values, so that the value parsers are exercised.
fn keyed_query() -> impl Strategy<Value = String> {
    let keys = known_keys();
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_scenario_survives_a_round_trip(s in scenario()) {
        let link = encode(&s);
        let (decoded, warnings) = decode(&link);
        prop_assert!(warnings.is_empty(), "{link}: {warnings:?}");
        prop_assert_eq!(decoded, s, "{}", link);
    }

    #[test]
    fn arbitrary_strings_decode_and_re_encode_to_the_same_scenario(text in ".{0,200}") {
        let (decoded, _) = decode(&text);
        let (again, warnings) = decode(&encode(&decoded));
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(again, decoded);
    }

    #[test]
    fn queries_with_real_keys_and_odd_values_decode_and_re_encode(query in keyed_query()) {
        let (decoded, warnings) = decode(&query);
        for warning in &warnings {
            prop_assert!(!warning.message.is_empty());
        }
        let (again, none) = decode(&encode(&decoded));
        prop_assert!(none.is_empty());
        prop_assert_eq!(again, decoded);
    }
}

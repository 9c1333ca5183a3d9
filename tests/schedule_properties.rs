//! `canonical_changes` says exactly what `Schedule::new` does to a list of changes: it returns the
//! same schedule, and it reports an adjustment whenever (and only when) the list changed.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::model::measures::{canonical_changes, Adjustment, MAX_SCHEDULE_CHANGES};
use chokepoint::model::time::{total_days, Date};
use chokepoint::model::{MeasureId, Measures};
use proptest::prelude::*;

/// Lists of changes on few distinct days (so that dates collide) or many, in any order, with any
/// state of a five-state measure (the WTO case), sometimes longer than the cap.
fn changes() -> impl Strategy<Value = Vec<(Date, usize)>> {
    let narrow = prop::collection::vec((0u32..12, 0usize..5), 0..12).prop_map(|l| {
        l.into_iter()
            .map(|(d, s)| (Date::from_day_index(500 + d), s))
            .collect()
    });
    let wide = prop::collection::vec(
        (0u32..total_days(), 0usize..5),
        0..(MAX_SCHEDULE_CHANGES + 12),
    )
    .prop_map(|l| {
        l.into_iter()
            .map(|(d, s)| (Date::from_day_index(d), s))
            .collect()
    });
    prop_oneof![narrow, wide]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn canonical_changes_agree_with_schedule_new(list in changes()) {
        let (kept, adjustments) = canonical_changes(&list);
        let mut measures = Measures::default();
        measures.set_changes(MeasureId::WtoCase, &list);
        prop_assert_eq!(&measures.changes_of(MeasureId::WtoCase), &kept);

        // Canonical: strictly in date order, never a change to the state in force, within the cap.
        prop_assert!(kept.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 != w[1].1));
        prop_assert!(kept.first().is_none_or(|c| c.1 != 0));
        prop_assert!(kept.len() <= MAX_SCHEDULE_CHANGES);
        prop_assert_eq!(canonical_changes(&kept), (kept.clone(), Vec::new()));

        // Reported exactly when something changed.
        prop_assert_eq!(adjustments.is_empty(), kept == list);
        let sorted = list.windows(2).all(|w| w[0].0 <= w[1].0);
        prop_assert_eq!(
            adjustments.iter().any(|a| matches!(a, Adjustment::Sorted { .. })),
            !sorted
        );
        let mut dates: Vec<Date> = list.iter().map(|c| c.0).collect();
        dates.sort();
        dates.dedup();
        let same = adjustments.iter().filter(|a| matches!(a, Adjustment::SameDate { .. })).count();
        prop_assert_eq!(same > 0, dates.len() < list.len());
        let redundant = adjustments.iter().filter(|a| matches!(a, Adjustment::Redundant { .. })).count();
        let over: usize = adjustments
            .iter()
            .map(|a| match a { Adjustment::OverCap { dropped } => *dropped, _ => 0 })
            .sum();
        prop_assert_eq!(kept.len() + redundant + over, dates.len());
    }
}

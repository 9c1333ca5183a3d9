//! The diplomatic-climate index and what it does to licence reviews and firms' expectations.
//!
//! The index runs from -1 (relief) through 0 (the pre-2019 status quo) to +1 (full tension). It is
//! a weighted sum of the states of Korea's WTO case, GSOMIA, Korea's own white list and the
//! export-control dialogue. Japan's licensing measures are not in it: they are what the climate
//! acts on.

use super::measures::{Dialogue, Gsomia, KoreaWhiteList, Measures, WtoCase};
use super::params::{Params, G};

/// Tension of a WTO case state, as a share of the case's full weight. A panel is the most
/// adversarial step; consultations are a formal dispute; a suspended case keeps a little tension.
pub fn wto_tension(state: WtoCase) -> f64 {
    match state {
        WtoCase::None | WtoCase::Withdrawn => 0.0,
        WtoCase::Consultations => 0.6,
        WtoCase::Suspended => 0.2,
        WtoCase::Panel => 1.0,
    }
}

/// Tension of a GSOMIA state, as a share of its full weight.
pub fn gsomia_tension(state: Gsomia) -> f64 {
    match state {
        Gsomia::InForce => 0.0,
        Gsomia::Notified => 0.7,
        Gsomia::Terminated => 1.0,
    }
}

/// Climate index on a day (days since 2018-01-01).
pub fn climate_index(measures: &Measures, params: &Params, day: u32) -> f64 {
    climate_from_states(
        params,
        measures.wto_case.state_on(day),
        measures.gsomia.state_on(day),
        measures.korea_white_list.state_on(day),
        measures.dialogue.state_on(day),
    )
}

/// Climate index for the states in force.
pub fn climate_from_states(
    params: &Params,
    wto_case: WtoCase,
    gsomia: Gsomia,
    korea_white_list: KoreaWhiteList,
    dialogue: Dialogue,
) -> f64 {
    let korea_white_list = match korea_white_list {
        KoreaWhiteList::Listed => 0.0,
        KoreaWhiteList::Removed => 1.0,
    };
    let dialogue = match dialogue {
        Dialogue::Frozen => 0.0,
        Dialogue::Resumed => 1.0,
    };
    let index = params.g(G::ClimateWeightWto) * wto_tension(wto_case)
        + params.g(G::ClimateWeightGsomia) * gsomia_tension(gsomia)
        + params.g(G::ClimateWeightKoreaWhiteList) * korea_white_list
        - params.g(G::ClimateWeightDialogue) * dialogue;
    index.clamp(-1.0, 1.0)
}

/// Months firms expect a restriction to last, given the climate.
pub fn expected_duration_months(params: &Params, climate: f64) -> f64 {
    (params.g(G::ExpectedDurationMonths) * (1.0 + params.g(G::DurationClimateElasticity) * climate))
        .max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::measures::Schedule;
    use crate::model::time::Date;

    fn day(text: &str) -> u32 {
        Date::parse(text).unwrap().day_index()
    }

    #[test]
    fn status_quo_is_neutral_and_escalation_raises_tension() {
        let params = Params::default();
        let mut measures = Measures::default();
        assert_eq!(climate_index(&measures, &params, day("2019-10")), 0.0);
        measures.gsomia =
            Schedule::between(Gsomia::Terminated, Date::parse("2019-11-23").unwrap(), None);
        measures.wto_case =
            Schedule::between(WtoCase::Panel, Date::parse("2020-07-29").unwrap(), None);
        measures.korea_white_list = Schedule::between(
            KoreaWhiteList::Removed,
            Date::parse("2019-09-18").unwrap(),
            None,
        );
        let escalated = climate_index(&measures, &params, day("2021-01"));
        assert!((escalated - 1.0).abs() < 1e-12, "{escalated}");
        measures.dialogue =
            Schedule::between(Dialogue::Resumed, Date::parse("2020-01").unwrap(), None);
        assert!(climate_index(&measures, &params, day("2021-01")) < escalated);
    }

    #[test]
    fn tension_lengthens_expected_duration() {
        let params = Params::default();
        assert!(expected_duration_months(&params, 0.8) > expected_duration_months(&params, 0.0));
        assert!(expected_duration_months(&params, -0.5) < expected_duration_months(&params, 0.0));
        assert!(expected_duration_months(&params, -1.0) >= 1.0);
    }
}

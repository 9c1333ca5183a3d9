//! Politics: tension between the two governments, and the two hypotheses about the reviews.
//!
//! Tension counts the escalation steps in force, by either side, as a share of all five:
//!
//! ```text
//! tension = steps / 5 × (1 − dialogue_relief × dialogue)
//! steps   = [Japan: a material under individual licensing] + [Japan: Korea in Group B]
//!         + [Korea: WTO consultations or panel] + [Korea: GSOMIA notified or terminated]
//!         + [Korea: Japan off Korea's white list]
//! ```
//!
//! Every step weighs the same: no source ranks them, and equal weights are the one assumption that
//! needs no tuning. The dialogue takes a share of the tension away while it runs, so no state takes
//! tension below the pre-2019 status quo, 0.
//!
//! The two hypotheses differ in what tension does to the reviews (see [`super::licensing`]):
//! Japan's (the reviews were technical) is `political_lever_days = 0`; Korea's (the reviews were
//! retaliation) is a lever above zero, which holds each review `political_lever_days × tension`
//! days beyond the technical review.

use super::measures::{
    Dialogue, Gsomia, KoreaWhiteList, LicensingRegime, Measures, WhiteListGroup, WtoCase,
};
use super::params::{Params, G};

/// The number of escalation steps that tension counts.
pub const ESCALATION_STEPS: u32 = 5;

/// The states of the measures that tension counts, on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoliticalStates {
    pub regimes: [LicensingRegime; 3],
    pub white_list: WhiteListGroup,
    pub wto_case: WtoCase,
    pub gsomia: Gsomia,
    pub korea_white_list: KoreaWhiteList,
    pub dialogue: Dialogue,
}

impl PoliticalStates {
    /// The states in force on a day (days since 2018-01-01). The simulation walks the schedules
    /// with cursors instead; this is for a single day.
    pub fn on(measures: &Measures, day: u32) -> PoliticalStates {
        PoliticalStates {
            regimes: [0, 1, 2].map(|i| measures.licensing[i].state_on(day)),
            white_list: measures.white_list.state_on(day),
            wto_case: measures.wto_case.state_on(day),
            gsomia: measures.gsomia.state_on(day),
            korea_white_list: measures.korea_white_list.state_on(day),
            dialogue: measures.dialogue.state_on(day),
        }
    }

    /// Escalation steps in force, by either side.
    pub fn escalation_steps(&self) -> u32 {
        let japan_licensing = self.regimes.contains(&LicensingRegime::Individual);
        let japan_group_b = self.white_list == WhiteListGroup::B;
        let korea_wto = matches!(self.wto_case, WtoCase::Consultations | WtoCase::Panel);
        let korea_gsomia = matches!(self.gsomia, Gsomia::Notified | Gsomia::Terminated);
        let korea_list = self.korea_white_list == KoreaWhiteList::Removed;
        [
            japan_licensing,
            japan_group_b,
            korea_wto,
            korea_gsomia,
            korea_list,
        ]
        .into_iter()
        .map(u32::from)
        .sum()
    }
}

/// Tension, from 0 (the pre-2019 status quo) to 1 (every escalation step in force, no dialogue).
pub fn tension(params: &Params, states: &PoliticalStates) -> f64 {
    let share = f64::from(states.escalation_steps()) / f64::from(ESCALATION_STEPS);
    let relief = match states.dialogue {
        Dialogue::Frozen => 0.0,
        Dialogue::Resumed => params.g(G::DialogueRelief),
    };
    share * (1.0 - relief)
}

/// Days a review is held beyond the technical review: `political_lever_days × tension`.
pub fn political_hold_days(params: &Params, tension: f64) -> f64 {
    params.g(G::PoliticalLeverDays) * tension
}

/// Months firms expect a restriction to last: `expected_duration × (1 + elasticity × tension)`.
pub fn expected_duration_months(params: &Params, tension: f64) -> f64 {
    params.g(G::ExpectedDurationMonths) * (1.0 + params.g(G::DurationClimateElasticity) * tension)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet() -> PoliticalStates {
        PoliticalStates {
            regimes: [LicensingRegime::Bulk; 3],
            white_list: WhiteListGroup::A,
            wto_case: WtoCase::None,
            gsomia: Gsomia::InForce,
            korea_white_list: KoreaWhiteList::Listed,
            dialogue: Dialogue::Frozen,
        }
    }

    #[test]
    fn the_status_quo_is_zero_and_either_side_raises_tension() {
        let params = Params::default();
        assert_eq!(tension(&params, &quiet()), 0.0);
        let japan = PoliticalStates {
            regimes: [
                LicensingRegime::Individual,
                LicensingRegime::Bulk,
                LicensingRegime::Bulk,
            ],
            ..quiet()
        };
        let korea = PoliticalStates {
            gsomia: Gsomia::Notified,
            ..quiet()
        };
        assert!(tension(&params, &japan) > 0.0);
        assert_eq!(tension(&params, &japan), tension(&params, &korea));
        let all = PoliticalStates {
            regimes: [LicensingRegime::Individual; 3],
            white_list: WhiteListGroup::B,
            wto_case: WtoCase::Panel,
            gsomia: Gsomia::Terminated,
            korea_white_list: KoreaWhiteList::Removed,
            dialogue: Dialogue::Frozen,
        };
        assert_eq!(tension(&params, &all), 1.0);
    }

    #[test]
    fn the_dialogue_lowers_tension_but_never_below_the_status_quo() {
        let mut params = Params::default();
        for relief in [0.0, 0.5, 1.0] {
            params.set(
                super::super::params::ParamRef::Global(G::DialogueRelief),
                relief,
            );
            let talking = PoliticalStates {
                dialogue: Dialogue::Resumed,
                ..quiet()
            };
            assert_eq!(tension(&params, &talking), 0.0);
            let tense = PoliticalStates {
                gsomia: Gsomia::Notified,
                dialogue: Dialogue::Resumed,
                ..quiet()
            };
            assert!(tension(&params, &tense) >= 0.0);
            assert!(tension(&params, &tense) <= 0.2);
        }
    }

    #[test]
    fn a_zero_lever_holds_nothing() {
        let mut params = Params::default();
        params.set(
            super::super::params::ParamRef::Global(G::PoliticalLeverDays),
            0.0,
        );
        assert_eq!(political_hold_days(&params, 1.0), 0.0);
        assert!(expected_duration_months(&params, 1.0) > expected_duration_months(&params, 0.0));
    }
}

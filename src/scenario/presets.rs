//! Prepared scenarios: what happened, and what might have happened instead.
//!
//! Dates in `history` come from the project's copy of the event timeline
//! (`data/observed/events.csv`); each line below names the event it encodes.

use super::Scenario;
use crate::model::measures::{
    Change, Dialogue, Gsomia, KoreaWhiteList, LicensingRegime, MeasureState, Programme, Schedule,
    WhiteListGroup, WtoCase,
};
use crate::model::time::Date;

/// A named preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    Baseline,
    History,
    Escalation,
    Settlement,
    NoLocalization,
    LicensingOnly,
}

impl Preset {
    pub const ALL: [Preset; 6] = [
        Preset::Baseline,
        Preset::History,
        Preset::Escalation,
        Preset::Settlement,
        Preset::NoLocalization,
        Preset::LicensingOnly,
    ];

    /// Stable identifier, as in `--preset` and in links.
    pub fn id(self) -> &'static str {
        match self {
            Preset::Baseline => "baseline",
            Preset::History => "history",
            Preset::Escalation => "escalation",
            Preset::Settlement => "settlement",
            Preset::NoLocalization => "no_localization",
            Preset::LicensingOnly => "licensing_only",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Preset::Baseline => "Baseline (no measures)",
            Preset::History => "What happened",
            Preset::Escalation => "Escalation",
            Preset::Settlement => "Settlement in December 2019",
            Preset::NoLocalization => "No Korean localization",
            Preset::LicensingOnly => "Licensing alone",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Preset::Baseline => "No measures: trade as in 2018, with demand following Korean chip production.",
            Preset::History => "The dispute as it happened, from individual licensing in July 2019 to the lifting in 2023.",
            Preset::Escalation => "GSOMIA terminated in November 2019, no dialogue, the WTO panel goes ahead and nothing is lifted.",
            Preset::Settlement => "As happened until the December 2019 talks, which then settle the dispute: bulk licences and Group A again.",
            Preset::NoLocalization => "As happened, but Korea runs no localization programme and no diversification drive.",
            Preset::LicensingOnly => "Only Japan's individual licensing, July 2019 to March 2023: no white-list change and no Korean government response (firms still diversify and localize on their own).",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }

    pub fn scenario(self) -> Scenario {
        match self {
            Preset::Baseline => Scenario::default(),
            Preset::History => history(),
            Preset::Escalation => escalation(),
            Preset::Settlement => settlement(),
            Preset::NoLocalization => no_localization(),
            Preset::LicensingOnly => licensing_only(),
        }
    }
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("preset dates are valid")
}

fn schedule<S: MeasureState>(changes: &[(&str, S)]) -> Schedule<S> {
    Schedule::new(changes.iter().map(|(day, state)| Change {
        from: date(day),
        state: *state,
    }))
}

fn history() -> Scenario {
    use LicensingRegime::{Bulk, Individual, SpecialBulk};
    let mut s = Scenario::default();
    let m = &mut s.measures;
    // 2019-07-04: individual licences for the three materials; 2023-03-16: back to bulk licences.
    m.licensing[0] = schedule(&[("2019-07-04", Individual), ("2023-03-16", Bulk)]);
    // 2019-12-20: resist moves to a special bulk licence for continuing trade between firms.
    m.licensing[1] = schedule(&[
        ("2019-07-04", Individual),
        ("2019-12-20", SpecialBulk),
        ("2023-03-16", Bulk),
    ]);
    m.licensing[2] = schedule(&[("2019-07-04", Individual), ("2023-03-16", Bulk)]);
    // 2019-08-28: Korea moved to Group B; 2023-07-21: back to Group A.
    m.white_list = schedule(&[
        ("2019-08-28", WhiteListGroup::B),
        ("2023-07-21", WhiteListGroup::A),
    ]);
    // DS590: consultations requested 2019-09-11, suspended 2019-11-22, resumed 2020-06-02, panel
    // 2020-07-29, halted 2023-03-06, withdrawn 2023-03-23.
    m.wto_case = schedule(&[
        ("2019-09-11", WtoCase::Consultations),
        ("2019-11-22", WtoCase::Suspended),
        ("2020-06-02", WtoCase::Consultations),
        ("2020-07-29", WtoCase::Panel),
        ("2023-03-06", WtoCase::Suspended),
        ("2023-03-23", WtoCase::Withdrawn),
    ]);
    // GSOMIA: termination decided 2019-08-22, notice suspended 2019-11-22.
    m.gsomia = schedule(&[
        ("2019-08-22", Gsomia::Notified),
        ("2019-11-22", Gsomia::InForce),
    ]);
    // Korea's own list: Japan removed 2019-09-18, restored 2023-04-24.
    m.korea_white_list = schedule(&[
        ("2019-09-18", KoreaWhiteList::Removed),
        ("2023-04-24", KoreaWhiteList::Listed),
    ]);
    // Dialogue: 7th round 2019-12-16 (first since 2016), 8th by video 2020-03-10; frozen when Korea
    // resumed the WTO case on 2020-06-02; talks again with the lifting on 2023-03-16.
    m.dialogue = schedule(&[
        ("2019-12-16", Dialogue::Resumed),
        ("2020-06-02", Dialogue::Frozen),
        ("2023-03-16", Dialogue::Resumed),
    ]);
    // 2019-08-28: materials, parts and equipment programme (localization and supplier diversification).
    m.localization = schedule(&[("2019-08-28", Programme::On)]);
    m.diversification = schedule(&[("2019-08-28", Programme::On)]);
    s
}

fn escalation() -> Scenario {
    let mut s = history();
    let m = &mut s.measures;
    for licensing in &mut m.licensing {
        *licensing = schedule(&[("2019-07-04", LicensingRegime::Individual)]);
    }
    m.white_list = schedule(&[("2019-08-28", WhiteListGroup::B)]);
    m.wto_case = schedule(&[
        ("2019-09-11", WtoCase::Consultations),
        ("2020-07-29", WtoCase::Panel),
    ]);
    m.gsomia = schedule(&[
        ("2019-08-22", Gsomia::Notified),
        ("2019-11-23", Gsomia::Terminated),
    ]);
    m.korea_white_list = schedule(&[("2019-09-18", KoreaWhiteList::Removed)]);
    m.dialogue = Schedule::default();
    s
}

fn settlement() -> Scenario {
    let mut s = history();
    let m = &mut s.measures;
    for licensing in &mut m.licensing {
        *licensing = schedule(&[
            ("2019-07-04", LicensingRegime::Individual),
            ("2019-12-20", LicensingRegime::Bulk),
        ]);
    }
    m.white_list = schedule(&[
        ("2019-08-28", WhiteListGroup::B),
        ("2020-01-01", WhiteListGroup::A),
    ]);
    m.wto_case = schedule(&[
        ("2019-09-11", WtoCase::Consultations),
        ("2019-11-22", WtoCase::Suspended),
        ("2019-12-20", WtoCase::Withdrawn),
    ]);
    m.korea_white_list = schedule(&[
        ("2019-09-18", KoreaWhiteList::Removed),
        ("2020-01-01", KoreaWhiteList::Listed),
    ]);
    m.dialogue = schedule(&[("2019-12-16", Dialogue::Resumed)]);
    s
}

fn no_localization() -> Scenario {
    let mut s = history();
    s.measures.localization = Schedule::default();
    s.measures.diversification = Schedule::default();
    s
}

fn licensing_only() -> Scenario {
    let mut s = Scenario::default();
    for licensing in &mut s.measures.licensing {
        *licensing = schedule(&[
            ("2019-07-04", LicensingRegime::Individual),
            ("2023-03-16", LicensingRegime::Bulk),
        ]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_distinct_and_found_by_id() {
        for (i, a) in Preset::ALL.iter().enumerate() {
            assert_eq!(Preset::from_id(a.id()), Some(*a));
            for b in &Preset::ALL[i + 1..] {
                assert_ne!(a.scenario(), b.scenario(), "{} and {}", a.id(), b.id());
            }
        }
    }

    #[test]
    fn history_follows_the_event_timeline() {
        let events = crate::model::observed::events();
        let history = Preset::History.scenario();
        let day = |text: &str| date(text).day_index();
        let licensing = events
            .iter()
            .find(|e| e.measure == "licensing" && e.change == "bulk->individual")
            .expect("licensing event");
        assert_eq!(
            history.measures.licensing[0].state_on(licensing.date.day_index()),
            LicensingRegime::Individual
        );
        assert_eq!(
            history.measures.licensing[0].state_on(licensing.date.day_index() - 1),
            LicensingRegime::Bulk
        );
        assert_eq!(
            history.measures.white_list.state_on(day("2019-08-27")),
            WhiteListGroup::A
        );
        assert_eq!(
            history.measures.white_list.state_on(day("2019-08-28")),
            WhiteListGroup::B
        );
        assert_eq!(
            history.measures.wto_case.state_on(day("2019-11-22")),
            WtoCase::Suspended
        );
        assert_eq!(
            history.measures.dialogue.state_on(day("2019-12-16")),
            Dialogue::Resumed
        );
        assert_eq!(
            history.measures.licensing[1].state_on(day("2019-12-20")),
            LicensingRegime::SpecialBulk
        );
        assert_eq!(
            history.measures.licensing[2].state_on(day("2023-03-16")),
            LicensingRegime::Bulk
        );
        assert_eq!(
            history.measures.white_list.state_on(day("2023-07-21")),
            WhiteListGroup::A
        );
        for event in events.iter().filter(|e| e.measure == "wto_case") {
            let state = history.measures.wto_case.state_on(event.date.day_index());
            assert_ne!(
                state,
                WtoCase::None,
                "WTO event on {} is in the schedule",
                event.date
            );
        }
    }
}

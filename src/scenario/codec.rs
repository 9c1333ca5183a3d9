//! The scenario link: a versioned, readable query string. This module is the only place that knows
//! the query keys.
//!
//! ```text
//! ?v=1&preset=history&lic.hf=individual@2019-07-04,bulk@2023-03-16&hf.review_days=60
//! ```
//!
//! - `v` is the link version (1). `preset` names the starting scenario; every other key overrides it.
//! - A measure key holds its dated changes, `state@date` separated by commas; a state without a
//!   date holds from the start (so `wto=none` means no case at all). Dates are `YYYY-MM-DD`, or
//!   `YYYY-MM` for the first of a month, between 2018-01 and 2023-12.
//! - A parameter key (`notice_days`, `hf.review_days`, ...) holds a number; values outside the
//!   parameter's range are clamped.
//! - Defaults are omitted. Decoding never fails: a bad or unknown part is ignored or clamped, and a
//!   warning names it.

use super::presets::Preset;
use super::Scenario;
use crate::model::measures::{Change, MeasureState, Schedule};
use crate::model::params::{all_params, find_param};
use crate::model::time::Date;
use crate::model::{MeasureId, Measures};
use std::fmt;

/// Version written into every link.
pub const LINK_VERSION: u32 = 1;
/// Longest query string that is read at all; longer ones are refused whole.
pub const MAX_QUERY_BYTES: usize = 64 * 1024;

const VERSION_KEY: &str = "v";
const PRESET_KEY: &str = "preset";

/// Query key of each measure.
pub fn measure_key(id: MeasureId) -> &'static str {
    match id {
        MeasureId::LicensingHf => "lic.hf",
        MeasureId::LicensingPhotoresist => "lic.photoresist",
        MeasureId::LicensingPolyimide => "lic.polyimide",
        MeasureId::WhiteList => "wl",
        MeasureId::WtoCase => "wto",
        MeasureId::Gsomia => "gsomia",
        MeasureId::KoreaWhiteList => "krwl",
        MeasureId::Localization => "loc",
        MeasureId::Diversification => "div",
        MeasureId::Dialogue => "dialogue",
    }
}

/// Something in a link that was not applied as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The query key concerned (empty for the link as a whole).
    pub key: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.key, self.message)
        }
    }
}

fn warn(key: &str, message: impl Into<String>) -> Warning {
    Warning {
        key: key.to_string(),
        message: message.into(),
    }
}

fn encode_schedule<S: MeasureState>(schedule: &Schedule<S>) -> String {
    if schedule.is_inactive() {
        return S::default().id().to_string();
    }
    schedule
        .changes()
        .iter()
        .map(|c| format!("{}@{}", c.state.id(), c.from))
        .collect::<Vec<_>>()
        .join(",")
}

fn decode_schedule<S: MeasureState>(
    key: &str,
    value: &str,
    warnings: &mut Vec<Warning>,
) -> Schedule<S> {
    let mut changes = Vec::new();
    for item in value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        let (state_text, date_text) = match item.split_once('@') {
            Some((state, date)) => (state, Some(date)),
            None => (item, None),
        };
        let Some(state) = S::from_id(state_text) else {
            let known: Vec<&str> = S::ALL.iter().map(|s| s.id()).collect();
            warnings.push(warn(
                key,
                format!(
                    "'{item}' ignored: '{state_text}' is not one of {}",
                    known.join(", ")
                ),
            ));
            continue;
        };
        let from = match date_text {
            None => Date::START,
            Some(text) => {
                match Date::parse(text) {
                    Some(date) => date,
                    None => {
                        warnings.push(warn(
                        key,
                        format!("'{item}' ignored: '{text}' is not a date between 2018-01 and 2023-12"),
                    ));
                        continue;
                    }
                }
            }
        };
        changes.push(Change { from, state });
    }
    Schedule::new(changes)
}

/// Calls `f` with each measure's key and a view of its schedule in both scenarios, so that encoding
/// and decoding walk the measures in one fixed order.
macro_rules! each_measure {
    ($measures:expr, |$id:ident, $schedule:ident| $body:expr) => {{
        let m = $measures;
        {
            let $id = MeasureId::LicensingHf;
            let $schedule = &m.licensing[0];
            $body
        }
        {
            let $id = MeasureId::LicensingPhotoresist;
            let $schedule = &m.licensing[1];
            $body
        }
        {
            let $id = MeasureId::LicensingPolyimide;
            let $schedule = &m.licensing[2];
            $body
        }
        {
            let $id = MeasureId::WhiteList;
            let $schedule = &m.white_list;
            $body
        }
        {
            let $id = MeasureId::WtoCase;
            let $schedule = &m.wto_case;
            $body
        }
        {
            let $id = MeasureId::Gsomia;
            let $schedule = &m.gsomia;
            $body
        }
        {
            let $id = MeasureId::KoreaWhiteList;
            let $schedule = &m.korea_white_list;
            $body
        }
        {
            let $id = MeasureId::Localization;
            let $schedule = &m.localization;
            $body
        }
        {
            let $id = MeasureId::Diversification;
            let $schedule = &m.diversification;
            $body
        }
        {
            let $id = MeasureId::Dialogue;
            let $schedule = &m.dialogue;
            $body
        }
    }};
}

/// The encoded schedule of every measure, in the fixed order of [`MeasureId::ALL`].
fn encoded_measures(measures: &Measures) -> Vec<(MeasureId, String)> {
    let mut out = Vec::with_capacity(MeasureId::ALL.len());
    each_measure!(measures, |id, schedule| out
        .push((id, encode_schedule(schedule))));
    out
}

/// Replaces one measure's schedule with the one decoded from `value`.
fn set_measure(measures: &mut Measures, id: MeasureId, value: &str, warnings: &mut Vec<Warning>) {
    let key = measure_key(id);
    match id {
        MeasureId::LicensingHf => measures.licensing[0] = decode_schedule(key, value, warnings),
        MeasureId::LicensingPhotoresist => {
            measures.licensing[1] = decode_schedule(key, value, warnings)
        }
        MeasureId::LicensingPolyimide => {
            measures.licensing[2] = decode_schedule(key, value, warnings)
        }
        MeasureId::WhiteList => measures.white_list = decode_schedule(key, value, warnings),
        MeasureId::WtoCase => measures.wto_case = decode_schedule(key, value, warnings),
        MeasureId::Gsomia => measures.gsomia = decode_schedule(key, value, warnings),
        MeasureId::KoreaWhiteList => {
            measures.korea_white_list = decode_schedule(key, value, warnings)
        }
        MeasureId::Localization => measures.localization = decode_schedule(key, value, warnings),
        MeasureId::Diversification => {
            measures.diversification = decode_schedule(key, value, warnings)
        }
        MeasureId::Dialogue => measures.dialogue = decode_schedule(key, value, warnings),
    }
}

/// The preset from which a scenario's link is written: the one sharing the most measures with it.
fn closest_preset(scenario: &Scenario) -> (Preset, Vec<(MeasureId, String)>) {
    let wanted = encoded_measures(&scenario.measures);
    Preset::ALL
        .into_iter()
        .map(|preset| {
            let base = encoded_measures(&preset.scenario().measures);
            let differing: Vec<(MeasureId, String)> = wanted
                .iter()
                .zip(base)
                .filter(|(w, b)| w.1 != b.1)
                .map(|(w, _)| w.clone())
                .collect();
            (preset, differing)
        })
        .min_by_key(|(_, differing)| differing.len())
        .expect("there are presets")
}

/// Writes a scenario as a query string (without the leading `?`).
pub fn encode(scenario: &Scenario) -> String {
    let (preset, differing) = closest_preset(scenario);
    let mut parts = vec![format!("{VERSION_KEY}={LINK_VERSION}")];
    if preset != Preset::Baseline {
        parts.push(format!("{PRESET_KEY}={}", preset.id()));
    }
    for (id, value) in differing {
        parts.push(format!("{}={value}", measure_key(id)));
    }
    for (view, value) in scenario.params.changed() {
        parts.push(format!("{}={value}", view.key));
    }
    parts.join("&")
}

/// Reads a query string (with or without the leading `?`). Never fails: whatever cannot be read is
/// left at its default and named in a warning.
pub fn decode(query: &str) -> (Scenario, Vec<Warning>) {
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_BYTES {
        warnings.push(warn(
            "",
            format!(
                "The link is {} bytes long, more than the {} accepted; the default scenario is shown instead.",
                query.len(),
                MAX_QUERY_BYTES
            ),
        ));
        return (Scenario::default(), warnings);
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| !k.is_empty())
        .collect();

    if let Some((_, version)) = pairs.iter().rev().find(|(k, _)| k == VERSION_KEY) {
        if version.parse::<u32>() != Ok(LINK_VERSION) {
            warnings.push(warn(
                VERSION_KEY,
                format!("link version '{version}' is not known; read as version {LINK_VERSION}"),
            ));
        }
    }
    let mut scenario = match pairs.iter().rev().find(|(k, _)| k == PRESET_KEY) {
        None => Scenario::default(),
        Some((_, id)) => match Preset::from_id(id) {
            Some(preset) => preset.scenario(),
            None => {
                let known: Vec<&str> = Preset::ALL.iter().map(|p| p.id()).collect();
                warnings.push(warn(
                    PRESET_KEY,
                    format!(
                        "'{id}' is not a preset ({}); the baseline is used",
                        known.join(", ")
                    ),
                ));
                Scenario::default()
            }
        },
    };

    for (key, value) in &pairs {
        if key == VERSION_KEY || key == PRESET_KEY {
            continue;
        }
        if let Some(id) = MeasureId::ALL
            .into_iter()
            .find(|id| measure_key(*id) == key)
        {
            set_measure(&mut scenario.measures, id, value, &mut warnings);
        } else if let Some(view) = find_param(key) {
            match value.parse::<f64>() {
                Ok(number) if number.is_finite() => {
                    if let Some(clamped) = scenario.params.set(view.param, number) {
                        warnings.push(warn(
                            key,
                            format!(
                                "{} is outside {}..{} {}; {} is used",
                                clamped.requested,
                                view.values.min,
                                view.values.max,
                                view.unit,
                                clamped.applied
                            ),
                        ));
                    }
                }
                _ => warnings.push(warn(
                    key,
                    format!(
                        "'{value}' is not a number; the default {} is used",
                        view.values.default
                    ),
                )),
            }
        } else {
            warnings.push(warn(key, "unknown setting, ignored"));
        }
    }
    (scenario, warnings)
}

/// Every query key the codec reads, for documentation and tests.
pub fn known_keys() -> Vec<&'static str> {
    let mut keys = vec![VERSION_KEY, PRESET_KEY];
    keys.extend(MeasureId::ALL.into_iter().map(measure_key));
    keys.extend(all_params().iter().map(|p| p.key));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::measures::{LicensingRegime, WtoCase};
    use crate::model::params::{ParamRef, G};

    fn check(query: &str, expected_warning_keys: &[&str]) -> Scenario {
        let (scenario, warnings) = decode(query);
        let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, expected_warning_keys, "{query}: {warnings:?}");
        let (again, none) = decode(&encode(&scenario));
        assert_eq!(
            again,
            scenario,
            "{query} re-encodes to {}",
            encode(&scenario)
        );
        assert!(none.is_empty(), "{none:?}");
        scenario
    }

    #[test]
    fn presets_encode_as_their_name() {
        for preset in Preset::ALL {
            let link = encode(&preset.scenario());
            if preset == Preset::Baseline {
                assert_eq!(link, "v=1");
            } else {
                assert_eq!(link, format!("v=1&preset={}", preset.id()));
            }
            assert_eq!(check(&link, &[]), preset.scenario());
        }
    }

    #[test]
    fn a_readable_link_sets_measures_and_parameters() {
        let s = check(
            "?v=1&lic.hf=individual@2019-07-04,bulk@2023-03&wto=panel@2020-07-29&notice_days=10",
            &[],
        );
        let day = |t: &str| Date::parse(t).unwrap().day_index();
        assert_eq!(
            s.measures.licensing[0].state_on(day("2019-07-04")),
            LicensingRegime::Individual
        );
        assert_eq!(
            s.measures.licensing[0].state_on(day("2023-03-01")),
            LicensingRegime::Bulk
        );
        assert_eq!(s.measures.wto_case.state_on(day("2021-01")), WtoCase::Panel);
        assert_eq!(s.params.g(G::NoticeDays), 10.0);
    }

    #[test]
    fn bad_parts_fall_back_and_are_named() {
        let s = check(
            "v=7&preset=nope&lic.hf=individul@2019-07,bulk@2030-01,individual@2019-08&hf.review_days=abc&notice_days=999&colour=red",
            &["v", "preset", "lic.hf", "lic.hf", "hf.review_days", "notice_days", "colour"],
        );
        let day = |t: &str| Date::parse(t).unwrap().day_index();
        assert_eq!(
            s.measures.licensing[0].state_on(day("2019-08-01")),
            LicensingRegime::Individual
        );
        assert_eq!(
            s.measures.licensing[0].state_on(day("2019-07-31")),
            LicensingRegime::Bulk
        );
        assert_eq!(s.params.get(ParamRef::Global(G::NoticeDays)), 60.0);
    }

    #[test]
    fn overrides_apply_on_top_of_a_preset() {
        let s = check("v=1&preset=history&dialogue=frozen", &[]);
        let mut expected = Preset::History.scenario();
        expected.measures.dialogue = Schedule::default();
        assert_eq!(s, expected);
        assert_eq!(encode(&s), "v=1&preset=history&dialogue=frozen");
    }

    #[test]
    fn a_huge_link_is_refused_whole() {
        let huge = format!("v=1&notice_days=5&x={}", "a".repeat(MAX_QUERY_BYTES));
        let (s, warnings) = decode(&huge);
        assert_eq!(s, Scenario::default());
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn encoded_values_need_no_escaping() {
        let mut s = Preset::History.scenario();
        s.params.set(ParamRef::Global(G::NoticeDays), 12.5);
        s.measures.dialogue = Schedule::default();
        let link = encode(&s);
        assert!(
            link.chars()
                .all(|c| c.is_ascii_alphanumeric() || "=&._-@,".contains(c)),
            "{link}"
        );
    }
}

//! The scenario link: a versioned, readable query string. This module is the only place that knows
//! the query keys.
//!
//! ```text
//! ?v=3&preset=history&lic.hf=individual@2019-07-04,bulk@2023-03-16&hf.review_days=60&show=photoresist
//! ```
//!
//! - `v` is the link version (3; version 1 and 2 links are read too, without the parameters the
//!   model no longer has). `preset` names the starting
//!   scenario; every measure and parameter key overrides it.
//! - A measure key holds its dated changes, `state@date` separated by commas; a state without a
//!   date holds from the start (so `wto=none` means no case at all). Dates are `YYYY-MM-DD`, or
//!   `YYYY-MM` for the first of a month, between 2018-01 and 2023-12.
//! - A parameter key (`notice_days`, `hf.review_days`, ...) holds a number; values outside the
//!   parameter's range are clamped.
//! - `compare` names the preset of a second scenario shown against the first, and `b.` before a
//!   measure or parameter key sets it in that scenario: `compare=baseline&b.notice_days=10`.
//! - The view: `show` is the material on screen; `lang` the language (`en`, `ja`, `ko`; without
//!   it the browser's); `embed=1` gives the compact layout for other pages,
//!   with `controls=shown|locked|hidden` and `charts=lead-time,supply,...` choosing what it shows.
//! - `lesson=story` follows the built-in story of the dispute, `lesson=<JSON>` a lesson carried whole
//!   in the link; `step=4` opens it at its fourth step.
//! - Defaults are omitted. Decoding never fails: a bad or unknown part is ignored or clamped, and a
//!   warning names it.

use super::presets::Preset;
use super::view::{ChartId, Controls, Embed, Link, View};
use super::Scenario;
use crate::i18n::Lang;
use crate::model::measures::{Change, MeasureState, Schedule};
use crate::model::params::{all_params, find_param};
use crate::model::time::Date;
use crate::model::{Material, MeasureId, Measures};
use std::fmt;

/// Version written into every link. Version 1 had the scenario's keys only; version 2 added the
/// compared scenario and the view; version 3 is the parameter table of the rebuilt model (see
/// [`RETIRED_IN_V3`]).
pub const LINK_VERSION: u32 = 3;

/// Parameter keys of version 1 and 2 links that the model no longer has. Reading an older link,
/// each is dropped with a notice that names it; every other key kept its meaning.
pub const RETIRED_IN_V3: [&str; 12] = [
    "review_min_fraction",
    "climate_weight_wto",
    "climate_weight_gsomia",
    "climate_weight_korea_white_list",
    "climate_weight_dialogue",
    "review_climate_stretch",
    "review_climate_elasticity",
    "approval_climate_elasticity",
    "rush_spare_capacity",
    "congestion_factor",
    "third_country_decay_months",
    "domestic_decay_months",
];
/// Per-material parameter keys (after `hf.`, `photoresist.` or `polyimide.`) retired in version 3.
pub const RETIRED_MATERIAL_IN_V3: [&str; 4] = [
    "demand_growth_pct",
    "third_ramp_months",
    "domestic_max_share",
    "domestic_qualification_months",
];

/// Whether a key (with or without `b.`) is a parameter retired in version 3.
fn is_retired(key: &str) -> bool {
    let key = key.strip_prefix(COMPARE_PREFIX).unwrap_or(key);
    RETIRED_IN_V3.contains(&key)
        || key.split_once('.').is_some_and(|(material, base)| {
            Material::from_id(material).is_some() && RETIRED_MATERIAL_IN_V3.contains(&base)
        })
}
/// Longest query string that is read at all; longer ones are refused whole.
pub const MAX_QUERY_BYTES: usize = 64 * 1024;

const VERSION_KEY: &str = "v";
const PRESET_KEY: &str = "preset";
/// The preset of the compared scenario; its other keys are the scenario's keys after `b.`.
const COMPARE_KEY: &str = "compare";
const COMPARE_PREFIX: &str = "b.";
const SHOW_KEY: &str = "show";
const EMBED_KEY: &str = "embed";
const CONTROLS_KEY: &str = "controls";
const CHARTS_KEY: &str = "charts";
const LANG_KEY: &str = "lang";
/// `story`, or a whole lesson as JSON; `step` counts from 1.
const LESSON_KEY: &str = "lesson";
const STEP_KEY: &str = "step";
const VIEW_KEYS: [&str; 7] = [
    SHOW_KEY,
    LANG_KEY,
    EMBED_KEY,
    CONTROLS_KEY,
    CHARTS_KEY,
    LESSON_KEY,
    STEP_KEY,
];

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
    pub problem: Problem,
}

/// What was wrong with a part of a link, as data; `i18n::warning` words it in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The link is longer than [`MAX_QUERY_BYTES`].
    TooLong {
        bytes: usize,
        max: usize,
    },
    /// A version this codec does not know.
    Version {
        value: String,
        current: u32,
    },
    Preset {
        value: String,
        known: String,
    },
    /// `item` of a measure's list names no state of the measure.
    State {
        item: String,
        value: String,
        known: String,
    },
    /// `item` of a measure's list has no valid date.
    Date {
        item: String,
        value: String,
    },
    /// A parameter outside its range, clamped.
    Clamped {
        param: crate::model::ParamRef,
        value: String,
        min: String,
        max: String,
        applied: String,
    },
    NotNumber {
        value: String,
        default: String,
    },
    /// A key this codec does not know.
    Unknown,
    /// A parameter that links of an older version had and the model no longer has.
    Retired {
        version: u32,
    },
    /// `b.preset`, where `compare` was meant.
    ComparePreset,
    Material {
        value: String,
        known: String,
    },
    OneOrZero {
        value: String,
    },
    OneOf {
        value: String,
        known: String,
    },
    Chart {
        value: String,
        known: String,
    },
    NoChart,
    /// An embed option without `embed=1`.
    NeedsEmbed,
    /// A step without a lesson.
    NeedsLesson,
    Language {
        value: String,
        known: String,
    },
}

impl fmt::Display for Warning {
    /// The warning in English, as the command line prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sentence = crate::i18n::warning(crate::i18n::Lang::En, self);
        write!(f, "{}", crate::i18n::plain(&sentence))
    }
}

fn warn(key: &str, problem: Problem) -> Warning {
    Warning {
        key: key.to_string(),
        problem,
    }
}

fn listed(ids: impl IntoIterator<Item = &'static str>) -> String {
    ids.into_iter().collect::<Vec<_>>().join(", ")
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
            warnings.push(warn(
                key,
                Problem::State {
                    item: item.to_string(),
                    value: state_text.to_string(),
                    known: listed(S::ALL.iter().map(|s| s.id())),
                },
            ));
            continue;
        };
        let from = match date_text {
            None => Date::START,
            Some(text) => match Date::parse(text) {
                Some(date) => date,
                None => {
                    warnings.push(warn(
                        key,
                        Problem::Date {
                            item: item.to_string(),
                            value: text.to_string(),
                        },
                    ));
                    continue;
                }
            },
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

/// Writes a scenario's own keys: the preset it is closest to, under `preset_key`, and what differs
/// from it, each key after `prefix`.
fn encode_scenario(scenario: &Scenario, preset_key: &str, prefix: &str, parts: &mut Vec<String>) {
    let (preset, differing) = closest_preset(scenario);
    // A compared scenario always names its preset, so that its presence is seen.
    if preset != Preset::Baseline || preset_key != PRESET_KEY {
        parts.push(format!("{preset_key}={}", preset.id()));
    }
    for (id, value) in differing {
        parts.push(format!("{prefix}{}={value}", measure_key(id)));
    }
    for (view, value) in scenario.params.changed() {
        parts.push(format!("{prefix}{}={value}", view.key));
    }
}

/// Writes a scenario as a query string (without the leading `?`).
pub fn encode(scenario: &Scenario) -> String {
    let mut parts = vec![format!("{VERSION_KEY}={LINK_VERSION}")];
    encode_scenario(scenario, PRESET_KEY, "", &mut parts);
    parts.join("&")
}

/// Writes a whole link: the scenario, the compared scenario and the view (without the leading
/// `?`). Defaults are omitted.
pub fn encode_link(link: &Link) -> String {
    let mut parts = vec![format!("{VERSION_KEY}={LINK_VERSION}")];
    encode_scenario(&link.scenario, PRESET_KEY, "", &mut parts);
    if let Some(compare) = &link.compare {
        encode_scenario(compare, COMPARE_KEY, COMPARE_PREFIX, &mut parts);
    }
    let view = &link.view;
    if view.material != View::default().material {
        parts.push(format!("{SHOW_KEY}={}", view.material.id()));
    }
    if let Some(lang) = view.lang {
        parts.push(format!("{LANG_KEY}={}", lang.id()));
    }
    if let Some((lesson, step)) = &view.lesson {
        let value: String = form_urlencoded::byte_serialize(lesson.as_bytes()).collect();
        parts.push(format!("{LESSON_KEY}={value}"));
        if *step > 1 {
            parts.push(format!("{STEP_KEY}={step}"));
        }
    }
    if let Some(embed) = &view.embed {
        parts.push(format!("{EMBED_KEY}=1"));
        if embed.controls != Controls::default() {
            parts.push(format!("{CONTROLS_KEY}={}", embed.controls.id()));
        }
        if embed.charts != ChartId::ALL {
            let ids: Vec<&str> = embed.charts.iter().map(|c| c.id()).collect();
            parts.push(format!("{CHARTS_KEY}={}", ids.join(",")));
        }
    }
    parts.join("&")
}

/// Reads a scenario from its keys (`preset` and the measure and parameter keys); every other key
/// is reported as unknown. `name` gives each key as the link spells it, for warnings.
fn decode_scenario(
    pairs: &[(String, String)],
    name: impl Fn(&str) -> String,
    warnings: &mut Vec<Warning>,
) -> Scenario {
    let mut report = |key: &str, problem: Problem| warnings.push(warn(&name(key), problem));
    let mut scenario = match pairs.iter().rev().find(|(k, _)| k == PRESET_KEY) {
        None => Scenario::default(),
        Some((_, id)) => match Preset::from_id(id) {
            Some(preset) => preset.scenario(),
            None => {
                report(
                    PRESET_KEY,
                    Problem::Preset {
                        value: id.clone(),
                        known: listed(Preset::ALL.iter().map(|p| p.id())),
                    },
                );
                Scenario::default()
            }
        },
    };

    for (key, value) in pairs {
        if key == PRESET_KEY {
            continue;
        }
        if let Some(id) = MeasureId::ALL
            .into_iter()
            .find(|id| measure_key(*id) == key)
        {
            let mut found = Vec::new();
            set_measure(&mut scenario.measures, id, value, &mut found);
            for w in found {
                report(&w.key, w.problem);
            }
        } else if let Some(view) = find_param(key) {
            match value.parse::<f64>() {
                Ok(number) if number.is_finite() => {
                    if let Some(clamped) = scenario.params.set(view.param, number) {
                        report(
                            key,
                            Problem::Clamped {
                                param: view.param,
                                value: clamped.requested.to_string(),
                                min: view.values.min.to_string(),
                                max: view.values.max.to_string(),
                                applied: clamped.applied.to_string(),
                            },
                        );
                    }
                }
                _ => report(
                    key,
                    Problem::NotNumber {
                        value: value.clone(),
                        default: view.values.default.to_string(),
                    },
                ),
            }
        } else {
            report(key, Problem::Unknown);
        }
    }
    scenario
}

/// The query's pairs as written by a link of the current version. Version 1 links (before the
/// compared scenario and the view had keys) and version 2 links (before the rebuilt model) are read
/// as they were, except the parameters the model no longer has: each is dropped with a notice
/// naming it. A version that is not known is read as the current one, with a warning.
fn migrate(pairs: Vec<(String, String)>, warnings: &mut Vec<Warning>) -> Vec<(String, String)> {
    let mut old = None;
    if let Some((_, version)) = pairs.iter().rev().find(|(k, _)| k == VERSION_KEY) {
        match version.parse::<u32>() {
            Ok(v @ (1 | 2)) => old = Some(v),
            Ok(LINK_VERSION) => {}
            _ => warnings.push(warn(
                VERSION_KEY,
                Problem::Version {
                    value: version.clone(),
                    current: LINK_VERSION,
                },
            )),
        }
    }
    pairs
        .into_iter()
        .filter(|(k, _)| k != VERSION_KEY)
        .filter(|(k, _)| match old {
            Some(version) if is_retired(k) => {
                warnings.push(warn(k, Problem::Retired { version }));
                false
            }
            _ => true,
        })
        .collect()
}

/// Reads the view's keys.
fn decode_view(pairs: &[(String, String)], warnings: &mut Vec<Warning>) -> View {
    let mut view = View::default();
    let last = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v);
    if let Some(id) = last(SHOW_KEY) {
        match Material::from_id(id) {
            Some(material) => view.material = material,
            None => warnings.push(warn(
                SHOW_KEY,
                Problem::Material {
                    value: id.clone(),
                    known: listed(Material::ALL.map(Material::id)),
                },
            )),
        }
    }
    if let Some(id) = last(LANG_KEY) {
        match Lang::from_id(id) {
            Some(lang) => view.lang = Some(lang),
            None => warnings.push(warn(
                LANG_KEY,
                Problem::Language {
                    value: id.clone(),
                    known: listed(Lang::ALL.map(Lang::id)),
                },
            )),
        }
    }
    match (last(LESSON_KEY), last(STEP_KEY)) {
        (Some(lesson), step) if !lesson.is_empty() => {
            let step = match step.map(|s| s.parse::<usize>()) {
                None => 1,
                Some(Ok(n)) if n >= 1 => n,
                Some(_) => {
                    warnings.push(warn(
                        STEP_KEY,
                        Problem::NotNumber {
                            value: step.cloned().unwrap_or_default(),
                            default: "1".to_string(),
                        },
                    ));
                    1
                }
            };
            view.lesson = Some((lesson.clone(), step));
        }
        (_, Some(_)) => warnings.push(warn(STEP_KEY, Problem::NeedsLesson)),
        _ => {}
    }
    let embedded = match last(EMBED_KEY).map(String::as_str) {
        None | Some("0") => false,
        Some("1") => true,
        Some(other) => {
            warnings.push(warn(
                EMBED_KEY,
                Problem::OneOrZero {
                    value: other.to_string(),
                },
            ));
            false
        }
    };
    if !embedded {
        for key in [CONTROLS_KEY, CHARTS_KEY] {
            if last(key).is_some() {
                warnings.push(warn(key, Problem::NeedsEmbed));
            }
        }
        return view;
    }
    let mut embed = Embed::default();
    if let Some(id) = last(CONTROLS_KEY) {
        match Controls::from_id(id) {
            Some(controls) => embed.controls = controls,
            None => warnings.push(warn(
                CONTROLS_KEY,
                Problem::OneOf {
                    value: id.clone(),
                    known: listed(Controls::ALL.map(Controls::id)),
                },
            )),
        }
    }
    if let Some(list) = last(CHARTS_KEY) {
        let mut chosen = Vec::new();
        for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
            match ChartId::from_id(id) {
                Some(chart) => chosen.push(chart),
                None => warnings.push(warn(
                    CHARTS_KEY,
                    Problem::Chart {
                        value: id.to_string(),
                        known: listed(ChartId::ALL.map(ChartId::id)),
                    },
                )),
            }
        }
        chosen.sort();
        chosen.dedup();
        if chosen.is_empty() {
            warnings.push(warn(CHARTS_KEY, Problem::NoChart));
        } else {
            embed.charts = chosen;
        }
    }
    view.embed = Some(embed);
    view
}

/// Reads a whole link (with or without the leading `?`). Never fails: whatever cannot be read is
/// left at its default and named in a warning, and the rest of the link applies.
pub fn decode_link(query: &str) -> (Link, Vec<Warning>) {
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_BYTES {
        warnings.push(warn(
            "",
            Problem::TooLong {
                bytes: query.len(),
                max: MAX_QUERY_BYTES,
            },
        ));
        return (Link::default(), warnings);
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| !k.is_empty())
        .collect();
    let pairs = migrate(pairs, &mut warnings);

    let is_view = |k: &str| VIEW_KEYS.contains(&k);
    let own: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| !is_view(k) && k != COMPARE_KEY && !k.starts_with(COMPARE_PREFIX))
        .cloned()
        .collect();
    let compared: Vec<(String, String)> = pairs
        .iter()
        .filter_map(|(k, v)| {
            if k == COMPARE_KEY {
                Some((PRESET_KEY.to_string(), v.clone()))
            } else {
                k.strip_prefix(COMPARE_PREFIX)
                    .filter(|rest| *rest != PRESET_KEY)
                    .map(|rest| (rest.to_string(), v.clone()))
            }
        })
        .collect();
    let view_pairs: Vec<(String, String)> =
        pairs.iter().filter(|(k, _)| is_view(k)).cloned().collect();

    let scenario = decode_scenario(&own, str::to_string, &mut warnings);
    let compare = (!compared.is_empty()).then(|| {
        decode_scenario(
            &compared,
            |key| {
                if key == PRESET_KEY {
                    COMPARE_KEY.to_string()
                } else {
                    format!("{COMPARE_PREFIX}{key}")
                }
            },
            &mut warnings,
        )
    });
    for (key, _) in &pairs {
        if key.strip_prefix(COMPARE_PREFIX) == Some(PRESET_KEY) {
            warnings.push(warn(key, Problem::ComparePreset));
        }
    }
    let view = decode_view(&view_pairs, &mut warnings);
    (
        Link {
            scenario,
            compare,
            view,
        },
        warnings,
    )
}

/// Reads a scenario from a query string (with or without the leading `?`). Never fails: whatever
/// cannot be read is left at its default and named in a warning. The keys of the view and of a
/// compared scenario are read and left aside.
pub fn decode(query: &str) -> (Scenario, Vec<Warning>) {
    let (link, warnings) = decode_link(query);
    (link.scenario, warnings)
}

/// Every query key the codec reads, for documentation and tests.
pub fn known_keys() -> Vec<&'static str> {
    let mut keys = vec![VERSION_KEY, PRESET_KEY];
    keys.extend(MeasureId::ALL.into_iter().map(measure_key));
    keys.extend(all_params().iter().map(|p| p.key));
    keys.push(COMPARE_KEY);
    keys.extend(VIEW_KEYS);
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
                assert_eq!(link, "v=3");
            } else {
                assert_eq!(link, format!("v=3&preset={}", preset.id()));
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
        let s = check("v=3&preset=history&dialogue=frozen", &[]);
        let mut expected = Preset::History.scenario();
        expected.measures.dialogue = Schedule::default();
        assert_eq!(s, expected);
        assert_eq!(encode(&s), "v=3&preset=history&dialogue=frozen");
    }

    #[test]
    fn version_1_links_read_as_they_did() {
        // Links written before version 2 (these are the forms version 1 wrote).
        for (old, current) in [
            ("v=1", "v=3"),
            ("v=1&preset=history", "v=3&preset=history"),
            (
                "v=1&preset=history&dialogue=frozen&hf.review_days=60",
                "v=3&preset=history&dialogue=frozen&hf.review_days=60",
            ),
            (
                "v=1&lic.hf=individual@2019-07-04,bulk@2023-03&notice_days=10",
                "v=3&lic.hf=individual@2019-07-04,bulk@2023-03&notice_days=10",
            ),
        ] {
            let (link, warnings) = decode_link(old);
            assert!(warnings.is_empty(), "{old}: {warnings:?}");
            assert_eq!(link.view, View::default());
            assert_eq!(link.compare, None);
            assert_eq!(encode_link(&link), current);
        }
    }

    #[test]
    fn version_2_links_open_with_a_notice_for_each_retired_setting() {
        let (link, warnings) = decode_link(
            "v=2&preset=history&congestion_factor=2&hf.demand_growth_pct=3&compare=baseline&b.climate_weight_wto=0.5&notice_days=9",
        );
        let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "congestion_factor",
                "hf.demand_growth_pct",
                "b.climate_weight_wto"
            ]
        );
        assert!(warnings
            .iter()
            .all(|w| w.problem == Problem::Retired { version: 2 }));
        assert!(warnings[0].to_string().contains("no longer exists"));
        assert_eq!(
            encode_link(&link),
            "v=3&preset=history&notice_days=9&compare=baseline"
        );
        // In a current link the same keys are simply unknown.
        let (_, warnings) = decode_link("v=3&congestion_factor=2");
        assert_eq!(warnings[0].problem, Problem::Unknown);
    }

    #[test]
    fn a_link_holds_the_compared_scenario_and_the_view() {
        let query = "v=3&preset=history&notice_days=10&compare=settlement&b.hf.review_days=60&b.wto=none&show=polyimide&embed=1&controls=locked&charts=supply,lead-time";
        let (link, warnings) = decode_link(query);
        assert!(warnings.is_empty(), "{warnings:?}");
        let mut a = Preset::History.scenario();
        a.params.set(ParamRef::Global(G::NoticeDays), 10.0);
        assert_eq!(link.scenario, a);
        let b = link.compare.clone().expect("compared");
        assert_eq!(
            b.params.get(ParamRef::Material(
                crate::model::params::M::ReviewDays,
                Material::Hf
            )),
            60.0
        );
        assert!(!b.measures.is_active(MeasureId::WtoCase));
        assert_eq!(
            b.params.g(G::NoticeDays),
            crate::model::Params::default().g(G::NoticeDays),
            "b has its own parameters"
        );
        assert_eq!(link.view.material, Material::Polyimide);
        assert_eq!(
            link.view.embed,
            Some(Embed {
                controls: Controls::Locked,
                charts: vec![ChartId::LeadTime, ChartId::Supply],
            })
        );
        let again = encode_link(&link);
        assert_eq!(decode_link(&again), (link, Vec::new()));
        // The baseline as the compared scenario is still named.
        let plain = Link {
            compare: Some(Scenario::default()),
            ..Link::default()
        };
        assert_eq!(encode_link(&plain), "v=3&compare=baseline");
        assert_eq!(decode_link("v=3&compare=baseline").0, plain);
    }

    #[test]
    fn bad_view_and_compare_parts_are_named_and_the_rest_applies() {
        let (link, warnings) = decode_link(
            "v=3&preset=history&compare=nope&b.wto=maybe&b.preset=history&show=steel&embed=yes&controls=locked&charts=pie",
        );
        let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            ["compare", "b.wto", "b.preset", "show", "embed", "controls", "charts"],
            "{warnings:?}"
        );
        assert_eq!(link.scenario, Preset::History.scenario());
        assert_eq!(link.compare, Some(Scenario::default()));
        assert_eq!(link.view, View::default());
        let (embedded, warnings) = decode_link("embed=1&charts=pie,supply&controls=open");
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(
            embedded.view.embed,
            Some(Embed {
                controls: Controls::Shown,
                charts: vec![ChartId::Supply],
            })
        );
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

//! The scenario link: a versioned, readable query string. This module is the only place that knows
//! the query keys.
//!
//! ```text
//! ?v=4&preset=history&lic.hf=individual@2019-07-04,bulk@2023-03-16&hf.review_days=60&show=photoresist
//! ```
//!
//! - `v` is the link version (4; links of versions 1 to 3 are read too, without the parameters
//!   the model no longer has). `preset` names the starting
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
//!   warning names it. A schedule keeps at most [`MAX_SCHEDULE_CHANGES`] changes; the rest are
//!   dropped with a warning that names them.
//! - Numbers are written with the fewest digits that read back to the same value (`0.25`,
//!   `5e-324`).
//!
//! **Long links.** Static hosts refuse request lines over about 8 KB, so the query the page writes
//! stays within [`MAX_WRITTEN_QUERY_BYTES`]. When the readable link would be longer (a lesson
//! carried whole, a scenario with very many changes), the query keeps the version, the presets and
//! the view, and the scenarios' changes and the lesson move into the fragment, which is never sent
//! to the server: `#z=` and the rest of the query compressed with DEFLATE (RFC 1951) and written
//! in base64url (RFC 4648):
//!
//! ```text
//! ?v=4&preset=history&lang=ko&step=2#z=jZDBbsIwDIafxsd...
//! ```
//!
//! A whole link is never longer than [`MAX_LINK_BYTES`]; [`shareable`] refuses to write one that
//! would be, and the page offers the lesson file instead.

use super::presets::Preset;
use super::view::{ChartId, Controls, Embed, Link, View};
use super::Scenario;
use crate::i18n::Lang;
use crate::model::measures::{Change, MeasureState, Schedule, MAX_SCHEDULE_CHANGES};
use crate::model::params::{all_params, find_param};
use crate::model::time::Date;
use crate::model::uncertainty::BandKind;
use crate::model::{Material, MeasureId, Measures};
use std::fmt;

/// Version written into every link. Version 1 had the scenario's keys only; version 2 added the
/// compared scenario and the view; version 3 is the parameter table of the rebuilt model (see
/// [`RETIRED_IN_V3`]); version 4 moves the long parts of a long link into a compressed fragment.
pub const LINK_VERSION: u32 = 4;

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
/// Longest query string that is read at all; longer ones are refused whole. (Older pages wrote
/// lessons into the query; such links are still read up to this length.)
pub const MAX_QUERY_BYTES: usize = 64 * 1024;
/// Longest query the page writes: static hosts refuse request lines over about 8 KB, and the
/// site's own path must fit beside it.
pub const MAX_WRITTEN_QUERY_BYTES: usize = 6 * 1024;
/// Longest whole link (query and fragment) the page writes, and longest fragment it reads.
pub const MAX_LINK_BYTES: usize = 64 * 1024;
/// Most bytes the compressed fragment may expand to; a fragment that expands further is refused.
const MAX_UNPACKED_BYTES: usize = 256 * 1024;
/// Most warnings reported for one link; the rest are counted in one last warning.
pub const MAX_WARNINGS: usize = 20;
/// The fragment's key for the compressed part of a long link.
const PACKED_KEY: &str = "z";

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
/// Which uncertainty the bands show: `assumptions`, or `calibrated` (the default, not written).
const BANDS_KEY: &str = "bands";
const VIEW_KEYS: [&str; 8] = [
    SHOW_KEY,
    LANG_KEY,
    EMBED_KEY,
    CONTROLS_KEY,
    CHARTS_KEY,
    LESSON_KEY,
    STEP_KEY,
    BANDS_KEY,
];

/// Whether a link's query names a scenario: a key other than those of the view (language,
/// material shown, embed options, lesson). Every written link does, with its version at least (the
/// baseline is `v=4` alone); a link typed to say only how to show the page (`?lang=ja`) does not,
/// and opens what happened, as the bare address does.
pub fn names_scenario(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split('=').next().unwrap_or(""))
        .any(|key| !VIEW_KEYS.contains(&key))
}

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
    /// A measure's list had more changes than a schedule holds; `dropped` are the first of those
    /// left out (as written in the link) and `count` how many were.
    TooManyChanges {
        max: usize,
        count: usize,
        dropped: Vec<String>,
    },
    /// The compressed part of the link (`#z=`) could not be read, or expands beyond what is read.
    Packed,
    /// A part of a link that a scenario file does not carry (a file holds one scenario).
    NotInFile,
    /// More warnings than are reported; `count` were left out.
    MoreWarnings {
        count: usize,
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
    /// A step number below 1 (steps count from 1); the first step is shown.
    StepFromOne {
        value: String,
    },
    /// Several changes of a measure on one date; only the last listed applies.
    SameDate {
        date: String,
        count: usize,
    },
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
    // Changes on one date: the last listed applies, and the reader is told which date.
    let mut dates: Vec<Date> = changes.iter().map(|c| c.from).collect();
    dates.sort();
    for run in dates.chunk_by(|a, b| a == b).filter(|run| run.len() > 1) {
        warnings.push(warn(
            key,
            Problem::SameDate {
                date: run[0].to_string(),
                count: run.len(),
            },
        ));
    }
    let (schedule, dropped) = Schedule::new_capped(changes);
    if !dropped.is_empty() {
        warnings.push(warn(
            key,
            Problem::TooManyChanges {
                max: MAX_SCHEDULE_CHANGES,
                count: dropped.len(),
                dropped: dropped
                    .iter()
                    .take(3)
                    .map(|c| format!("{}@{}", c.state.id(), c.from))
                    .collect(),
            },
        ));
    }
    schedule
}

/// A number with the fewest characters that read back to the same value: `0.25`, `120`, `5e-324`.
pub fn number_text(value: f64) -> String {
    let plain = format!("{value}");
    let scientific = format!("{value:e}");
    if scientific.len() < plain.len() {
        scientific
    } else {
        plain
    }
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

/// The parts of a link in the order they are written. A part of the head always stays in the
/// query; a part of the body (a change to a scenario, the lesson) moves into the compressed
/// fragment when the link is long.
#[derive(Default)]
struct Parts(Vec<(Part, String)>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Head,
    Body,
}

impl Parts {
    fn head(&mut self, text: String) {
        self.0.push((Part::Head, text));
    }

    fn body(&mut self, text: String) {
        self.0.push((Part::Body, text));
    }

    fn joined(&self, only: Option<Part>) -> String {
        let chosen: Vec<&str> = self
            .0
            .iter()
            .filter(|(part, _)| only.is_none_or(|only| *part == only))
            .map(|(_, text)| text.as_str())
            .collect();
        chosen.join("&")
    }

    /// The readable query when it is short enough; otherwise the head as the query and the body
    /// packed into the fragment.
    fn written(&self) -> String {
        let readable = self.joined(None);
        if readable.len() <= MAX_WRITTEN_QUERY_BYTES {
            return readable;
        }
        format!(
            "{}#{PACKED_KEY}={}",
            self.joined(Some(Part::Head)),
            pack(&self.joined(Some(Part::Body)))
        )
    }
}

/// Text compressed with DEFLATE and written in base64url, without padding.
fn pack(text: &str) -> String {
    use base64::Engine;
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
}

/// The text of a packed fragment, or `None` when it is not one this codec wrote, or it expands
/// beyond [`MAX_UNPACKED_BYTES`].
fn unpack(packed: &str) -> Option<String> {
    use base64::Engine;
    let deflated = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(packed)
        .ok()?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_UNPACKED_BYTES).ok()?;
    String::from_utf8(bytes).ok()
}

/// Writes a scenario's own keys: the preset it is closest to, under `preset_key`, and what differs
/// from it, each key after `prefix`.
fn encode_scenario(scenario: &Scenario, preset_key: &str, prefix: &str, parts: &mut Parts) {
    let (preset, differing) = closest_preset(scenario);
    // A compared scenario always names its preset, so that its presence is seen.
    if preset != Preset::Baseline || preset_key != PRESET_KEY {
        parts.head(format!("{preset_key}={}", preset.id()));
    }
    for (id, value) in differing {
        parts.body(format!("{prefix}{}={value}", measure_key(id)));
    }
    for (view, value) in scenario.params.changed() {
        parts.body(format!("{prefix}{}={}", view.key, number_text(value)));
    }
}

/// Writes a scenario as a link (without the leading `?`), as [`encode_link`] does.
pub fn encode(scenario: &Scenario) -> String {
    encode_link(&Link {
        scenario: scenario.clone(),
        compare: None,
        view: View::default(),
    })
}

/// A link the page may write, copy or embed: the encoded link, or [`Problem::TooLong`] when it is
/// longer than [`MAX_LINK_BYTES`] (only a lesson that does not compress well can make it so).
pub fn shareable(link: &Link) -> Result<String, Problem> {
    let text = encode_link(link);
    if text.len() > MAX_LINK_BYTES {
        return Err(Problem::TooLong {
            bytes: text.len(),
            max: MAX_LINK_BYTES,
        });
    }
    Ok(text)
}

/// Writes a whole link: the scenario, the compared scenario and the view (without the leading
/// `?`). Defaults are omitted. A link whose readable query would be longer than
/// [`MAX_WRITTEN_QUERY_BYTES`] carries its changes and lesson in the compressed fragment.
pub fn encode_link(link: &Link) -> String {
    let mut parts = Parts::default();
    parts.head(format!("{VERSION_KEY}={LINK_VERSION}"));
    encode_scenario(&link.scenario, PRESET_KEY, "", &mut parts);
    if let Some(compare) = &link.compare {
        encode_scenario(compare, COMPARE_KEY, COMPARE_PREFIX, &mut parts);
    }
    let view = &link.view;
    if view.material != View::default().material {
        parts.head(format!("{SHOW_KEY}={}", view.material.id()));
    }
    if let Some(lang) = view.lang {
        parts.head(format!("{LANG_KEY}={}", lang.id()));
    }
    if view.bands != BandKind::default() {
        parts.head(format!("{BANDS_KEY}={}", view.bands.id()));
    }
    if let Some((lesson, step)) = &view.lesson {
        let value: String = form_urlencoded::byte_serialize(lesson.as_bytes()).collect();
        parts.body(format!("{LESSON_KEY}={value}"));
        if *step > 1 {
            parts.head(format!("{STEP_KEY}={step}"));
        }
    }
    if let Some(embed) = &view.embed {
        parts.head(format!("{EMBED_KEY}=1"));
        if embed.controls != Controls::default() {
            parts.head(format!("{CONTROLS_KEY}={}", embed.controls.id()));
        }
        if embed.charts != ChartId::ALL {
            let ids: Vec<&str> = embed.charts.iter().map(|c| c.id()).collect();
            parts.head(format!("{CHARTS_KEY}={}", ids.join(",")));
        }
    }
    parts.written()
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
                                value: number_text(clamped.requested),
                                min: number_text(view.values.min),
                                max: number_text(view.values.max),
                                applied: number_text(clamped.applied),
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
            // Version 3 links mean what they say in version 4, which only added the fragment.
            Ok(3 | LINK_VERSION) => {}
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
    if let Some(id) = last(BANDS_KEY) {
        match BandKind::from_id(id) {
            Some(kind) => view.bands = kind,
            None => warnings.push(warn(
                BANDS_KEY,
                Problem::OneOf {
                    value: id.clone(),
                    known: listed(BandKind::ALL.map(BandKind::id)),
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
                Some(read) => {
                    let value = step.cloned().unwrap_or_default();
                    // A whole number below 1 is a number, just not a step.
                    let problem = if read.is_ok() || value.parse::<i64>().is_ok() {
                        Problem::StepFromOne { value }
                    } else {
                        Problem::NotNumber {
                            value,
                            default: "1".to_string(),
                        }
                    };
                    warnings.push(warn(STEP_KEY, problem));
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
pub fn decode_link(text: &str) -> (Link, Vec<Warning>) {
    let (link, mut warnings) = decode_whole(text);
    if warnings.len() > MAX_WARNINGS {
        let count = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(warn("", Problem::MoreWarnings { count }));
    }
    (link, warnings)
}

/// The query's pairs, trimmed, without empty keys.
fn pairs_of(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// A link's query and fragment (without `?` and `#`).
fn split(text: &str) -> (&str, &str) {
    let text = text.strip_prefix('?').unwrap_or(text);
    text.split_once('#').unwrap_or((text, ""))
}

/// [`Problem::TooLong`] when a link is too long to be read at all: its query longer than
/// [`MAX_QUERY_BYTES`] or its fragment longer than [`MAX_LINK_BYTES`].
pub fn too_long(text: &str) -> Option<Problem> {
    let (query, fragment) = split(text);
    [(query, MAX_QUERY_BYTES), (fragment, MAX_LINK_BYTES)]
        .into_iter()
        .find(|(part, max)| part.len() > *max)
        .map(|(part, max)| Problem::TooLong {
            bytes: part.len(),
            max,
        })
}

/// Why a link cannot be used at all, if it cannot: it is too long ([`too_long`]), or its
/// compressed part does not read ([`Problem::Packed`]). From the address bar such a link opens
/// what it can, with a notice; files and messages that carry one are refused whole, so that the
/// scenario on screen stays.
pub fn unusable(text: &str) -> Option<Problem> {
    too_long(text).or_else(|| {
        let (_, fragment) = split(text);
        pairs_of(fragment)
            .into_iter()
            .find(|(k, _)| k == PACKED_KEY)
            .filter(|(_, packed)| unpack(packed).is_none())
            .map(|_| Problem::Packed)
    })
}

fn decode_whole(text: &str) -> (Link, Vec<Warning>) {
    let mut warnings = Vec::new();
    if let Some(problem) = too_long(text) {
        warnings.push(warn("", problem));
        return (Link::default(), warnings);
    }
    // A fragment that is not a packed link (`#results`, where a skip link led) is not read.
    let (query, fragment) = split(text);
    let mut pairs = pairs_of(query);
    if let Some((_, packed)) = pairs_of(fragment)
        .into_iter()
        .find(|(k, _)| k == PACKED_KEY)
    {
        match unpack(&packed) {
            Some(body) => pairs.extend(pairs_of(&body)),
            None => warnings.push(warn(&format!("#{PACKED_KEY}"), Problem::Packed)),
        }
    }
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

/// The keys of a link's parts beyond its scenario (the compared scenario and the view), in the
/// order they are written: what a scenario file, which holds one scenario, leaves out.
pub fn beyond_scenario(link: &Link) -> Vec<&'static str> {
    let view = &link.view;
    [
        (link.compare.is_some(), COMPARE_KEY),
        (view.material != View::default().material, SHOW_KEY),
        (view.lang.is_some(), LANG_KEY),
        (view.bands != BandKind::default(), BANDS_KEY),
        (view.lesson.is_some(), LESSON_KEY),
        (view.embed.is_some(), EMBED_KEY),
    ]
    .into_iter()
    .filter_map(|(present, key)| present.then_some(key))
    .collect()
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
    fn the_bands_shown_travel_in_the_link_and_a_wrong_value_is_named() {
        let link = Link {
            view: View {
                bands: BandKind::Assumptions,
                ..View::default()
            },
            ..Link::default()
        };
        let written = encode_link(&link);
        assert!(written.contains("bands=assumptions"), "{written}");
        let (read, warnings) = decode_link(&written);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(read.view.bands, BandKind::Assumptions);
        // The default is not written.
        assert!(!encode_link(&Link::default()).contains("bands="));
        let (read, warnings) = decode_link("v=4&bands=posterior");
        assert_eq!(read.view.bands, BandKind::Calibrated);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].key, "bands");
        assert!(
            matches!(&warnings[0].problem, Problem::OneOf { value, .. } if value == "posterior")
        );
    }

    #[test]
    fn presets_encode_as_their_name() {
        for preset in Preset::ALL {
            let link = encode(&preset.scenario());
            if preset == Preset::Baseline {
                assert_eq!(link, "v=4");
            } else {
                assert_eq!(link, format!("v=4&preset={}", preset.id()));
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
        assert_eq!(encode(&s), "v=4&preset=history&dialogue=frozen");
    }

    #[test]
    fn version_1_links_read_as_they_did() {
        // Links written before version 2 (these are the forms version 1 wrote).
        for (old, current) in [
            ("v=1", "v=4"),
            ("v=1&preset=history", "v=4&preset=history"),
            (
                "v=1&preset=history&dialogue=frozen&hf.review_days=60",
                "v=4&preset=history&dialogue=frozen&hf.review_days=60",
            ),
            (
                "v=1&lic.hf=individual@2019-07-04,bulk@2023-03&notice_days=10",
                "v=4&lic.hf=individual@2019-07-04,bulk@2023-03&notice_days=10",
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
            "v=4&preset=history&notice_days=9&compare=baseline"
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
        assert_eq!(encode_link(&plain), "v=4&compare=baseline");
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

    /// A lesson of `steps` steps of `chars` characters each, drawn from Hangul syllables by a fixed
    /// linear congruential sequence (so that it compresses as ordinary text would not).
    fn korean_lesson(steps: usize, chars: usize) -> String {
        let mut x: u32 = 2019;
        let mut text = String::from("{\"steps\":[");
        for step in 0..steps {
            if step > 0 {
                text.push(',');
            }
            text.push_str("{\"text\":{\"ko\":\"");
            for _ in 0..chars {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push(char::from_u32(0xAC00 + (x >> 16) % 2_350).unwrap());
            }
            text.push_str("\"}}");
        }
        text.push_str("]}");
        text
    }

    fn query_of(text: &str) -> &str {
        text.split_once('#').map_or(text, |(query, _)| query)
    }

    #[test]
    fn numbers_are_written_with_the_fewest_digits_that_read_back() {
        assert_eq!(number_text(0.25), "0.25");
        assert_eq!(number_text(120.0), "120");
        assert_eq!(number_text(5e-324), "5e-324");
        assert_eq!(number_text(1e21), "1e21");
        for value in [0.1 + 0.2, 1.0 / 3.0, 5e-324, 123_456_789.123, -2.5e-308] {
            assert_eq!(number_text(value).parse::<f64>(), Ok(value));
        }
        // The hostile link's tiny parameter values: every value readable back, the link short.
        let tiny: String = all_params()
            .iter()
            .map(|p| format!("&{}=5e-324&b.{}=5e-324", p.key, p.key))
            .collect();
        let (link, _) = decode_link(&format!("v=3&compare=baseline{tiny}"));
        let text = encode_link(&link);
        assert!(text.len() < MAX_WRITTEN_QUERY_BYTES, "{} bytes", text.len());
        assert_eq!(decode_link(&text), (link, Vec::new()));
    }

    #[test]
    fn a_long_lesson_moves_into_the_compressed_fragment_and_reads_back() {
        // The hostile test's lesson: 4 steps of 3,000 Korean characters, 82,530 bytes as a query.
        let lesson = korean_lesson(4, 3000);
        let link = Link {
            scenario: Preset::History.scenario(),
            compare: None,
            view: View {
                lang: Some(Lang::Ko),
                lesson: Some((lesson, 3)),
                ..View::default()
            },
        };
        let text = shareable(&link).expect("fits");
        let (query, fragment) = text.split_once('#').expect("a fragment");
        assert_eq!(query, "v=4&preset=history&lang=ko&step=3");
        assert!(fragment.starts_with("z="));
        assert!(text.len() < MAX_LINK_BYTES, "{} bytes", text.len());
        assert_eq!(decode_link(&format!("?{text}")), (link, Vec::new()));
        // A short link stays readable, without a fragment.
        let short = encode(&Preset::History.scenario());
        assert_eq!(short, "v=4&preset=history");
    }

    #[test]
    fn a_lesson_at_the_cap_fits_in_a_link_with_the_biggest_scenarios() {
        use crate::scenario::lesson::MAX_LESSON_BYTES;
        // Printable ASCII drawn anew for every character compresses worst of all lesson text.
        let mut x: u32 = 7;
        let mut lesson = String::from("{");
        while lesson.len() < MAX_LESSON_BYTES - 1 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            lesson.push(char::from(b' ' + ((x >> 16) % 95) as u8));
        }
        lesson.push('}');
        // Both scenarios with every parameter at an odd value and full schedules.
        let mut full = Preset::History.scenario();
        for (i, view) in all_params().iter().enumerate() {
            let f = (i as f64 * 0.618_033_988_749_894_9).fract();
            full.params.set(
                view.param,
                view.values.min + f * (view.values.max - view.values.min),
            );
        }
        let alternating = |offset: u32| {
            (0..MAX_SCHEDULE_CHANGES as u32).map(move |i| Change {
                from: Date::from_day_index(offset + 37 * i),
                state: if i % 2 == 0 {
                    crate::model::measures::Programme::On
                } else {
                    crate::model::measures::Programme::Off
                },
            })
        };
        full.measures.localization = Schedule::new(alternating(3));
        full.measures.diversification = Schedule::new(alternating(5));
        let link = Link {
            scenario: full.clone(),
            compare: Some(full),
            view: View {
                lesson: Some((lesson, 40)),
                ..View::default()
            },
        };
        let text = shareable(&link).expect("fits");
        assert!(query_of(&text).len() <= MAX_WRITTEN_QUERY_BYTES);
        assert_eq!(decode_link(&text), (link, Vec::new()));
    }

    #[test]
    fn a_link_that_cannot_fit_is_refused_at_writing() {
        // Text that does not compress: every character drawn anew from a wide range.
        let lesson = korean_lesson(10, 4000);
        let link = Link {
            view: View {
                lesson: Some((lesson, 1)),
                ..View::default()
            },
            ..Link::default()
        };
        match shareable(&link) {
            Err(Problem::TooLong { bytes, max }) => {
                assert!(bytes > max);
                assert_eq!(max, MAX_LINK_BYTES);
            }
            other => panic!("{other:?}"),
        }
        // What the page would refuse to write, it also refuses to read.
        let (read, warnings) = decode_link(&encode_link(&link));
        assert_eq!(read, Link::default());
        assert!(matches!(warnings[0].problem, Problem::TooLong { .. }));
    }

    #[test]
    fn a_schedule_longer_than_the_cap_is_cut_with_a_notice_naming_what_was_dropped() {
        // The hostile link: 2,190 white-list changes, one a day, and as many for localization.
        let changes = |a: &str, b: &str| -> String {
            (0..2190u32)
                .map(|i| {
                    let state = if i % 2 == 0 { a } else { b };
                    format!("{state}@{}", Date::from_day_index(1 + i))
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let query = format!("v=2&wl={}&loc={}", changes("b", "a"), changes("on", "off"));
        let (link, warnings) = decode_link(&query);
        assert_eq!(
            link.scenario.measures.white_list.changes().len(),
            MAX_SCHEDULE_CHANGES
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(warnings[0].key, "wl");
        match &warnings[0].problem {
            Problem::TooManyChanges {
                max,
                count,
                dropped,
            } => {
                assert_eq!(
                    (*max, *count),
                    (MAX_SCHEDULE_CHANGES, 2190 - MAX_SCHEDULE_CHANGES)
                );
                assert_eq!(dropped[0], "b@2018-01-26");
            }
            other => panic!("{other:?}"),
        }
        assert!(warnings[0].to_string().contains("b@2018-01-26"));
        let text = encode_link(&link);
        assert!(query_of(&text).len() <= MAX_WRITTEN_QUERY_BYTES);
        assert_eq!(decode_link(&text), (link, Vec::new()));
    }

    #[test]
    fn a_damaged_or_expanding_fragment_is_named_and_the_rest_applies() {
        let (link, warnings) = decode_link("v=4&preset=history#z=not*base64");
        assert_eq!(link.scenario, Preset::History.scenario());
        assert_eq!(warnings, vec![warn("#z", Problem::Packed)]);
        // A fragment that would expand past the limit is refused, not expanded.
        let bomb = pack(&"a".repeat(MAX_UNPACKED_BYTES + 1));
        assert!(bomb.len() < 2048);
        let (_, warnings) = decode_link(&format!("v=4#z={bomb}"));
        assert_eq!(warnings, vec![warn("#z", Problem::Packed)]);
        // A fragment that a skip link left in the address is not part of the link.
        assert_eq!(
            decode_link("v=4&preset=history#results"),
            decode_link("v=4&preset=history")
        );
    }

    #[test]
    fn a_flood_of_bad_parts_gives_a_bounded_list_of_warnings() {
        let query: String = (0..5000).map(|i| format!("k{i}=1&")).collect();
        let (_, warnings) = decode_link(&query);
        assert_eq!(warnings.len(), MAX_WARNINGS + 1);
        assert_eq!(
            warnings[MAX_WARNINGS].problem,
            Problem::MoreWarnings {
                count: 5000 - MAX_WARNINGS
            }
        );
    }

    #[test]
    fn a_step_below_one_and_changes_on_one_date_are_named() {
        let (link, warnings) = decode_link("v=4&lesson=story&step=0");
        assert_eq!(link.view.lesson, Some(("story".to_string(), 1)));
        assert_eq!(
            warnings[0].problem,
            Problem::StepFromOne {
                value: "0".to_string()
            }
        );
        let (_, warnings) = decode_link("v=4&lesson=story&step=two");
        assert!(matches!(warnings[0].problem, Problem::NotNumber { .. }));

        let (link, warnings) =
            decode_link("v=4&lic.hf=individual@2019-07-04,bulk@2019-07-04,individual@2019-07-04");
        assert_eq!(link.scenario.measures.licensing[0].changes().len(), 1);
        assert_eq!(
            warnings,
            vec![warn(
                "lic.hf",
                Problem::SameDate {
                    date: "2019-07-04".to_string(),
                    count: 3
                }
            )]
        );
    }

    #[test]
    fn only_a_key_of_the_scenario_names_one() {
        for query in [
            "",
            "?",
            "?lang=ja",
            "lang=ko&show=photoresist",
            "lesson=story&step=2",
        ] {
            assert!(!names_scenario(query), "{query}");
        }
        for query in [
            "?v=4&lang=en",
            "v=4&lang=en&wl=b@2019-08-28",
            "compare=history",
            "x=1",
        ] {
            assert!(names_scenario(query), "{query}");
        }
        // The baseline's written link names it.
        let baseline = encode_link(&Link::default());
        assert!(names_scenario(&baseline), "{baseline}");
    }
}

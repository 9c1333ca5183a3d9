//! Results: headline figures, the charts of one material, what changed, and attribution.

use crate::charts::attribution::AttributionChart;
use crate::charts::supply::SupplyChart;
use crate::charts::time_series::{ObservedPoint, TimeSeriesChart};
use crate::charts::PlotArea;
use crate::charts::{self, to_svg, with_hotspots};
use crate::i18n::{compact_number, month_year, names, signed, whole, Arg, Lang, Tr};
use crate::model::attribution::MaterialAttribution;
use crate::model::observed::{observations_of, Observation};
use crate::model::params::find_param;
use crate::model::sensitivity::{Figure, HeadlineSensitivity};
use crate::model::summary::{peak, EditEffect, Finding, Headline};
use crate::model::time::{month_label, MONTHS};
use crate::model::time::{month_position, Date};
use crate::model::uncertainty::{BandKind, Bands, CALIBRATED_DRAWS, DEFAULT_DRAWS};
use crate::model::MeasureId;
use crate::model::{Material, Output, Run};
use crate::scenario::view::ChartId;
use crate::scenario::Preset;
use std::rc::Rc;

/// Everything the model produced for the page, for one scenario.
pub struct Outputs {
    pub run: Rc<Run>,
    pub baseline: Rc<Run>,
    pub headlines: Vec<Headline>,
    pub findings: Vec<Finding>,
    /// The scenario's dated changes in date order: when, which measure, to which state.
    pub events: Vec<(Date, MeasureId, usize)>,
    /// Whether the scenario is what happened, so observed data are shown.
    pub is_history: bool,
    /// The compared scenario's run, headline figures and preset (if it is one).
    pub compare: Option<(Rc<Run>, Vec<Headline>, Option<Preset>)>,
    /// The run before the last change and its headline figures, when there was a change.
    pub before: Option<(Rc<Run>, Vec<Headline>)>,
    /// What the last change did, per material.
    pub effects: Vec<EditEffect>,
}

/// The compared scenario's name: its preset's, or "an edited scenario".
pub fn compared_name(tr: Tr, preset: Option<Preset>) -> String {
    preset.map_or_else(|| tr.t("compare-edited"), |p| names::preset(tr.0, p))
}

/// "81 days" in the reader's language (one day, not "1 days").
pub fn days(tr: Tr, value: f64) -> String {
    days_written(tr, whole(value), value)
}

/// "+27 days", "−1 day": a change in days, with its sign.
pub fn signed_days(tr: Tr, value: f64) -> String {
    days_written(tr, signed(value), value)
}

fn days_written(tr: Tr, written: String, value: f64) -> String {
    tr.with(
        "days",
        &[
            ("days", written.into()),
            ("count", Arg::Count(value.round().abs())),
        ],
    )
}

/// "137,266 t" in the reader's language.
pub fn tonnes(tr: Tr, value: f64) -> String {
    tr.with("tonnes", &[("tonnes", whole(value).into())])
}

fn observed_points(tr: Tr, material: Material, output: Output) -> Vec<ObservedPoint> {
    observations_of(material, output)
        .into_iter()
        .filter(|o: &Observation| o.period.months() == 1 || o.is_monthly_average)
        .map(|o| {
            let period = if o.period.months() == 1 {
                month_year(tr.0, o.period.first)
            } else {
                tr.with(
                    "observed-average",
                    &[
                        ("first", month_year(tr.0, o.period.first).into()),
                        ("last", month_year(tr.0, o.period.last).into()),
                    ],
                )
            };
            let mut args = vec![
                ("period", period.into()),
                ("value", whole(o.value).into()),
                ("source", o.source.clone().into()),
            ];
            let id = if o.note.is_empty() {
                "observed-note"
            } else {
                args.push(("note", o.note.clone().into()));
                "observed-note-with"
            };
            ObservedPoint {
                first_month: o.period.first,
                last_month: o.period.last,
                value: o.value,
                note: tr.with(id, &args),
            }
        })
        .collect()
}

/// A chart's numbers as a table: the alternative to the picture for screen readers, and a way
/// for anyone to read exact values.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Rows,
}

/// A table's rows: monthly series, kept as numbers and written out only when the table is opened
/// (a slider step redraws the charts, not closed tables), or rows already written.
#[derive(Clone, Debug, PartialEq)]
pub enum Rows {
    /// One series per column after the month; NaN where a series has no value.
    Monthly(Vec<Vec<f64>>),
    Written(Vec<Vec<String>>),
}

impl Rows {
    pub fn written(&self) -> Vec<Vec<String>> {
        match self {
            Rows::Written(rows) => rows.clone(),
            Rows::Monthly(series) => (0..MONTHS)
                .map(|m| {
                    std::iter::once(month_label(m))
                        .chain(series.iter().map(|values| cell(values[m])))
                        .collect()
                })
                .collect(),
        }
    }
}

/// A chart ready for the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub chart: ChartId,
    /// The material it shows (every chart but none so far shows one).
    pub material: Option<Material>,
    pub svg: String,
    /// Its size in pixels, as drawn and shown.
    pub size: (u32, u32),
    /// Where its months lie, for the crosshair (charts over time only).
    pub plot: Option<PlotArea>,
    /// Where the crosshair stands when the chart is first focused: the scenario's peak.
    pub peak_month: usize,
    /// Its p10–p90 band: `Some(true)` when the scenario's own, `Some(false)` while an earlier
    /// scenario's is shown faded, `None` when it has none (yet).
    pub band: Option<bool>,
    /// Which uncertainty its band shows, when it has one.
    pub band_kind: Option<BandKind>,
    /// The key of its numbered event lines, in their order.
    pub events: Vec<String>,
    /// Observed figures' notes (figure and source) by the months they cover.
    pub notes: Vec<(usize, usize, String)>,
    pub caption: String,
    /// What the chart shows, in a sentence, for readers who cannot see it.
    pub description: String,
    pub table: Table,
}

/// A value for a table: whole numbers from 100, one decimal below, nothing for no value.
pub fn cell(value: f64) -> String {
    if value.is_nan() {
        String::new()
    } else if value.abs() >= 100.0 {
        whole(value)
    } else {
        format!("{value:.1}")
    }
}

/// One sentence on a monthly series: where it starts, peaks and ends.
fn describe_series(tr: Tr, title: &str, unit: &str, values: &[f64], baseline: &[f64]) -> String {
    let (_, base_peak) = peak(baseline);
    let (peak_month, highest) = peak(values);
    tr.with(
        "chart-summary-series",
        &[
            ("title", title.into()),
            ("unit", unit.into()),
            ("start", cell(values[0]).into()),
            ("peak", cell(highest).into()),
            ("peak-month", month_year(tr.0, peak_month).into()),
            ("end", cell(values[MONTHS - 1]).into()),
            ("baseline", cell(base_peak).into()),
        ],
    )
}

fn failed(error: String) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">{}</text></svg>"#,
        error.replace('&', "&amp;").replace('<', "&lt;")
    )
}

/// The numbered event lines of a material's charts and their key: one line per month in which
/// measures that bear on the material changed (another material's licensing does not), at the
/// first change of the month; the key names every change of that month.
fn event_marks(
    events: &[(Date, MeasureId, usize)],
    material: Material,
    tr: Tr,
) -> (Vec<f64>, Vec<String>) {
    let lang = tr.0;
    let mut months: Vec<(usize, f64, Vec<String>)> = Vec::new();
    for (date, measure, state) in events {
        if measure.licensed_material().is_some_and(|m| m != material) {
            continue;
        }
        let position = month_position(date.day_index());
        let month = position.floor() as usize;
        let item = tr.with(
            "event-key-change",
            &[
                ("measure", names::measure(lang, *measure).into()),
                ("state", names::state(lang, *measure, *state).into()),
            ],
        );
        match months.last_mut() {
            Some((last, _, items)) if *last == month => items.push(item),
            _ => months.push((month, position, vec![item])),
        }
    }
    let separator = match lang {
        Lang::En => "; ",
        Lang::Ja => "、",
        Lang::Ko => ", ",
    };
    months
        .into_iter()
        .map(|(month, position, items)| {
            let key = tr.with(
                "event-key-item",
                &[
                    ("date", month_year(lang, month).into()),
                    ("changes", items.join(separator).into()),
                ],
            );
            (position, key)
        })
        .unzip()
}

/// The charts [`draw_charts`] draws together. The lead-time chart is the first screen's and is
/// drawn first; the charts with a band are drawn again when the band arrives, the supply chart is
/// not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    LeadTime,
    /// Japan's exports and inventory cover.
    OtherBanded,
    Supply,
}

/// The bands to draw: the scenario's own, or an earlier scenario's drawn faded until the
/// scenario's arrive (`stale`).
#[derive(Clone, Copy)]
pub struct BandsShown<'a> {
    pub bands: &'a Bands,
    pub stale: bool,
    /// Which uncertainty they show.
    pub kind: BandKind,
}

/// The sentence a chart's caption says of its band.
pub fn band_sentence(tr: Tr, kind: BandKind) -> String {
    let (id, draws) = match kind {
        BandKind::Calibrated => ("band-calibrated", CALIBRATED_DRAWS),
        BandKind::Assumptions => ("band-assumptions", DEFAULT_DRAWS),
    };
    tr.with(id, &[("draws", whole(draws as f64).into())])
}

/// Draws a part of the charts of one material at a width in a language. (One copy of it in the
/// program, not one per caller.)
#[inline(never)]
pub fn draw_charts(
    outputs: &Outputs,
    bands: Option<BandsShown>,
    kind: BandKind,
    part: Part,
    material: Material,
    width: u32,
    tr: Tr,
) -> Vec<Rc<Drawn>> {
    let lang = tr.0;
    let height = (width * 9 / 16).clamp(300, 400);
    let size = (width, height);
    let name = names::material_lower(lang, material);
    let named = |id: &str| tr.with(id, &[("material", name.clone().into())]);
    let run = outputs.run.material(material);
    let base = outputs.baseline.material(material);
    let mut charts = Vec::new();
    let compare_label = outputs
        .compare
        .as_ref()
        .map(|(_, _, preset)| tr.with("legend-b", &[("name", compared_name(tr, *preset).into())]));
    let scenario_label = tr.t(if outputs.compare.is_some() {
        "legend-a"
    } else {
        "legend-scenario"
    });
    let (event_positions, event_key) = event_marks(&outputs.events, material, tr);
    let before_label = tr.t("legend-before");
    let (baseline_label, band_label, observed_label) = (
        tr.t("legend-baseline"),
        tr.t(if bands.is_some_and(|b| b.stale) {
            "legend-band-updating"
        } else {
            "legend-band"
        }),
        tr.t("legend-observed"),
    );
    // The band of an output, and the table's p10 and p90 columns: empty until the scenario's own
    // band has arrived.
    let band_of = |output: Output| {
        bands.map(|b| (b.bands.p10(material, output), b.bands.p90(material, output)))
    };
    let nothing = [f64::NAN; MONTHS];
    let band_columns = |output: Output| match bands {
        Some(BandsShown {
            bands,
            stale: false,
            ..
        }) => (bands.p10(material, output), bands.p90(material, output)),
        _ => (&nothing[..], &nothing[..]),
    };

    // A time-series chart with its description and its table: A, B when compared, the baseline,
    // the band and the observed figures.
    let series = |chart: ChartId,
                  output: Output,
                  title: &str,
                  unit: &str,
                  observed: &[ObservedPoint],
                  caption: String| {
        let compared = outputs
            .compare
            .as_ref()
            .zip(compare_label.as_deref())
            .map(|((other, _, _), label)| (label, other.material(material).get(output)));
        let spec = TimeSeriesChart {
            lang,
            title,
            y_label: unit,
            scenario_label: &scenario_label,
            baseline_label: &baseline_label,
            band_label: &band_label,
            scenario: run.get(output),
            baseline: base.get(output),
            compare: compared,
            band: band_of(output),
            band_stale: bands.is_some_and(|b| b.stale),
            events: &event_positions,
            observed,
            observed_label: &observed_label,
            previous: outputs
                .before
                .as_ref()
                .map(|(before, _)| (before_label.as_str(), before.material(material).get(output))),
        };
        let (svg, plot) = match to_svg(size, |area| charts::time_series::draw(area, &spec)) {
            Ok((svg, (hotspots, plot))) => (with_hotspots(&svg, &hotspots), Some(plot)),
            Err(error) => (failed(error), None),
        };
        let mut columns = vec![tr.t("table-month"), scenario_label.clone()];
        let mut values: Vec<&[f64]> = vec![run.get(output)];
        if let Some((label, other)) = compared {
            columns.push(label.to_string());
            values.push(other);
        }
        if let Some((before, _)) = &outputs.before {
            columns.push(before_label.clone());
            values.push(before.material(material).get(output));
        }
        columns.extend([baseline_label.clone(), tr.t("table-p10"), tr.t("table-p90")]);
        let (p10, p90) = band_columns(output);
        values.extend([base.get(output), p10, p90]);
        let mut series: Vec<Vec<f64>> = values.into_iter().map(<[f64]>::to_vec).collect();
        if !observed.is_empty() {
            columns.push(observed_label.clone());
            series.push(
                (0..MONTHS)
                    .map(|m| {
                        observed
                            .iter()
                            .find(|o| o.first_month <= m && m <= o.last_month)
                            .map_or(f64::NAN, |o| o.value)
                    })
                    .collect(),
            );
        }
        Rc::new(Drawn {
            chart,
            material: Some(material),
            svg,
            size,
            plot,
            peak_month: peak(run.get(output)).0,
            band: bands.map(|b| !b.stale),
            band_kind: bands.map(|b| b.kind),
            events: event_key.clone(),
            notes: observed
                .iter()
                .map(|o| (o.first_month, o.last_month, o.note.clone()))
                .collect(),
            caption,
            description: describe_series(tr, title, unit, run.get(output), base.get(output)),
            table: Table {
                columns,
                rows: Rows::Monthly(series),
            },
        })
    };

    if part == Part::Supply {
        charts.push(draw_supply(
            outputs,
            material,
            size,
            tr,
            &event_positions,
            &event_key,
        ));
        return charts;
    }
    if part == Part::LeadTime {
        charts.push(series(
            ChartId::LeadTime,
            Output::LeadTimeDays,
            &named("chart-title-lead-time"),
            &tr.t("axis-days"),
            &[],
            tr.with(
                "caption-lead-time",
                &[
                    ("material", name.clone().into()),
                    ("band", band_sentence(tr, kind).into()),
                ],
            ),
        ));
        return charts;
    }
    let observed = if outputs.is_history {
        observed_points(tr, material, Output::JpExportsT)
    } else {
        Vec::new()
    };
    charts.push(series(
        ChartId::JpExports,
        Output::JpExportsT,
        &named("chart-title-jp-exports"),
        &tr.t("axis-tonnes-month"),
        &observed,
        tr.with(
            if outputs.is_history && !observed.is_empty() {
                "caption-jp-exports-observed"
            } else {
                "caption-jp-exports"
            },
            &[("band", band_sentence(tr, kind).into())],
        ),
    ));

    charts.push(series(
        ChartId::Inventory,
        Output::InventoryWeeks,
        &named("chart-title-inventory"),
        &tr.t("axis-weeks"),
        &[],
        tr.with(
            "caption-inventory",
            &[("band", band_sentence(tr, kind).into())],
        ),
    ));
    charts
}

/// The supply chart: supply by source, stacked, with demand.
fn draw_supply(
    outputs: &Outputs,
    material: Material,
    size: (u32, u32),
    tr: Tr,
    event_positions: &[f64],
    event_key: &[String],
) -> Rc<Drawn> {
    let lang = tr.0;
    let name = names::material_lower(lang, material);
    let named = |id: &str| tr.with(id, &[("material", name.clone().into())]);
    let run = outputs.run.material(material);
    let supply_title = named("chart-title-supply");
    let y_label = tr.t("axis-tonnes-month");
    let labels = [
        "legend-domestic",
        "legend-third",
        "legend-japan",
        "legend-shortfall",
        "legend-demand",
    ]
    .map(|id| tr.t(id));
    let supply_values = [
        run.get(Output::DomesticT),
        run.get(Output::ThirdCountryT),
        run.get(Output::JpExportsT),
        run.get(Output::ShortfallT),
        run.get(Output::DemandT),
    ];
    let supply = SupplyChart {
        lang,
        title: &supply_title,
        y_label: &y_label,
        domestic: supply_values[0],
        third_country: supply_values[1],
        japan: supply_values[2],
        shortfall: supply_values[3],
        demand: supply_values[4],
        events: event_positions,
        labels: [&labels[0], &labels[1], &labels[2], &labels[3], &labels[4]],
    };
    let last = MONTHS - 1;
    let (supply_svg, supply_plot) = match to_svg(size, |area| charts::supply::draw(area, &supply)) {
        Ok((svg, plot)) => (svg, Some(plot)),
        Err(error) => (failed(error), None),
    };
    Rc::new(Drawn {
        chart: ChartId::Supply,
        material: Some(material),
        svg: supply_svg,
        size,
        plot: supply_plot,
        peak_month: last,
        band: None,
        band_kind: None,
        events: event_key.to_vec(),
        notes: Vec::new(),
        caption: tr.t(if outputs.compare.is_some() {
            "caption-supply-a"
        } else {
            "caption-supply"
        }),
        description: tr.with(
            "chart-summary-supply",
            &[
                ("title", supply_title.clone().into()),
                ("unit", y_label.clone().into()),
                ("domestic", cell(supply_values[0][last]).into()),
                ("third", cell(supply_values[1][last]).into()),
                ("japan", cell(supply_values[2][last]).into()),
                ("demand", cell(supply_values[4][last]).into()),
            ],
        ),
        table: Table {
            columns: std::iter::once(tr.t("table-month"))
                .chain(labels.iter().cloned())
                .collect(),
            rows: Rows::Monthly(supply_values.iter().map(|v| v.to_vec()).collect()),
        },
    })
}

/// Draws the attribution chart of one material in a language.
pub fn draw_attribution(attribution: &MaterialAttribution, width: u32, tr: Tr) -> Rc<Drawn> {
    let lang = tr.0;
    let name = names::material_lower(lang, attribution.material);
    let bars: Vec<(String, f64, String)> = attribution
        .contributions
        .iter()
        .map(|c| {
            let value = c.value.peak_lead_time_days;
            let magnitude = compact_number(lang, value.abs());
            // A contribution too small to write carries no sign ("0.0", not "−0.0").
            let sign = if value.abs() < 0.05 {
                ""
            } else if value > 0.0 {
                "+"
            } else {
                "−"
            };
            (
                names::measure(lang, c.measure),
                value,
                tr.with(
                    "attribution-value",
                    &[("value", format!("{sign}{magnitude}").into())],
                ),
            )
        })
        .collect();
    let title = tr.with("chart-title-attribution", &[("material", name.into())]);
    let empty = tr.t("attribution-empty");
    let (svg, height) = bars_svg(&title, &bars, &[], &empty, width);
    let lost = attribution
        .contributions
        .iter()
        .map(|c| {
            tr.with(
                "attribution-lost-item",
                &[
                    ("measure", names::measure(lang, c.measure).into()),
                    ("tonnes", whole(c.value.jp_exports_loss_t).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(match lang {
            Lang::En => "; ",
            Lang::Ja => "、",
            Lang::Ko => ", ",
        });
    let caption = tr.with(
        "caption-attribution",
        &[
            (
                "from",
                whole(attribution.baseline.peak_lead_time_days).into(),
            ),
            ("to", whole(attribution.scenario.peak_lead_time_days).into()),
            ("lost", lost.into()),
        ],
    );
    let largest = bars.iter().max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()));
    let description = bars_summary(
        tr,
        "chart-summary-attribution",
        "measure",
        &title,
        largest,
        &empty,
    );
    let table = Table {
        columns: vec![
            tr.t("table-measure"),
            tr.t("table-peak-contribution"),
            tr.t("figure-exports-lost"),
        ],
        rows: Rows::Written(
            attribution
                .contributions
                .iter()
                .zip(&bars)
                .map(|(c, (measure, _, written))| {
                    vec![
                        measure.clone(),
                        written.clone(),
                        tonnes(tr, c.value.jp_exports_loss_t),
                    ]
                })
                .collect(),
        ),
    };
    bars_drawn(
        ChartId::Attribution,
        attribution.material,
        (svg, (width, height)),
        caption,
        description,
        table,
    )
}

/// An index to two decimals; an estimate a little under zero that rounds to nothing is 0.00.
fn index_cell(value: f64) -> String {
    let written = format!("{value:.2}");
    if written == "-0.00" {
        "0.00".to_string()
    } else {
        written
    }
}

/// A bar chart (attribution, drivers) drawn to SVG at a width: the SVG and its height, which
/// grows with the bars.
fn bars_svg(
    title: &str,
    bars: &[(String, f64, String)],
    inner: &[f64],
    empty: &str,
    width: u32,
) -> (String, u32) {
    let chart = AttributionChart {
        title,
        bars,
        empty,
        inner,
    };
    // Without bars the chart holds its title and a note, each of which may wrap on a phone.
    let height = if bars.is_empty() {
        160
    } else {
        (40 + 30 * bars.len() as u32).max(90)
    };
    let svg = to_svg((width, height), |area| {
        charts::attribution::draw(area, &chart)
    })
    .map(|(svg, ())| svg)
    .unwrap_or_else(failed);
    (svg, height)
}

/// A bar chart's sentence for readers who cannot see it: its title and its chief bar (named by
/// `what` in the message `id`), or the note that it has none.
fn bars_summary(
    tr: Tr,
    id: &str,
    what: &str,
    title: &str,
    chief: Option<&(String, f64, String)>,
    empty: &str,
) -> String {
    match chief {
        Some((name, _, written)) => tr.with(
            id,
            &[
                ("title", title.to_string().into()),
                (what, name.clone().into()),
                ("value", written.clone().into()),
            ],
        ),
        None => format!("{title}: {empty}"),
    }
}

/// A bar chart of one material as the page shows it: no months, no band, no events.
fn bars_drawn(
    chart: ChartId,
    material: Material,
    (svg, size): (String, (u32, u32)),
    caption: String,
    description: String,
    table: Table,
) -> Rc<Drawn> {
    Rc::new(Drawn {
        chart,
        material: Some(material),
        svg,
        size,
        plot: None,
        peak_month: 0,
        band: None,
        band_kind: None,
        events: Vec::new(),
        notes: Vec::new(),
        caption,
        description,
        table,
    })
}

/// How many assumptions the tornado chart shows: the largest total indices.
pub const DRIVERS_SHOWN: usize = 8;

/// A figure's name in running text ("the peak lead time").
pub fn figure_name(tr: Tr, figure: Figure) -> String {
    tr.t(match figure {
        Figure::PeakLeadTimeDays => "drivers-figure-peak",
        Figure::JpExportsLossT => "drivers-figure-exports-lost",
        Figure::JpShareAtEnd => "drivers-figure-jp-share",
    })
}

/// An index as a share of the variance: "38%", and "<1%" for what rounds to nothing (an estimate
/// a little under 0 or over 1 is written at the bound).
fn share(tr: Tr, index: f64) -> String {
    let percent = (index.clamp(0.0, 1.0) * 100.0).round();
    if percent < 1.0 {
        tr.with("percent", &[("value", "<1".into())])
    } else {
        tr.with("percent", &[("value", whole(percent).into())])
    }
}

/// The tornado chart: which assumptions drive the uncertainty of a figure of the material, the
/// total Sobol index of each of the largest with its first-order index inside.
pub fn draw_drivers(
    sensitivity: &HeadlineSensitivity,
    figure: Figure,
    width: u32,
    tr: Tr,
) -> Rc<Drawn> {
    let lang = tr.0;
    let label =
        |key: &str| find_param(key).map_or_else(|| key.to_string(), |v| names::param(lang, v));
    let ranked = sensitivity.ranked(figure);
    // A figure that hardly varies has no driver: its indices would divide noise by nothing.
    let constant = sensitivity.is_flat(figure);
    let written = |total: f64, first: f64| {
        tr.with(
            "drivers-value",
            &[
                ("total", share(tr, total).into()),
                ("first", share(tr, first).into()),
            ],
        )
    };
    let shown: Vec<_> = if constant {
        Vec::new()
    } else {
        ranked.iter().take(DRIVERS_SHOWN).collect()
    };
    let bars: Vec<(String, f64, String)> = shown
        .iter()
        .map(|p| {
            let total = p.total.clamp(0.0, 1.0);
            (label(p.param), total, written(p.total, p.first))
        })
        .collect();
    let inner: Vec<f64> = shown.iter().map(|p| p.first.clamp(0.0, 1.0)).collect();
    let name = names::material_lower(lang, sensitivity.material);
    let title = tr.with(
        "chart-title-drivers",
        &[
            ("figure", figure_name(tr, figure).into()),
            ("material", name.into()),
        ],
    );
    let empty = tr.with(
        "drivers-empty",
        &[("figure", figure_name(tr, figure).into())],
    );
    let (svg, height) = bars_svg(&title, &bars, &inner, &empty, width);
    let caption = if bars.is_empty() {
        empty.clone()
    } else {
        tr.with(
            "caption-drivers",
            &[
                ("figure", figure_name(tr, figure).into()),
                ("shown", bars.len().into()),
                ("varied", ranked.len().into()),
                ("runs", whole(sensitivity.runs as f64).into()),
                ("n", whole(sensitivity.n as f64).into()),
                ("seed", sensitivity.seed.to_string().into()),
            ],
        )
    };
    let description = bars_summary(
        tr,
        "chart-summary-drivers",
        "param",
        &title,
        bars.first(),
        &empty,
    );
    // The table lists every assumption varied, largest total first, to two decimals.
    let table = Table {
        columns: vec![
            tr.t("table-assumption"),
            tr.t("table-total-index"),
            tr.t("table-first-index"),
        ],
        rows: Rows::Written(
            ranked
                .iter()
                .map(|p| vec![label(p.param), index_cell(p.total), index_cell(p.first)])
                .collect(),
        ),
    };
    bars_drawn(
        ChartId::Drivers,
        sensitivity.material,
        (svg, (width, height)),
        caption,
        description,
        table,
    )
}

//! Results: headline figures, the charts of one material, what changed, and attribution.

use crate::charts::attribution::AttributionChart;
use crate::charts::supply::SupplyChart;
use crate::charts::time_series::{ObservedPoint, TimeSeriesChart};
use crate::charts::{self, to_svg, with_hotspots};
use crate::model::attribution::MaterialAttribution;
use crate::model::observed::{observations_of, Observation};
use crate::model::summary::{month_name, thousands, Headline};
use crate::model::uncertainty::Bands;
use crate::model::{Material, Output, Run};
use crate::scenario::view::ChartId;
use yew::prelude::*;

/// Everything the model produced for the page, for one scenario.
pub struct Outputs {
    pub run: Run,
    pub baseline: Run,
    pub bands: Bands,
    pub headlines: Vec<Headline>,
    pub sentences: Vec<String>,
    /// Month positions of the scenario's dated changes.
    pub events: Vec<f64>,
    /// Whether the scenario is what happened, so observed data are shown.
    pub is_history: bool,
    /// The compared scenario's run, headline figures and name.
    pub compare: Option<(Run, Vec<Headline>, String)>,
}

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub headlines: Vec<Headline>,
    pub selected: Material,
    pub on_select: Callback<Material>,
}

/// One card per material; choosing a card shows its charts.
#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    html! {
        <section class="headlines" aria-label="Headline figures" aria-live="polite">
            { for props.headlines.iter().map(|h| {
                let material = h.material;
                let onclick = props.on_select.reform(move |_: MouseEvent| material);
                let above = h.peak_lead_time_days - h.baseline_peak_lead_time_days;
                html! {
                    <button type="button" data-material={material.id()}
                            class={classes!("card", (material == props.selected).then_some("selected"))}
                            aria-pressed={(material == props.selected).to_string()} {onclick}>
                        <h3>{ material.name() }</h3>
                        <dl>
                            <dt>{ "Peak lead time" }</dt>
                            <dd data-figure="peak-lead-time">{ format!("{:.0} days", h.peak_lead_time_days) }
                                <small>{ format!(" {:+.0} vs baseline, {}", above, month_name(h.peak_month)) }</small></dd>
                            <dt>{ "Japanese exports lost" }</dt>
                            <dd data-figure="exports-lost">{ format!("{} t", thousands(h.jp_exports_loss_t)) }
                                <small>{ format!(" {}", usd_millions(h.jp_exports_loss_usd)) }</small></dd>
                            <dt>{ "Months with a shortfall" }</dt>
                            <dd data-figure="shortfall-months">{ h.shortfall_months }</dd>
                            <dt>{ "Japan's share of imports, Dec 2023" }</dt>
                            <dd data-figure="jp-share-end">{ format!("{:.0}%", 100.0 * h.jp_share_at_end) }</dd>
                        </dl>
                    </button>
                }
            }) }
        </section>
    }
}

/// Dollars in millions with the sign before the currency: $6.3M, −$6.3M.
fn usd_millions(usd: f64) -> String {
    let millions = usd / 1e6;
    if millions < -0.05 {
        format!("−${:.1}M", -millions)
    } else {
        format!("${:.1}M", millions.abs())
    }
}

fn observed_points(material: Material, output: Output) -> Vec<ObservedPoint> {
    observations_of(material, output)
        .into_iter()
        .filter(|o: &Observation| o.period.months() == 1 || o.is_monthly_average)
        .map(|o| {
            let period = if o.period.months() == 1 {
                month_name(o.period.first)
            } else {
                format!(
                    "{} to {} (monthly average)",
                    month_name(o.period.first),
                    month_name(o.period.last)
                )
            };
            ObservedPoint {
                first_month: o.period.first,
                last_month: o.period.last,
                value: o.value,
                note: format!(
                    "Observed {period}: {} t. Source: {}{}",
                    o.value,
                    o.source,
                    if o.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", o.note)
                    }
                ),
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub svg: AttrValue,
    pub name: AttrValue,
    pub caption: AttrValue,
}

/// A chart drawn by the charts module, shown as inline SVG with a caption and a download.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let on_download = {
        let (name, svg) = (props.name.clone(), props.svg.clone());
        Callback::from(move |_: MouseEvent| {
            super::share::download(&format!("chokepoint-{name}.svg"), "image/svg+xml", &svg)
        })
    };
    let on_png = {
        let (name, svg) = (props.name.clone(), props.svg.clone());
        Callback::from(move |_: MouseEvent| {
            super::share::download_png(&format!("chokepoint-{name}.png"), &svg)
        })
    };
    html! {
        <figure class="chart" data-chart={props.name.clone()}>
            { Html::from_html_unchecked(props.svg.clone()) }
            <figcaption>
                { props.caption.clone() }
                <button type="button" class="chart-download" data-action="download-svg" onclick={on_download}>
                    { "Download SVG" }
                </button>
                <button type="button" class="chart-download" data-action="download-png" onclick={on_png}>
                    { "PNG" }
                </button>
            </figcaption>
        </figure>
    }
}

/// Draws the charts of one material at a width; each is (chart, svg, caption).
pub fn draw_charts(
    outputs: &Outputs,
    material: Material,
    width: u32,
) -> Vec<(ChartId, String, String)> {
    let height = (width * 9 / 16).clamp(240, 380);
    let size = (width, height);
    let name = material.name();
    let run = outputs.run.material(material);
    let base = outputs.baseline.material(material);
    let bands = &outputs.bands;
    let failed = |e: String| {
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">{e}</text></svg>"#)
    };
    let mut charts = Vec::new();
    let compare_label = outputs
        .compare
        .as_ref()
        .map(|(_, _, name)| format!("B: {name}"));
    let scenario_label = if outputs.compare.is_some() {
        "A: this scenario"
    } else {
        "Scenario"
    };

    let series =
        |output: Output, title: &str, unit: &str, observed: &[ObservedPoint], banded: bool| {
            let title = format!("{title}: {}", name.to_lowercase());
            let chart = TimeSeriesChart {
                title: &title,
                y_label: unit,
                scenario_label,
                baseline_label: "Baseline (no measures)",
                scenario: run.get(output),
                baseline: base.get(output),
                compare: outputs
                    .compare
                    .as_ref()
                    .zip(compare_label.as_deref())
                    .map(|((other, _, _), label)| (label, other.material(material).get(output))),
                band: banded.then(|| (bands.p10(material, output), bands.p90(material, output))),
                events: &outputs.events,
                observed,
                observed_label: "Observed",
            };
            to_svg(size, |area| charts::time_series::draw(area, &chart))
                .map(|(svg, hotspots)| with_hotspots(&svg, &hotspots))
                .unwrap_or_else(failed)
        };

    charts.push((
        ChartId::LeadTime,
        series(Output::LeadTimeDays, "Lead time", "days", &[], true),
        format!("Days from order to delivery for Korean buyers of {}, averaged over the sources taking orders. The band holds 80% of {} runs over the uncertain assumptions; vertical lines mark the scenario's dated changes.", name.to_lowercase(), bands.draws),
    ));
    let observed = if outputs.is_history {
        observed_points(material, Output::JpExportsT)
    } else {
        Vec::new()
    };
    charts.push((
        ChartId::JpExports,
        series(Output::JpExportsT, "Japan's exports to Korea", "tonnes per month", &observed, true),
        if outputs.is_history && !observed.is_empty() {
            "Tonnes shipped from Japan each month. Triangles are the observed figures (hover or focus for the source); the band holds 80% of runs.".to_string()
        } else {
            "Tonnes shipped from Japan each month, against the baseline; the band holds 80% of runs.".to_string()
        },
    ));
    let supply_title = format!("Korea's supply by source: {}", name.to_lowercase());
    let supply = SupplyChart {
        title: &supply_title,
        y_label: "tonnes per month",
        domestic: run.get(Output::DomesticT),
        third_country: run.get(Output::ThirdCountryT),
        japan: run.get(Output::JpExportsT),
        shortfall: run.get(Output::ShortfallT),
        demand: run.get(Output::DemandT),
        events: &outputs.events,
        labels: charts::supply::ENGLISH_LABELS,
    };
    charts.push((
        ChartId::Supply,
        to_svg(size, |area| charts::supply::draw(area, &supply)).map(|(svg, ())| svg).unwrap_or_else(failed),
        format!("Where Korea's supply came from each month{}; the dashed line is demand. Supply above demand goes into stock (precautionary buying, restocking).", if outputs.compare.is_some() { " in scenario A" } else { "" }),
    ));
    charts.push((
        ChartId::Inventory,
        series(Output::InventoryWeeks, "Inventory cover", "weeks of demand", &[], true),
        "Korean stocks at the end of each month, in weeks of that month's demand; a shortfall starts when they run out.".to_string(),
    ));
    charts
}

/// Draws the attribution chart of one material: (svg, caption).
pub fn draw_attribution(attribution: &MaterialAttribution, width: u32) -> (String, String) {
    let name = attribution.material.name();
    let bars: Vec<(String, f64)> = attribution
        .contributions
        .iter()
        .map(|c| (c.measure.label().to_string(), c.value.peak_lead_time_days))
        .collect();
    let title = format!("What raised the peak lead time: {}", name.to_lowercase());
    let chart = AttributionChart {
        title: &title,
        unit: "days",
        bars: &bars,
    };
    let height = (40 + 30 * bars.len() as u32).max(90);
    let svg = to_svg((width, height), |area| {
        charts::attribution::draw(area, &chart)
    })
    .map(|(svg, ())| svg)
    .unwrap_or_else(|e| {
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">{e}</text></svg>"#)
    });
    let caption = format!(
        "Each measure's share (Shapley value) of the rise in peak lead time from {:.0} to {:.0} days; the shares add up to the whole rise. Japanese exports lost: {}.",
        attribution.baseline.peak_lead_time_days,
        attribution.scenario.peak_lead_time_days,
        attribution
            .contributions
            .iter()
            .map(|c| format!("{} {} t", c.measure.label(), thousands(c.value.jp_exports_loss_t)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    (svg, caption)
}

//! The charts of the material on screen, in the order the embed options name them, and the
//! attribution and drivers charts once they are computed.

use super::chart::Chart;
use super::results::{figure_name, Drawn};
use super::use_tr;
use crate::i18n::whole;
use crate::model::sensitivity::Figure;
use crate::model::uncertainty::{BandKind, CALIBRATED_DRAWS, DEFAULT_DRAWS};
use crate::scenario::view::{ChartId, Link};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub charts: Rc<Vec<Rc<Drawn>>>,
    /// The attribution chart, once computed for the scenario on screen.
    pub attribution: Option<Rc<Drawn>>,
    /// The drivers chart, once computed for the scenario on screen.
    pub drivers: Option<Rc<Drawn>>,
    /// How far the drivers' computation has come: runs made, out of how many.
    pub drivers_progress: Option<(usize, usize)>,
    /// The figure whose drivers are shown.
    pub drivers_figure: Figure,
    pub on_drivers_figure: Callback<Figure>,
    /// Which uncertainty the bands and ranges show, and the choice of it.
    pub bands: BandKind,
    pub on_bands: Callback<BandKind>,
    /// The effective sample size of the calibrated draws, once known.
    pub ess: Option<f64>,
    /// The charts to show.
    pub shows: Vec<ChartId>,
    pub link: Rc<Link>,
}

#[derive(Properties, PartialEq)]
pub struct BandsChoiceProps {
    pub bands: BandKind,
    pub on_bands: Callback<BandKind>,
    pub ess: Option<f64>,
}

/// Which uncertainty the bands and likely ranges show: calibrated to the 2018–2019 data (the
/// default) or the assumptions alone.
#[component]
pub fn BandsChoice(props: &BandsChoiceProps) -> Html {
    let tr = use_tr();
    let note = match props.bands {
        // The effective sample size comes with the checks (the full page's), once computed.
        BandKind::Calibrated => match props.ess {
            Some(ess) => tr.with(
                "bands-calibrated-note",
                &[
                    ("draws", whole(CALIBRATED_DRAWS as f64).into()),
                    ("ess", whole(ess).into()),
                ],
            ),
            None => tr.with(
                "bands-calibrated-note-plain",
                &[("draws", whole(CALIBRATED_DRAWS as f64).into())],
            ),
        },
        BandKind::Assumptions => tr.with(
            "bands-assumptions-note",
            &[("draws", whole(DEFAULT_DRAWS as f64).into())],
        ),
    };
    html! {
        <fieldset class="bands-choice" data-bands={props.bands.id()}>
            <legend>{ tr.t("bands-choice") }</legend>
            { for BandKind::ALL.into_iter().map(|kind| {
                let onchange = props.on_bands.reform(move |_: Event| kind);
                html! {
                    <label>
                        <input type="radio" name="bands" value={kind.id()} checked={kind == props.bands} {onchange} />
                        { tr.t(match kind {
                            BandKind::Calibrated => "bands-calibrated",
                            BandKind::Assumptions => "bands-assumptions",
                        }) }
                    </label>
                }
            }) }
            <span class="bands-note">{ note }</span>
        </fieldset>
    }
}

#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let tr = use_tr();
    let shows = |chart: ChartId| props.shows.contains(&chart);
    let on_figure = {
        let on_figure = props.on_drivers_figure.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(figure) = Figure::ALL.into_iter().find(|f| f.id() == select.value()) {
                on_figure.emit(figure);
            }
        })
    };
    let pending = |chart: ChartId, note: Html| {
        html! {
            <figure class="chart pending" data-chart={chart.id()} aria-busy="true">
                <figcaption>{ note }</figcaption>
            </figure>
        }
    };
    html! {
        <div class="chart-panel">
            { for props.charts.iter().filter(|drawn| shows(drawn.chart)).map(|drawn| html! {
                <Chart key={drawn.chart.id()} drawn={drawn.clone()} link={props.link.clone()} />
            }) }
            // Where a chart with a band is shown.
            if [ChartId::LeadTime, ChartId::JpExports, ChartId::Inventory].into_iter().any(shows) {
                <BandsChoice key="bands-choice" bands={props.bands} on_bands={props.on_bands.clone()} ess={props.ess} />
            }
            if shows(ChartId::Attribution) {
                { match &props.attribution {
                    Some(drawn) => html! {
                        <Chart key={ChartId::Attribution.id()} drawn={drawn.clone()} link={props.link.clone()} />
                    },
                    None => pending(ChartId::Attribution, html! { tr.t("attribution-pending") }),
                } }
            }
            if shows(ChartId::Drivers) {
                <div class="drivers" key="drivers">
                    <label class="drivers-figure">
                        { tr.t("drivers-figure-label") }
                        <select data-action="drivers-figure" onchange={on_figure}>
                            { for Figure::ALL.into_iter().map(|figure| html! {
                                <option value={figure.id()} selected={figure == props.drivers_figure}>
                                    { figure_name(tr, figure) }
                                </option>
                            }) }
                        </select>
                    </label>
                    { match &props.drivers {
                        Some(drawn) => html! {
                            <Chart key={ChartId::Drivers.id()} drawn={drawn.clone()} link={props.link.clone()} />
                        },
                        None => pending(ChartId::Drivers, match props.drivers_progress {
                            Some((done, of)) => {
                                let percent = (100 * done / of.max(1)).min(99);
                                html! {
                                    <>
                                        { tr.t("drivers-pending") }
                                        <progress max="100" value={percent.to_string()}
                                                  aria-label={tr.t("drivers-pending")}></progress>
                                        <span class="progress-text">{ tr.with("drivers-progress", &[
                                            ("percent", percent.into()),
                                            ("runs", crate::i18n::whole(of as f64).into()),
                                        ]) }</span>
                                    </>
                                }
                            }
                            // Not started yet: the worker is busy with the charts' bands.
                            None => html! {
                                <>
                                    { tr.t("drivers-pending") }
                                    <progress aria-label={tr.t("drivers-pending")}></progress>
                                </>
                            },
                        }),
                    } }
                </div>
            }
        </div>
    }
}

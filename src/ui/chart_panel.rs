//! The charts of the material on screen, in the order the embed options name them, and the
//! attribution chart once it is computed.

use super::chart::Chart;
use super::results::Drawn;
use super::use_tr;
use crate::scenario::view::{ChartId, Link};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub charts: Rc<Vec<Rc<Drawn>>>,
    /// The attribution chart, once computed for the scenario on screen.
    pub attribution: Option<Rc<Drawn>>,
    /// The charts to show.
    pub shows: Vec<ChartId>,
    pub link: Rc<Link>,
}

#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let tr = use_tr();
    let shows = |chart: ChartId| props.shows.contains(&chart);
    html! {
        <div class="chart-panel">
            { for props.charts.iter().filter(|drawn| shows(drawn.chart)).map(|drawn| html! {
                <Chart key={drawn.chart.id()} drawn={drawn.clone()} link={props.link.clone()} />
            }) }
            if shows(ChartId::Attribution) {
                { match &props.attribution {
                    Some(drawn) => html! {
                        <Chart key={ChartId::Attribution.id()} drawn={drawn.clone()} link={props.link.clone()} />
                    },
                    None => html! {
                        <figure class="chart pending" data-chart={ChartId::Attribution.id()} aria-busy="true">
                            <figcaption>{ tr.t("attribution-pending") }</figcaption>
                        </figure>
                    },
                } }
            }
        </div>
    }
}

use crate::charts::lead_time::{draw, LeadTimeChart};
use crate::charts::to_svg;
use crate::model::time::month_position;
use crate::model::uncertainty::{bands, Bands, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::model::{simulate, Material, Output, Run};
use crate::scenario::Preset;
use yew::prelude::*;

/// Width of the page's content in CSS pixels, kept current as the window resizes, so that charts
/// are drawn at the size they are shown and their text stays legible on a phone.
#[hook]
fn use_content_width() -> u32 {
    let read = || {
        let width = gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(960.0);
        (width as u32).clamp(320, 1200)
    };
    let width = use_state(read);
    {
        let width = width.clone();
        use_effect_with((), move |()| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    width.set(read())
                });
            move || drop(listener)
        });
    }
    *width
}

/// Size at which a chart is drawn for a given window width.
fn chart_size(window_width: u32) -> (u32, u32) {
    let width = window_width.saturating_sub(64).clamp(300, 1000);
    (width, (width * 9 / 16).clamp(260, 420))
}

/// What the model produced for the page.
struct Outputs {
    run: Run,
    baseline: Run,
    bands: Bands,
    /// Month positions of the scenario's dated changes.
    events: Vec<f64>,
}

/// The simulator page.
#[component]
pub fn App() -> Html {
    let material = Material::Hf;
    let size = chart_size(use_content_width());
    // The model runs once; the chart is redrawn when the window changes size.
    let outputs = use_memo((), |()| {
        let history = Preset::History.scenario();
        let baseline = Preset::Baseline.scenario();
        Outputs {
            run: simulate(&history.measures, &history.params),
            baseline: simulate(&baseline.measures, &baseline.params),
            bands: bands(
                &history.measures,
                &history.params,
                DEFAULT_DRAWS,
                DEFAULT_SEED,
            ),
            events: history
                .measures
                .change_days()
                .into_iter()
                .map(month_position)
                .collect(),
        }
    });
    let chart = {
        let outputs = outputs.clone();
        use_memo(size, move |size| {
            let title = format!("Lead time: {}", material.name().to_lowercase());
            let spec = LeadTimeChart {
                title: &title,
                y_label: "days",
                scenario_label: Preset::History.label(),
                baseline_label: Preset::Baseline.label(),
                scenario: outputs.run.material(material).get(Output::LeadTimeDays),
                baseline: outputs
                    .baseline
                    .material(material)
                    .get(Output::LeadTimeDays),
                p10: outputs.bands.p10(material, Output::LeadTimeDays),
                p90: outputs.bands.p90(material, Output::LeadTimeDays),
                events: &outputs.events,
            };
            to_svg(*size, |area| draw(area, &spec))
        })
    };

    let figure = match chart.as_ref() {
        Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
        Err(message) => {
            html! { <p class="notice" role="alert">{ format!("The chart could not be drawn: {message}") }</p> }
        }
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "Chokepoint" }</h1>
                <p class="tagline">
                    { "A simulator of the 2019 Japan–South Korea export-control dispute: how licensing, white lists, diplomacy and Korea's responses moved lead times and trade in hydrogen fluoride, photoresist and fluorinated polyimide." }
                </p>
            </header>
            <main>
                <figure class="chart" data-chart="lead-time">
                    { figure }
                    <figcaption>
                        { "Modelled lead time for Korean buyers of hydrogen fluoride, as it happened against a world without the measures. The shaded band holds 80% of 200 runs over the uncertain assumptions; vertical lines mark the dated events." }
                    </figcaption>
                </figure>
            </main>
            <footer class="site-footer">
                <p>{ "Every number comes from a documented, sourced model computed in your browser; nothing is sent anywhere." }</p>
            </footer>
        </>
    }
}

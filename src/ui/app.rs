use super::controls::{MeasureEditor, ParamGroups};
use super::results::{draw_attribution, draw_charts, Chart, Headlines, Outputs};
use super::saved::SavedPanel;
use super::share::ShareBar;
use super::state::ScenarioState;
use crate::model::attribution::attribute_material;
use crate::model::measures::Side;
use crate::model::summary::{headlines, what_changed};
use crate::model::time::{month_position, Date};
use crate::model::uncertainty::{bands_of, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::model::{simulate, Material, MeasureId, Measures, ParamRef};
use crate::scenario::actions::Action;
use crate::scenario::{decode, encode, Preset, Scenario};
use yew::prelude::*;

/// How long the controls must rest before the address bar is updated, in milliseconds.
const ADDRESS_DELAY_MS: u32 = 100;

/// How long the controls must rest before attribution is recomputed, in milliseconds.
const ATTRIBUTION_DELAY_MS: u32 = 150;

/// The model document, rendered from docs/MODEL.md at build time.
const MODEL_HTML: &str = include_str!(concat!(env!("OUT_DIR"), "/model.html"));

/// Width of the page's content in CSS pixels, kept current as the window resizes, so that charts
/// are drawn at the size they are shown and their text stays legible on a phone.
#[hook]
fn use_window_width() -> u32 {
    let read = || {
        let width = gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(1280.0);
        (width as u32).clamp(320, 2400)
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

/// Width at which charts are drawn for a window width: the results column of the layout.
fn chart_width(window_width: u32) -> u32 {
    let content = window_width.min(1440);
    let column = if content >= 1000 {
        content * 62 / 100
    } else {
        content
    };
    column.saturating_sub(48).clamp(280, 900)
}

/// The scenario in the address bar when the page opened, and what could not be read from it. A
/// page opened without a scenario shows what happened.
fn scenario_from_address() -> (Scenario, Vec<String>) {
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    if query.trim_start_matches('?').is_empty() {
        return (Preset::History.scenario(), Vec::new());
    }
    let (scenario, warnings) = decode(&query);
    (scenario, warnings.iter().map(ToString::to_string).collect())
}

fn compute(scenario: &Scenario, material: Material) -> Outputs {
    let baseline_measures = Measures::default();
    let run = simulate(&scenario.measures, &scenario.params);
    let baseline = simulate(&baseline_measures, &scenario.params);
    Outputs {
        sentences: what_changed(&run, &headlines(&run, &baseline)),
        headlines: headlines(&run, &baseline),
        // Only the material on screen needs its bands.
        bands: bands_of(
            &scenario.measures,
            &scenario.params,
            DEFAULT_DRAWS,
            DEFAULT_SEED,
            &[material],
        ),
        events: scenario
            .measures
            .change_days()
            .into_iter()
            .map(month_position)
            .collect(),
        is_history: scenario.measures == Preset::History.scenario().measures,
        run,
        baseline,
    }
}

/// The simulator page.
#[component]
pub fn App() -> Html {
    let initial = use_memo((), |()| scenario_from_address());
    let state = {
        let initial = initial.clone();
        use_reducer(move || ScenarioState {
            scenario: initial.0.clone(),
        })
    };
    // What could not be used from the link the page opened with, or from a loaded file:
    // (where it came from, a heading, the items).
    let notices = use_state(|| {
        (!initial.1.is_empty()).then(|| {
            (
                "link",
                "Parts of this link could not be used and were left at their defaults:".to_string(),
                initial.1.clone(),
            )
        })
    });
    let material = use_state(|| Material::Hf);
    let width = chart_width(use_window_width());
    let scenario = state.scenario.clone();

    // The address bar holds the current scenario, replaced rather than pushed, once the controls
    // have rested for a moment (writing it on every step of a slider would cost a frame's time).
    use_effect_with(scenario.clone(), |scenario| {
        let link = format!("?{}", encode(scenario));
        let timeout = gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MS, move || {
            if let Ok(history) = gloo::utils::window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
            }
        });
        move || drop(timeout)
    });

    let outputs = use_memo((scenario.clone(), *material), |(scenario, material)| {
        compute(scenario, *material)
    });
    let charts = {
        let outputs = outputs.clone();
        use_memo(
            (scenario.clone(), *material, width),
            move |(_, material, width)| draw_charts(&outputs, *material, *width),
        )
    };

    // Attribution reruns the model for every subset of the measures: it is computed once the new
    // charts are painted and the controls have rested a moment, and its chart says so until then.
    let attribution = use_state(|| None::<((Scenario, Material, u32), (String, String))>);
    let attribution_key = (scenario.clone(), *material, width);
    {
        let attribution = attribution.clone();
        use_effect_with(attribution_key.clone(), move |key| {
            let key = key.clone();
            let timeout = gloo::timers::callback::Timeout::new(ATTRIBUTION_DELAY_MS, move || {
                let (scenario, material, width) = &key;
                let result = attribute_material(&scenario.measures, &scenario.params, *material);
                attribution.set(Some((key.clone(), draw_attribution(&result, *width))));
            });
            move || drop(timeout)
        });
    }
    let attribution_now = attribution
        .as_ref()
        .filter(|(key, _)| *key == attribution_key)
        .map(|(_, drawn)| drawn.clone());

    // Callbacks are made once, so the controls re-render only when their own values change.
    let dispatcher = state.dispatcher();
    let on_preset = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |preset: Preset, ()| {
            dispatcher.dispatch(Action::LoadPreset(preset))
        })
    };
    let on_changes = {
        let dispatcher = dispatcher.clone();
        use_callback(
            (),
            move |(measure, changes): (MeasureId, Vec<(Date, usize)>), ()| {
                dispatcher.dispatch(Action::SetChanges(measure, changes))
            },
        )
    };
    let on_param = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(param, value): (ParamRef, f64), ()| {
            dispatcher.dispatch(Action::SetParam(param, value))
        })
    };
    let on_load = {
        let dispatcher = dispatcher.clone();
        let notices = notices.setter();
        use_callback(
            (),
            move |loaded: Result<(Scenario, Vec<String>), String>, ()| match loaded {
                Ok((scenario, warnings)) => {
                    dispatcher.dispatch(Action::Replace(Box::new(scenario)));
                    notices.set((!warnings.is_empty()).then(|| {
                        (
                            "file",
                            "Parts of this file could not be used and were left at their defaults:"
                                .to_string(),
                            warnings,
                        )
                    }));
                }
                Err(message) => notices.set(Some(("file", message, Vec::new()))),
            },
        )
    };
    let on_reset_params =
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::ResetParams));
    let on_select = {
        let material = material.clone();
        Callback::from(move |m: Material| material.set(m))
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| notices.set(None))
    };

    let active_preset = scenario.matching_preset();
    let changed_params = scenario.changed_param_count();

    html! {
        <>
            <header class="masthead">
                <div class="title">
                    <h1>{ "Chokepoint" }</h1>
                    <p class="tagline">
                        { "Simulate the 2019 Japan–South Korea export-control dispute: how licensing, white lists, diplomacy and Korea's responses moved lead times and trade in hydrogen fluoride, photoresist and fluorinated polyimide." }
                    </p>
                </div>
            </header>
            if let Some((source, heading, items)) = &*notices {
                <div class="notice" role="status" data-notice={*source}>
                    <p>{ heading.clone() }</p>
                    if !items.is_empty() {
                        <ul>{ for items.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    }
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
            <nav class="presets" aria-label="Prepared scenarios">
                { for Preset::ALL.into_iter().map(|preset| {
                    let on_preset = on_preset.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_preset.emit(preset));
                    let label = if preset == Preset::Baseline { "Reset to baseline" } else { preset.label() };
                    html! {
                        <button type="button" data-preset={preset.id()} title={preset.description()}
                                class={classes!((active_preset == Some(preset)).then_some("active"))}
                                aria-pressed={(active_preset == Some(preset)).to_string()} {onclick}>
                            { label }
                        </button>
                    }
                }) }
            </nav>
            <p class="preset-description">
                { active_preset.map_or("Your own scenario: edited from a preset.", Preset::description) }
            </p>
            <div class="layout">
                <section class="controls" aria-label="Measures and assumptions">
                    { for Side::ALL.into_iter().map(|side| html! {
                        <div class="side" data-side={format!("{side:?}").to_lowercase()}>
                            <h2>{ side.label() }</h2>
                            { for MeasureId::ALL.into_iter().filter(|m| m.side() == side).map(|measure| html! {
                                <MeasureEditor {measure} changes={scenario.measures.changes_of(measure)}
                                               on_change={on_changes.clone()} />
                            }) }
                        </div>
                    }) }
                    <div class="side">
                        <h2>{ "Market assumptions" }</h2>
                        <p class="help">{ "Every number the model uses, with its source. The shaded bands vary the uncertain ones." }</p>
                        if changed_params > 0 {
                            <button type="button" class="reset-params" onclick={on_reset_params}>
                                { format!("Reset {changed_params} changed assumption{}", if changed_params == 1 { "" } else { "s" }) }
                            </button>
                        }
                        <ParamGroups values={scenario.params.values().to_vec()} on_change={on_param} />
                    </div>
                </section>
                <section class="results" aria-label="Results">
                    <ShareBar scenario={scenario.clone()} on_load={on_load.clone()} />
                    <SavedPanel scenario={scenario.clone()} {on_load} />
                    <Headlines headlines={outputs.headlines.clone()} selected={*material} {on_select} />
                    <section class="what-changed" aria-label="What changed">
                        <h2>{ "What changed" }</h2>
                        <ul>{ for outputs.sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    </section>
                    { for charts.iter().map(|(name, svg, caption)| html! {
                        <Chart name={*name} svg={AttrValue::from(svg.clone())} caption={AttrValue::from(caption.clone())} />
                    }) }
                    { match &attribution_now {
                        Some((svg, caption)) => html! {
                            <Chart name="attribution" svg={AttrValue::from(svg.clone())} caption={AttrValue::from(caption.clone())} />
                        },
                        None => html! {
                            <figure class="chart pending" data-chart="attribution" aria-busy="true">
                                <figcaption>{ "Working out which measure caused how much…" }</figcaption>
                            </figure>
                        },
                    } }
                </section>
            </div>
            <details class="about" id="about">
                <summary>{ "About the model: mechanisms, parameters, sources and validation" }</summary>
                <article class="model-doc">{ Html::from_html_unchecked(AttrValue::from(MODEL_HTML)) }</article>
            </details>
            <footer class="site-footer">
                <p>{ "Every number is computed in your browser from a documented model; nothing you do here is sent anywhere." }</p>
            </footer>
        </>
    }
}

use super::compare::{compared_name, ComparePanel};
use super::controls::{MeasureEditor, ParamGroups};
use super::messages::{use_message_api, SetRequest};
use super::results::{draw_attribution, draw_charts, Chart, Headlines, Outputs};
use super::saved::SavedPanel;
use super::share::{page_url, ShareBar};
use super::state::WorkspaceState;
use crate::model::attribution::attribute_material;
use crate::model::measures::Side;
use crate::model::summary::{headlines, what_changed};
use crate::model::time::{month_position, Date};
use crate::model::uncertainty::{bands_of, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::model::{simulate, Material, MeasureId, Measures, ParamRef};
use crate::scenario::actions::Action;
use crate::scenario::compare::{Workspace, WorkspaceAction};
use crate::scenario::view::{ChartId, Controls, Link, View};
use crate::scenario::{decode_link, encode_link, Preset, Scenario};
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

/// What the address bar held when the page opened, and what could not be read from it. A page
/// opened without a scenario shows what happened.
fn link_from_address() -> (Link, Vec<String>) {
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    if query.trim_start_matches('?').is_empty() {
        return (
            Link {
                scenario: Preset::History.scenario(),
                ..Link::default()
            },
            Vec::new(),
        );
    }
    let (link, warnings) = decode_link(&query);
    (link, warnings.iter().map(ToString::to_string).collect())
}

fn compute(scenario: &Scenario, compare: Option<&Scenario>, material: Material) -> Outputs {
    let baseline_measures = Measures::default();
    let run = simulate(&scenario.measures, &scenario.params);
    let baseline = simulate(&baseline_measures, &scenario.params);
    let compare = compare.map(|other| {
        let run = simulate(&other.measures, &other.params);
        let base = simulate(&baseline_measures, &other.params);
        let figures = headlines(&run, &base);
        (run, figures, compared_name(other))
    });
    let figures = headlines(&run, &baseline);
    Outputs {
        sentences: what_changed(&run, &figures),
        headlines: figures,
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
        compare,
    }
}

/// A notice: where it came from ("link", "file", "message"), a heading and the items.
type Notice = (&'static str, String, Vec<String>);

fn notice(source: &'static str, what: &str, items: Vec<String>) -> Option<Notice> {
    (!items.is_empty()).then(|| {
        (
            source,
            format!("Parts of this {what} could not be used and were left at their defaults:"),
            items,
        )
    })
}

/// The simulator page.
#[component]
pub fn App() -> Html {
    let initial = use_memo((), |()| link_from_address());
    let state = {
        let initial = initial.clone();
        use_reducer(move || WorkspaceState {
            workspace: Workspace {
                scenario: initial.0.scenario.clone(),
                compare: initial.0.compare.clone(),
            },
        })
    };
    // The embed options are fixed by the address the page was opened with.
    let embed = initial.0.view.embed.clone();
    let controls_mode = initial.0.view.controls();
    let notices = use_state(|| notice("link", "link", initial.1.clone()));
    let material = use_state(|| initial.0.view.material);
    let width = chart_width(use_window_width());
    let Workspace { scenario, compare } = state.workspace.clone();
    let shown = Link {
        scenario: scenario.clone(),
        compare: compare.clone(),
        view: View {
            material: *material,
            embed: embed.clone(),
        },
    };
    let shareable = Link {
        view: View {
            embed: None,
            ..shown.view.clone()
        },
        ..shown.clone()
    };

    // The address bar holds what is shown, replaced rather than pushed, once the controls have
    // rested for a moment (writing it on every step of a slider would cost a frame's time).
    use_effect_with(shown.clone(), |shown| {
        let link = format!("?{}", encode_link(shown));
        let timeout = gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MS, move || {
            if let Ok(history) = gloo::utils::window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
            }
        });
        move || drop(timeout)
    });

    let dispatcher = state.dispatcher();
    let on_message_set = {
        let (dispatcher, material, notices) =
            (dispatcher.clone(), material.setter(), notices.setter());
        use_callback((), move |(link, warnings): SetRequest, ()| {
            dispatcher.dispatch(WorkspaceAction::Replace(Box::new(Workspace {
                scenario: link.scenario,
                compare: link.compare,
            })));
            material.set(link.view.material);
            notices.set(notice("message", "scenario sent by the page", warnings));
        })
    };
    use_message_api(&shown, on_message_set);

    let outputs = use_memo(
        (scenario.clone(), compare.clone(), *material),
        |(scenario, compare, material)| compute(scenario, compare.as_ref(), *material),
    );
    let charts = {
        let outputs = outputs.clone();
        use_memo(
            (scenario.clone(), compare.clone(), *material, width),
            move |(_, _, material, width)| draw_charts(&outputs, *material, *width),
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
    let edit = {
        let dispatcher = dispatcher.clone();
        move |action: Action| dispatcher.dispatch(WorkspaceAction::Edit(action))
    };
    let on_preset = {
        let edit = edit.clone();
        use_callback((), move |preset: Preset, ()| {
            edit(Action::LoadPreset(preset))
        })
    };
    let on_changes = {
        let edit = edit.clone();
        use_callback(
            (),
            move |(measure, changes): (MeasureId, Vec<(Date, usize)>), ()| {
                edit(Action::SetChanges(measure, changes))
            },
        )
    };
    let on_param = {
        let edit = edit.clone();
        use_callback((), move |(param, value): (ParamRef, f64), ()| {
            edit(Action::SetParam(param, value))
        })
    };
    let on_load = {
        let edit = edit.clone();
        let notices = notices.setter();
        use_callback(
            (),
            move |loaded: Result<(Scenario, Vec<String>), String>, ()| match loaded {
                Ok((scenario, warnings)) => {
                    edit(Action::Replace(Box::new(scenario)));
                    notices.set(notice("file", "file", warnings));
                }
                Err(message) => notices.set(Some(("file", message, Vec::new()))),
            },
        )
    };
    let on_compare = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |action: WorkspaceAction, ()| {
            dispatcher.dispatch(action)
        })
    };
    let on_reset_params = Callback::from(move |_: MouseEvent| edit(Action::ResetParams));
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
    let editable = controls_mode == Controls::Shown;
    let embedded = embed.is_some();
    let shows = |chart: ChartId| shown.view.shows(chart);

    let controls = html! {
        <section class="controls" aria-label="Measures and assumptions">
            // A disabled fieldset disables every control inside it: a locked embed shows the
            // settings without letting them change.
            <fieldset class="controls-lock" disabled={!editable}>
                if !editable {
                    <legend class="locked-note">{ "The settings of this scenario (locked)" }</legend>
                }
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
            </fieldset>
        </section>
    };

    html! {
        <div class={classes!("app", embedded.then_some("embedded"), (controls_mode == Controls::Hidden).then_some("no-controls"))}>
            if embedded {
                <header class="embed-bar">
                    <strong>{ "Chokepoint" }</strong>
                    <span class="embed-tagline">{ "The 2019 Japan–Korea export-control dispute, simulated" }</span>
                    <a href={page_url(&encode_link(&shareable))} target="_blank" rel="noopener" data-action="open-full">
                        { "Open the full simulator ↗" }
                    </a>
                </header>
            } else {
                <header class="masthead">
                    <div class="title">
                        <h1>{ "Chokepoint" }</h1>
                        <p class="tagline">
                            { "Simulate the 2019 Japan–South Korea export-control dispute: how licensing, white lists, diplomacy and Korea's responses moved lead times and trade in hydrogen fluoride, photoresist and fluorinated polyimide." }
                        </p>
                    </div>
                </header>
            }
            if let Some((source, heading, items)) = &*notices {
                <div class="notice" role="status" data-notice={*source}>
                    <p>{ heading.clone() }</p>
                    if !items.is_empty() {
                        <ul>{ for items.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    }
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
            if editable {
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
            }
            <p class="preset-description">
                { active_preset.map_or("Your own scenario: edited from a preset.", Preset::description) }
            </p>
            <div class="layout">
                if controls_mode != Controls::Hidden {
                    { controls }
                }
                <section class="results" aria-label="Results">
                    if !embedded {
                        <ShareBar link={shareable.clone()} on_load={on_load.clone()} />
                        <SavedPanel scenario={scenario.clone()} {on_load} />
                    }
                    <Headlines headlines={outputs.headlines.clone()} selected={*material} {on_select} />
                    <ComparePanel scenario={scenario.clone()} compare={compare.clone()}
                                  headlines={outputs.headlines.clone()}
                                  compare_headlines={outputs.compare.as_ref().map(|(_, figures, _)| figures.clone())}
                                  on_action={on_compare} editable={editable && !embedded} />
                    <section class="what-changed" aria-label="What changed">
                        <h2>{ "What changed" }</h2>
                        <ul>{ for outputs.sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    </section>
                    { for charts.iter().filter(|(chart, _, _)| shows(*chart)).map(|(chart, svg, caption)| html! {
                        <Chart name={chart.id()} svg={AttrValue::from(svg.clone())} caption={AttrValue::from(caption.clone())} />
                    }) }
                    if shows(ChartId::Attribution) {
                        { match &attribution_now {
                            Some((svg, caption)) => html! {
                                <Chart name={ChartId::Attribution.id()} svg={AttrValue::from(svg.clone())} caption={AttrValue::from(caption.clone())} />
                            },
                            None => html! {
                                <figure class="chart pending" data-chart={ChartId::Attribution.id()} aria-busy="true">
                                    <figcaption>{ "Working out which measure caused how much…" }</figcaption>
                                </figure>
                            },
                        } }
                    }
                </section>
            </div>
            if !embedded {
                <details class="about" id="about">
                    <summary>{ "About the model: mechanisms, parameters, sources and validation" }</summary>
                    <article class="model-doc">{ Html::from_html_unchecked(AttrValue::from(MODEL_HTML)) }</article>
                </details>
                <footer class="site-footer">
                    <p>{ "Every number is computed in your browser from a documented model; nothing you do here is sent anywhere." }</p>
                </footer>
            }
        </div>
    }
}

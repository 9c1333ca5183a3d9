use super::compare::ComparePanel;
use super::controls::{MeasureEditor, ParamGroups};
use super::lesson::{LessonPanel, LessonWriter};
use super::messages::{use_message_api, SetRequest};
use super::results::{draw_attribution, draw_charts, Chart, Drawn, Headlines, Outputs};
use super::saved::SavedPanel;
use super::share::{page_url, Loaded, ShareBar};
use super::state::WorkspaceState;
use crate::i18n::{
    file_error, finding, lesson_error, link_refusal, names, text, warning, Lang, Tr,
};
use crate::model::attribution::attribute_material;
use crate::model::measures::Side;
use crate::model::summary::{headlines, what_changed};
use crate::model::time::{month_position, Date};
use crate::model::uncertainty::{bands_of, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::model::{simulate, Material, MeasureId, Measures, ParamRef};
use crate::scenario::actions::Action;
use crate::scenario::codec::{self, Problem};
use crate::scenario::compare::{Workspace, WorkspaceAction};
use crate::scenario::file::FileError;
use crate::scenario::lesson::{parse as lesson_parse, Lesson, LessonError};
use crate::scenario::view::{ChartId, Controls, Link, View};
use crate::scenario::{decode_link, encode, encode_link, Preset, Scenario, Warning};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the controls must rest before the address bar is updated, in milliseconds.
const ADDRESS_DELAY_MS: u32 = 100;

/// How long the controls must rest before attribution is recomputed, in milliseconds.
const ATTRIBUTION_DELAY_MS: u32 = 150;

/// The model document: docs/MODEL.md rendered at build time into a file of the site, loaded when
/// "About the model" is first opened (it is as large as a fifth of the app's code).
const MODEL_DOCUMENT: &str = "./model.html";

/// Loads the model document: its HTML, or the reason it could not be loaded.
async fn load_model_document() -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let reason = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(MODEL_DOCUMENT))
            .await
            .map_err(reason)?
            .dyn_into::<web_sys::Response>()
            .map_err(reason)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(reason)?)
        .await
        .map_err(reason)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

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
fn link_from_address() -> (Link, Vec<Warning>) {
    let location = gloo::utils::window().location();
    // An address longer than any link the page reads is measured in the browser and refused
    // before it is copied into the page's memory.
    let length = js_sys::Reflect::get(&location, &"href".into())
        .ok()
        .and_then(|href| href.dyn_into::<js_sys::JsString>().ok())
        .map_or(0, |href| href.length() as usize);
    if length > codec::MAX_QUERY_BYTES + codec::MAX_LINK_BYTES + 4096 {
        return (
            Link::default(),
            vec![Warning {
                key: String::new(),
                problem: Problem::TooLong {
                    bytes: length,
                    max: codec::MAX_QUERY_BYTES + codec::MAX_LINK_BYTES,
                },
            }],
        );
    }
    let query = location.search().unwrap_or_default();
    // A long link carries part of itself in the fragment (see the codec).
    let fragment = location.hash().unwrap_or_default();
    if query.trim_start_matches('?').is_empty() && !fragment.starts_with("#z=") {
        return (
            Link {
                scenario: Preset::History.scenario(),
                ..Link::default()
            },
            Vec::new(),
        );
    }
    decode_link(&format!("{query}{fragment}"))
}

/// The languages the browser prefers, best first.
fn browser_language() -> Lang {
    let navigator = gloo::utils::window().navigator();
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    Lang::from_preferences(tags.iter().map(String::as_str))
}

fn compute(scenario: &Scenario, compare: Option<&Scenario>, material: Material) -> Outputs {
    let baseline_measures = Measures::default();
    let run = simulate(&scenario.measures, &scenario.params);
    let baseline = simulate(&baseline_measures, &scenario.params);
    let compare = compare.map(|other| {
        let run = simulate(&other.measures, &other.params);
        let base = simulate(&baseline_measures, &other.params);
        let figures = headlines(&run, &base);
        (run, figures, other.matching_preset())
    });
    let figures = headlines(&run, &baseline);
    Outputs {
        findings: what_changed(&run, &figures),
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

/// What the page tells the reader about something it could not use: the parts of a link, file or
/// message left at their defaults, or why a file was refused. Worded when shown, so that it
/// follows the language.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    /// Where from ("link", "file", "message") and the parts not used.
    Unused(&'static str, Vec<Warning>),
    Refused(FileError),
    /// A lesson that could not be used, and why.
    LessonRefused(LessonError),
    /// What is shown cannot be written into a link (the address leaves the lesson out).
    NotInLink(Problem),
}

fn unused(source: &'static str, warnings: Vec<Warning>) -> Option<Notice> {
    (!warnings.is_empty()).then_some(Notice::Unused(source, warnings))
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
    let notices = use_state(|| unused("link", initial.1.clone()));
    let material = use_state(|| initial.0.view.material);
    let lang = use_state(|| initial.0.view.lang.unwrap_or_else(browser_language));
    let tr = Tr(*lang);
    // The lesson followed (`story` or its JSON) and its step; the lesson read from it.
    let lesson = use_state(|| initial.0.view.lesson.clone());
    let lesson_raw = lesson.as_ref().map(|(raw, _)| raw.clone());
    let parsed_lesson = use_memo(lesson_raw.clone(), |raw| {
        raw.as_ref().map(|raw| {
            if raw == "story" {
                Ok(Rc::new(Lesson::story()))
            } else {
                lesson_parse(raw).map(Rc::new)
            }
        })
    });
    let width = chart_width(use_window_width());
    let Workspace { scenario, compare } = state.workspace.clone();
    let shown = Link {
        scenario: scenario.clone(),
        compare: compare.clone(),
        view: View {
            material: *material,
            lang: Some(*lang),
            embed: embed.clone(),
            lesson: (*lesson).clone(),
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
    {
        let notices = notices.setter();
        use_effect_with(shown.clone(), move |shown| {
            // Written once the controls rest: encoding (and compressing a long link) is not
            // repeated on every step of a slider.
            let shown = shown.clone();
            let timeout = gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MS, move || {
                // A link too long to read back is not written: the address leaves the lesson
                // out, and the reader is told (the lesson stays open on the page).
                let query = codec::shareable(&shown).unwrap_or_else(|problem| {
                    notices.set(Some(Notice::NotInLink(problem)));
                    let mut without = shown.clone();
                    without.view.lesson = None;
                    encode_link(&without)
                });
                if let Ok(history) = gloo::utils::window().history() {
                    let link = format!("?{query}");
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&link),
                    );
                }
            });
            move || drop(timeout)
        });
    }

    // The document speaks the page's language: its `lang` attribute and title follow it.
    use_effect_with(*lang, |lang| {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.id());
        }
        document.set_title(&text(*lang, "page-title"));
    });

    let dispatcher = state.dispatcher();
    let on_message_set = {
        let (dispatcher, material, lang, notices, lesson) = (
            dispatcher.clone(),
            material.setter(),
            lang.setter(),
            notices.setter(),
            lesson.setter(),
        );
        use_callback((), move |(link, warnings): SetRequest, ()| {
            dispatcher.dispatch(WorkspaceAction::Replace(Box::new(Workspace {
                scenario: link.scenario,
                compare: link.compare,
            })));
            material.set(link.view.material);
            if let Some(chosen) = link.view.lang {
                lang.set(chosen);
            }
            // The message's lesson (or none) is what is followed next; its step sets the scenario.
            lesson.set(link.view.lesson);
            notices.set(unused("message", warnings));
        })
    };
    use_message_api(&shown, on_message_set);

    // A lesson's step sets its scenario (and material) when the step is opened; a lesson that
    // cannot be read is closed with a notice saying why.
    let lesson_state = lesson.clone();
    {
        let (dispatcher, material, notices, lesson) = (
            dispatcher.clone(),
            material.setter(),
            notices.setter(),
            lesson.setter(),
        );
        let parsed = parsed_lesson.clone();
        let step = (*lesson_state).as_ref().map(|(_, step)| *step);
        use_effect_with((lesson_raw.clone(), step), move |_| {
            match (&*parsed, step) {
                (Some(Ok(found)), Some(step)) => {
                    let index = step.clamp(1, found.steps.len()) - 1;
                    let link = found.steps[index].scenario();
                    dispatcher.dispatch(WorkspaceAction::Replace(Box::new(Workspace {
                        scenario: link.scenario,
                        compare: link.compare,
                    })));
                    material.set(link.view.material);
                }
                (Some(Err(reason)), _) => {
                    notices.set(Some(Notice::LessonRefused(reason.clone())));
                    lesson.set(None);
                }
                _ => {}
            }
        });
    }
    let on_lesson_step = {
        let lesson = lesson.clone();
        Callback::from(move |step: usize| {
            if let Some((raw, _)) = &*lesson {
                lesson.set(Some((raw.clone(), step)));
            }
        })
    };
    let on_lesson_close = {
        let lesson = lesson.setter();
        Callback::from(move |()| lesson.set(None))
    };
    let on_story = {
        let lesson = lesson.setter();
        Callback::from(move |_: MouseEvent| lesson.set(Some(("story".to_string(), 1))))
    };
    let on_lesson_open = {
        let (lesson, notices) = (lesson.setter(), notices.setter());
        Callback::from(move |opened: Result<String, LessonError>| match opened {
            Ok(json) => lesson.set(Some((json, 1))),
            Err(reason) => notices.set(Some(Notice::LessonRefused(reason))),
        })
    };

    let outputs = use_memo(
        (scenario.clone(), compare.clone(), *material),
        |(scenario, compare, material)| compute(scenario, compare.as_ref(), *material),
    );
    let charts = {
        let outputs = outputs.clone();
        use_memo(
            (scenario.clone(), compare.clone(), *material, width, tr),
            move |(_, _, material, width, tr)| draw_charts(&outputs, *material, *width, *tr),
        )
    };
    // Attribution reruns the model for every subset of the measures: it is computed once the new
    // charts are painted and the controls have rested a moment, and its chart says so until then.
    let attribution = use_state(|| None::<((Scenario, Material, u32, Tr), Rc<Drawn>)>);
    let attribution_key = (scenario.clone(), *material, width, tr);
    {
        let attribution = attribution.clone();
        use_effect_with(attribution_key.clone(), move |key| {
            let key = key.clone();
            let timeout = gloo::timers::callback::Timeout::new(ATTRIBUTION_DELAY_MS, move || {
                let (scenario, material, width, tr) = &key;
                let result = attribute_material(&scenario.measures, &scenario.params, *material);
                attribution.set(Some((key.clone(), draw_attribution(&result, *width, *tr))));
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
    // A scenario loaded from a file, or from the saved list; the notice names where it came from.
    let loader = |source: &'static str| {
        let edit = edit.clone();
        let notices = notices.setter();
        move |loaded: Loaded, _: &()| match loaded {
            Ok((scenario, warnings)) => {
                edit(Action::Replace(Box::new(scenario)));
                notices.set(unused(source, warnings));
            }
            Err(error) => notices.set(Some(Notice::Refused(error))),
        }
    };
    let on_load = use_callback((), loader("file"));
    let on_load_saved = use_callback((), loader("saved"));
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
    let on_language = {
        let lang = lang.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = Lang::from_id(&select.value()) {
                lang.set(chosen);
            }
        })
    };
    // The model document, loaded when "About the model" is first opened.
    let model_document = use_state(|| None::<Result<AttrValue, String>>);
    let on_about = {
        let model_document = model_document.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            if details.open() && model_document.is_none() {
                let model_document = model_document.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    model_document.set(Some(load_model_document().await.map(AttrValue::from)));
                });
            }
        })
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
    let lang_now = *lang;

    let controls = html! {
        <section id="controls" class="controls" aria-label={tr.t("controls-label")}
                 tabindex={if editable { "-1" } else { "0" }}>
            // A disabled fieldset disables every control inside it: a locked embed shows the
            // settings without letting them change.
            <fieldset class="controls-lock" disabled={!editable}>
                if !editable {
                    <legend class="locked-note">{ tr.t("controls-locked-note") }</legend>
                }
                { for Side::ALL.into_iter().map(|side| html! {
                    <div class="side" data-side={format!("{side:?}").to_lowercase()}>
                        <h2>{ names::side(lang_now, side) }</h2>
                        { for MeasureId::ALL.into_iter().filter(|m| m.side() == side).map(|measure| html! {
                            <MeasureEditor {measure} changes={scenario.measures.changes_of(measure)}
                                           on_change={on_changes.clone()} />
                        }) }
                    </div>
                }) }
                <div class="side">
                    <h2>{ tr.t("assumptions") }</h2>
                    <p class="help">{ tr.t("assumptions-help") }</p>
                    if changed_params > 0 {
                        <button type="button" class="reset-params" onclick={on_reset_params}>
                            { tr.with("reset-changed", &[("count", changed_params.into())]) }
                        </button>
                    }
                    <ParamGroups values={scenario.params.values().to_vec()} on_change={on_param} />
                </div>
            </fieldset>
        </section>
    };
    let switcher = html! {
        <div class="language">
            <label for="language">{ tr.t("language") }</label>
            <select id="language" onchange={on_language} data-action="language">
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.id()} lang={l.id()} selected={l == lang_now}>{ l.native_name() }</option>
                }) }
            </select>
        </div>
    };
    let notice_html = match &*notices {
        None => html! {},
        Some(notice) => {
            let (source, heading, items) = match notice {
                Notice::Unused(source, warnings) => (
                    *source,
                    tr.t(&format!("notice-{source}")),
                    warnings.iter().map(|w| warning(lang_now, w)).collect(),
                ),
                Notice::Refused(error) => ("file", file_error(lang_now, error), Vec::new()),
                Notice::NotInLink(problem) => ("link", link_refusal(lang_now, problem), Vec::new()),
                Notice::LessonRefused(error) => (
                    "lesson",
                    tr.with(
                        "lesson-refused",
                        &[("reason", lesson_error(lang_now, error).into())],
                    ),
                    Vec::new(),
                ),
            };
            html! {
                <div class="notice" role="status" data-notice={source}>
                    <p>{ heading }</p>
                    if !items.is_empty() {
                        <ul>{ for items.into_iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                    }
                    <button type="button" onclick={dismiss}>{ tr.t("dismiss") }</button>
                </div>
            }
        }
    };

    let page = html! {
        <div class={classes!("app", embedded.then_some("embedded"), (controls_mode == Controls::Hidden).then_some("no-controls"))}>
            <a class="skip-link" href="#results" data-action="skip-results">{ tr.t("skip-results") }</a>
            if controls_mode != Controls::Hidden {
                <a class="skip-link" href="#controls" data-action="skip-controls">{ tr.t("skip-controls") }</a>
            }
            if embedded {
                <header class="embed-bar">
                    <h1 class="embed-name">{ "Chokepoint" }</h1>
                    <span class="embed-tagline">{ tr.t("embed-tagline") }</span>
                    { switcher }
                    <a href={page_url(&codec::shareable(&shareable).unwrap_or_else(|_| encode(&shareable.scenario)))} target="_blank" rel="noopener" data-action="open-full">
                        { tr.t("open-full") }
                    </a>
                </header>
            } else {
                <header class="masthead">
                    <div class="title">
                        <h1>{ "Chokepoint" }</h1>
                        <p class="tagline">{ tr.t("tagline") }</p>
                    </div>
                    { switcher }
                </header>
            }
            <main id="main">
            { notice_html }
            if editable {
                <nav class="presets" aria-label={tr.t("presets-label")}>
                    { for Preset::ALL.into_iter().map(|preset| {
                        let on_preset = on_preset.clone();
                        let onclick = Callback::from(move |_: MouseEvent| on_preset.emit(preset));
                        let label = if preset == Preset::Baseline { tr.t("preset-reset") } else { names::preset(lang_now, preset) };
                        html! {
                            <button type="button" data-preset={preset.id()} title={names::preset_description(lang_now, preset)}
                                    class={classes!((active_preset == Some(preset)).then_some("active"))}
                                    aria-pressed={(active_preset == Some(preset)).to_string()} {onclick}>
                                { label }
                            </button>
                        }
                    }) }
                    <button type="button" class="story" data-action="start-story" onclick={on_story}>{ tr.t("lesson-start") }</button>
                </nav>
            }
            <p class="preset-description">
                { active_preset.map_or_else(|| tr.t("own-scenario"), |p| names::preset_description(lang_now, p)) }
            </p>
            <div class="layout">
                if controls_mode != Controls::Hidden {
                    { controls }
                }
                <section id="results" class="results" aria-label={tr.t("results-label")} tabindex="-1">
                    if let (Some(Some(Ok(found))), Some((_, step))) = (Some(&*parsed_lesson), &*lesson) {
                        <LessonPanel lesson={found.clone()} step={*step} on_step={on_lesson_step}
                                     on_close={on_lesson_close} />
                    }
                    if !embedded {
                        <ShareBar link={shareable.clone()} on_load={on_load.clone()} />
                        <SavedPanel scenario={scenario.clone()} on_load={on_load_saved} />
                        <LessonWriter link={shareable.clone()} on_open={on_lesson_open} />
                    }
                    <Headlines headlines={outputs.headlines.clone()} selected={*material} {on_select} />
                    <ComparePanel scenario={scenario.clone()} compare={compare.clone()}
                                  headlines={outputs.headlines.clone()}
                                  compare_headlines={outputs.compare.as_ref().map(|(_, figures, _)| figures.clone())}
                                  on_action={on_compare} editable={editable && !embedded} />
                    <section class="what-changed" aria-labelledby="what-changed-heading">
                        <h2 id="what-changed-heading">{ tr.t("what-changed") }</h2>
                        <ul>{ for outputs.findings.iter().map(|f| html! { <li>{ finding(lang_now, f) }</li> }) }</ul>
                    </section>
                    { for charts.iter().filter(|drawn| shows(drawn.chart)).map(|drawn| html! {
                        <Chart key={drawn.chart.id()} drawn={drawn.clone()} />
                    }) }
                    if shows(ChartId::Attribution) {
                        { match &attribution_now {
                            Some(drawn) => html! {
                                <Chart key={ChartId::Attribution.id()} drawn={drawn.clone()} />
                            },
                            None => html! {
                                <figure class="chart pending" data-chart={ChartId::Attribution.id()} aria-busy="true">
                                    <figcaption>{ tr.t("attribution-pending") }</figcaption>
                                </figure>
                            },
                        } }
                    }
                </section>
            </div>
            if !embedded {
                <details class="about" id="about" ontoggle={on_about}>
                    <summary>{ tr.t("about-summary") }</summary>
                    // Built when first opened: the document is long and most visits never open it.
                    if lang_now != Lang::En {
                        <p class="help">{ tr.t("about-language-note") }</p>
                    }
                    { match &*model_document {
                        None => html! { <p class="help" aria-busy="true">{ tr.t("about-loading") }</p> },
                        Some(Ok(document)) => html! {
                            <article class="model-doc" lang="en">{ Html::from_html_unchecked(document.clone()) }</article>
                        },
                        Some(Err(reason)) => html! {
                            <p class="notice" role="status">{ tr.with("about-failed", &[("reason", reason.clone().into())]) }</p>
                        },
                    } }
                </details>
            }
            </main>
            if !embedded {
                <footer class="site-footer">
                    <p>{ tr.t("footer") }</p>
                </footer>
            }
        </div>
    };
    html! {
        <ContextProvider<Tr> context={tr}>{ page }</ContextProvider<Tr>>
    }
}

use super::about::AboutModel;
use super::browser::{after_next_paint, download, page_url};
use super::chart_panel::ChartPanel;
use super::compare::ComparePanel;
use super::computer::use_computer;
use super::controls::{Drivers, EditsApplied};
use super::controls_sheet::{is_sheet, ControlsSheet};
use super::headline_cards::HeadlineCards;
use super::lesson::LessonPanel;
use super::masthead::Masthead;
use super::messages::{use_height_announcer, use_message_api, SetRequest};
use super::model_checks::ModelChecks;
use super::notice::{unused, Notice, NoticeBanner};
use super::presets::{PresetBar, StoryInvite};
use super::results::{draw_attribution, draw_charts, draw_drivers, BandsShown, Outputs, Part};
use super::share::Loaded;
use super::spoiler::Hidden;
use super::state::{StateAction, WorkspaceState};
use super::toolbar::Toolbar;
use super::what_changed::{LastChange, WhatChanged};
use crate::export::monthly_csv;
use crate::i18n::{text, Lang, Tr};
use crate::model::sensitivity::Figure;
use crate::model::summary::{edit_effects, headlines, what_changed};
use crate::model::targets::Hypothesis;
use crate::model::time::Date;
use crate::model::uncertainty::Bands;
use crate::model::{simulate, Material, MeasureId, Measures, ParamRef, Params, Run};
use crate::scenario::actions::Action;
use crate::scenario::codec::{self, Problem};
use crate::scenario::compare::{Workspace, WorkspaceAction};
use crate::scenario::lesson::{parse as lesson_parse, Lesson, LessonError};
use crate::scenario::view::{ChartId, Controls, Link, View};
use crate::scenario::{decode_link, encode, encode_link, Preset, Scenario, Warning};
use crate::work::{BandKind, Job, Request};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the controls must rest before the address bar is updated, in milliseconds.
const ADDRESS_DELAY_MS: u32 = 100;

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
    // Matches styles/main.css: from 1000 px the controls take 380 px beside the results, and the
    // page's and the figure's padding take the rest.
    let column = if content >= 1000 {
        content.saturating_sub(440)
    } else {
        content.saturating_sub(16)
    };
    column.saturating_sub(24).clamp(280, 960)
}

/// What the address bar held when the page opened, and what could not be read from it. A page
/// opened without a scenario (no query, or one that only sets the language or the view) shows
/// what happened.
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
    let (mut link, warnings) = decode_link(&format!("{query}{fragment}"));
    if !codec::names_scenario(&query) && !fragment.starts_with("#z=") {
        link.scenario = Preset::History.scenario();
    }
    (link, warnings)
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

/// Downloads a scenario's monthly series, its baseline and the bands of every material as CSV.
fn write_csv(runs: &RefCell<RunCache>, scenario: &Scenario, bands: &Bands, kind: BandKind, tr: Tr) {
    let mut runs = runs.borrow_mut();
    let run = runs.run(&scenario.measures, &scenario.params);
    let baseline = runs.run(&Measures::default(), &scenario.params);
    let csv = monthly_csv(tr.0, &encode(scenario), &run, &baseline, bands, kind);
    download(
        &format!("chokepoint-{}-monthly.csv", scenario.file_name()),
        "text/csv",
        &csv,
    );
}

/// The runs of the last few scenarios the page showed, so that a change reruns the model for
/// the new scenario only: the run before the change, and the baseline when the assumptions did
/// not change, are the ones already made.
#[derive(Default)]
pub(super) struct RunCache {
    /// Newest last.
    runs: Vec<(Measures, Params, Rc<Run>)>,
}

impl RunCache {
    /// Enough for a scenario and the one before it, their baselines and a compared scenario's.
    const KEPT: usize = 8;

    fn run(&mut self, measures: &Measures, params: &Params) -> Rc<Run> {
        if let Some(at) = self
            .runs
            .iter()
            .position(|(m, p, _)| m == measures && p == params)
        {
            let entry = self.runs.remove(at);
            let run = entry.2.clone();
            self.runs.push(entry);
            return run;
        }
        let run = Rc::new(simulate(measures, params));
        if self.runs.len() == Self::KEPT {
            self.runs.remove(0);
        }
        self.runs
            .push((measures.clone(), params.clone(), run.clone()));
        run
    }
}

/// Shows a link's scenario, compared scenario and material: a change like any other, which Undo
/// takes back.
fn show_link(
    dispatcher: &UseReducerDispatcher<WorkspaceState>,
    material: &UseStateSetter<Material>,
    link: Link,
) {
    dispatcher.dispatch(
        WorkspaceAction::Replace(Box::new(Workspace {
            scenario: link.scenario,
            compare: link.compare,
        }))
        .into(),
    );
    material.set(link.view.material);
}

/// Runs the model for the page: the scenario, its baseline, the compared scenario and the state
/// before the last change. The bands, ranges and attribution come from `computer`.
#[inline(never)]
pub(super) fn compute(
    runs: &RefCell<RunCache>,
    scenario: &Scenario,
    compare: Option<&Scenario>,
    before: Option<&Scenario>,
) -> Outputs {
    let baseline_measures = Measures::default();
    let mut runs = runs.borrow_mut();
    let mut simulate = |measures: &Measures, params: &Params| runs.run(measures, params);
    let run = simulate(&scenario.measures, &scenario.params);
    let baseline = simulate(&baseline_measures, &scenario.params);
    let compare = compare.map(|other| {
        let run = simulate(&other.measures, &other.params);
        let base = simulate(&baseline_measures, &other.params);
        let figures = headlines(&run, &base);
        (run, figures, other.matching_preset())
    });
    let figures = headlines(&run, &baseline);
    let before = before.map(|earlier| {
        let before_run = simulate(&earlier.measures, &earlier.params);
        let before_base = simulate(&baseline_measures, &earlier.params);
        let before_figures = headlines(&before_run, &before_base);
        (before_run, before_figures)
    });
    let effects = before
        .as_ref()
        .map(|(before_run, before_figures)| {
            edit_effects(before_run, &run, before_figures, &figures)
        })
        .unwrap_or_default();
    let mut events: Vec<(Date, MeasureId, usize)> = MeasureId::ALL
        .into_iter()
        .flat_map(|measure| {
            scenario
                .measures
                .changes_of(measure)
                .into_iter()
                .map(move |(date, state)| (date, measure, state))
        })
        .collect();
    // A stable sort: changes on one date keep the order of the controls.
    events.sort_by_key(|(date, _, _)| *date);
    Outputs {
        findings: what_changed(&run, &figures),
        headlines: figures,
        events,
        is_history: scenario.measures == Preset::History.scenario().measures,
        run,
        baseline,
        compare,
        before,
        effects,
    }
}

/// Writes what is shown into the address bar: a new entry of the browser's history for a new
/// state to come back to (`push`), else the current entry replaced. A link too long to read back
/// leaves the lesson out, and the reader is told.
fn write_address(shown: &Link, push: bool, position: usize, on_problem: impl Fn(Problem)) {
    let query = codec::shareable(shown).unwrap_or_else(|problem| {
        on_problem(problem);
        let mut without = shown.clone();
        without.view.lesson = None;
        encode_link(&without)
    });
    if let Ok(history) = gloo::utils::window().history() {
        let link = format!("?{query}");
        let state = wasm_bindgen::JsValue::from_f64(position as f64);
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&link))
        } else {
            history.replace_state_with_url(&state, "", Some(&link))
        };
    }
}

/// How long Undo waits for the browser to go back before it takes the entry shown as the oldest
/// one kept, in milliseconds.
const BACK_WAIT_MS: u32 = 400;

/// Where the page stands among the browser history's entries it wrote: the position of the
/// entry shown, the newest written in this tab, and the oldest the browser still keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Place {
    at: usize,
    top: usize,
    floor: usize,
}

/// Where the tab keeps the position of its newest entry, so that Redo knows it after a reload.
const TOP_KEY: &str = "chokepoint-history-top";

impl Place {
    /// The place of the entry the page opened on: its position if it carries one (a reload), the
    /// tab's newest.
    fn read() -> Place {
        let window = gloo::utils::window();
        let at = window
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|state| state.as_f64())
            .map_or(0, |p| p as usize);
        let top = window
            .session_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(TOP_KEY).ok().flatten())
            .and_then(|top| top.parse::<usize>().ok())
            .unwrap_or(at);
        Place {
            at,
            top: top.max(at),
            floor: 0,
        }
    }

    /// The place after a new entry: the newest, with nothing to redo.
    fn pushed(self) -> Place {
        let at = self.at + 1;
        if let Some(storage) = gloo::utils::window().session_storage().ok().flatten() {
            // A tab that keeps nothing loses Redo after a reload, no more.
            let _ = storage.set_item(TOP_KEY, &at.to_string());
        }
        Place {
            at,
            top: at,
            ..self
        }
    }
}

/// Whether a key press belongs to a field that has its own undo (text, numbers, dates).
fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    if element
        .closest("textarea, [contenteditable]")
        .ok()
        .flatten()
        .is_some()
    {
        return true;
    }
    element
        .dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|input| {
            !matches!(
                input.type_().as_str(),
                "range" | "checkbox" | "radio" | "button" | "submit"
            )
        })
}

/// The simulator page.
#[component]
pub fn App() -> Html {
    let initial = use_memo((), |()| link_from_address());
    // A first visit without a link is invited to the guided story.
    let first_visit = use_memo((), |()| {
        let location = gloo::utils::window().location();
        !codec::names_scenario(&location.search().unwrap_or_default())
            && !location.hash().unwrap_or_default().starts_with("#z=")
    });
    let state = {
        let initial = initial.clone();
        use_reducer(move || {
            WorkspaceState::new(Workspace {
                scenario: initial.0.scenario.clone(),
                compare: initial.0.compare.clone(),
            })
        })
    };
    // The embed options are fixed by the address the page was opened with.
    let embed = initial.0.view.embed.clone();
    let embedded = embed.is_some();
    let controls_mode = initial.0.view.controls();
    let notices = use_state(|| unused("link", initial.1.clone()));
    let invite = use_state(|| *first_visit && !embedded && initial.0.view.lesson.is_none());
    let sheet_open = use_state(|| false);
    let material = use_state(|| initial.0.view.material);
    // Which uncertainty the bands and ranges show.
    let bands_kind = use_state_eq(|| initial.0.view.bands);
    // The figure whose uncertainty the drivers chart and the controls' badges explain.
    let drivers_figure = use_state_eq(|| Figure::PeakLeadTimeDays);
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
    // The scenario of the step followed, read from its link once per step.
    let lesson_step = (*lesson).as_ref().map(|(_, step)| *step);
    let step_link = {
        let parsed = parsed_lesson.clone();
        use_memo((lesson_raw.clone(), lesson_step), move |(_, step)| {
            match (&*parsed, step) {
                (Some(Ok(found)), Some(step)) => {
                    Some(found.steps[(*step).clamp(1, found.steps.len()) - 1].scenario())
                }
                _ => None,
            }
        })
    };
    let width = chart_width(use_window_width());
    let Workspace { scenario, compare } = state.workspace.clone();
    // The scenario before the last change, when it differs from the one shown.
    let before = state
        .before()
        .map(|w| w.scenario.clone())
        .filter(|b| *b != scenario);
    let shown = Link {
        scenario: scenario.clone(),
        compare: compare.clone(),
        view: View {
            material: *material,
            lang: Some(*lang),
            embed: embed.clone(),
            lesson: (*lesson).clone(),
            bands: *bands_kind,
        },
    };
    let shareable = Rc::new(Link {
        view: View {
            embed: None,
            ..shown.view.clone()
        },
        ..shown.clone()
    });

    let dispatcher = state.dispatcher();
    // Edits wait for the next frame to be painted (see `edit` below). Whatever acts on the
    // workspace at once first applies them (`flush_edits`), or, for Undo and Back, which undo the
    // latest change, drops them (`drop_edits`). Either way the count of applied batches moves on,
    // and the controls put their inputs back to the state if it differs from what they show.
    let waiting_edits = use_mut_ref(Vec::<Action>::new);
    let applied_count = use_memo((), |()| Rc::new(std::cell::Cell::new(0u64)));
    let edits_applied = use_state_eq(|| EditsApplied {
        settled: 0,
        now: (*applied_count).clone(),
    });
    let settle_edits = {
        let (dispatcher, waiting, applied, count) = (
            dispatcher.clone(),
            waiting_edits.clone(),
            edits_applied.setter(),
            (*applied_count).clone(),
        );
        Rc::new(move |apply: bool| {
            let edits = std::mem::take(&mut *waiting.borrow_mut());
            if edits.is_empty() {
                return false;
            }
            if apply {
                for action in edits {
                    dispatcher.dispatch(WorkspaceAction::Edit(action).into());
                }
            }
            let next = count.get() + 1;
            count.set(next);
            applied.set(EditsApplied {
                settled: next,
                now: count.clone(),
            });
            true
        })
    };
    let flush_edits = {
        let settle = settle_edits.clone();
        move || {
            settle(true);
        }
    };
    let drop_edits = {
        let settle = settle_edits.clone();
        Rc::new(move || settle(false))
    };
    // Where the page stands in the browser's history (a page of its own only): its entries carry
    // their position, and the newest position is kept for the tab, so that undo and redo follow
    // Back and Forward across a reload.
    let place = use_state(Place::read);
    let place_now = use_mut_ref(Place::default);
    *place_now.borrow_mut() = *place;
    // A lesson step brought back by Back or Forward is shown as it was, not reset to its step's
    // scenario.
    let restoring = use_mut_ref(|| false);
    // Once the controls have rested for a moment, what is shown becomes a state to come back to:
    // the browser's history gets an entry for it (not in an embedded page, whose history is the
    // course page's), and the address bar holds it. Between the rests of a slider nothing is
    // written: encoding (and compressing a long link) on every step would cost a frame's time.
    {
        let notices = notices.setter();
        let dispatcher = dispatcher.clone();
        let pending = state.pending();
        let (place_now, place) = (place_now.clone(), place.setter());
        use_effect_with(shown.clone(), move |shown| {
            let shown = shown.clone();
            let timeout = gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MS, move || {
                if pending {
                    dispatcher.dispatch(StateAction::Commit);
                }
                let now = *place_now.borrow();
                let push = pending && !embedded;
                let at = if push { now.pushed() } else { now };
                write_address(&shown, push, at.at, |problem| {
                    notices.set(Some(Notice::NotInLink(problem)))
                });
                place.set(at);
            });
            move || drop(timeout)
        });
    }
    // Back and Forward bring back what their entry's address holds: the scenario, the material and
    // the lesson's step.
    {
        let dispatcher = dispatcher.clone();
        let (place_now, place) = (place_now.clone(), place.setter());
        let (material, lesson, restoring) = (material.setter(), lesson.clone(), restoring.clone());
        let drop_edits = drop_edits.clone();
        let lesson_now = use_mut_ref(|| None);
        *lesson_now.borrow_mut() = (*lesson).clone();
        use_effect_with((), move |()| {
            let listener = (!embedded).then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                    // Back or Forward leaves the state on screen: an edit not yet applied goes.
                    drop_edits();
                    let position = event
                        .dyn_ref::<web_sys::PopStateEvent>()
                        .and_then(|e| e.state().as_f64());
                    let location = gloo::utils::window().location();
                    let query = location.search().unwrap_or_default();
                    let fragment = location.hash().unwrap_or_default();
                    let (link, _) = decode_link(&format!("{query}{fragment}"));
                    if let Some(position) = position {
                        place.set(Place {
                            at: position as usize,
                            ..*place_now.borrow()
                        });
                    }
                    if *lesson_now.borrow() != link.view.lesson {
                        *restoring.borrow_mut() = link.view.lesson.is_some();
                        lesson.set(link.view.lesson.clone());
                    }
                    material.set(link.view.material);
                    dispatcher.dispatch(StateAction::Restore(
                        Box::new(Workspace {
                            scenario: link.scenario,
                            compare: link.compare,
                        }),
                        None,
                    ));
                })
            });
            move || drop(listener)
        });
    }
    // Undo and redo: in a page of its own they walk the browser's history, so that the buttons,
    // the keys and Back and Forward agree; an embedded page keeps its own.
    let (can_undo, can_redo) = if embedded {
        (state.can_undo(), state.can_redo())
    } else {
        (
            state.pending() || place.at > place.floor,
            !state.pending() && place.at < place.top,
        )
    };
    let on_undo = {
        let (dispatcher, shown) = (dispatcher.clone(), shown.clone());
        let pending = state.pending();
        let (place_now, place) = (place_now.clone(), place.setter());
        let drop_edits = drop_edits.clone();
        Callback::from(move |()| {
            // The latest change is an edit not yet applied: undoing it is dropping it.
            if drop_edits() {
                return;
            }
            if !can_undo {
                return;
            }
            if embedded {
                dispatcher.dispatch(StateAction::Undo);
                return;
            }
            let mut now = *place_now.borrow();
            if pending {
                // The change not yet kept is kept first, so that Forward brings it back.
                dispatcher.dispatch(StateAction::Commit);
                now = now.pushed();
                write_address(&shown, true, now.at, |_| {});
                place.set(now);
            }
            if let Ok(history) = gloo::utils::window().history() {
                let _ = history.back();
            }
            // The browser keeps a limited number of entries (about 50): when Back brings nothing,
            // the oldest kept is the floor, and Undo stops there.
            let (place_now, place) = (place_now.clone(), place.clone());
            gloo::timers::callback::Timeout::new(BACK_WAIT_MS, move || {
                let latest = *place_now.borrow();
                if latest.at == now.at {
                    place.set(Place {
                        floor: latest.at,
                        ..latest
                    });
                }
            })
            .forget();
        })
    };
    let on_redo = {
        let dispatcher = dispatcher.clone();
        let flush_edits = flush_edits.clone();
        Callback::from(move |()| {
            // After a new edit there is nothing to redo; the edit is applied.
            flush_edits();
            if !can_redo {
                return;
            }
            if embedded {
                dispatcher.dispatch(StateAction::Redo);
            } else if let Ok(history) = gloo::utils::window().history() {
                let _ = history.forward();
            }
        })
    };
    // Ctrl+Z and Shift+Ctrl+Z (Cmd on a Mac; Ctrl+Y too), except in fields with their own undo.
    {
        let keys = use_mut_ref(|| (Callback::noop(), Callback::noop()));
        *keys.borrow_mut() = (on_undo.clone(), on_redo.clone());
        use_effect_with((), move |()| {
            // Not passive: the browser's own handling of the keys is prevented.
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(event.ctrl_key() || event.meta_key())
                        || event.alt_key()
                        || in_text_field(event)
                    {
                        return;
                    }
                    let (undo, redo) = keys.borrow().clone();
                    match event.key().to_lowercase().as_str() {
                        "z" if event.shift_key() => redo.emit(()),
                        "z" => undo.emit(()),
                        "y" => redo.emit(()),
                        _ => return,
                    }
                    event.prevent_default();
                },
            );
            move || drop(listener)
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

    let on_message_set = {
        let (dispatcher, material, lang, notices, lesson) = (
            dispatcher.clone(),
            material.setter(),
            lang.setter(),
            notices.setter(),
            lesson.setter(),
        );
        let flush_edits = flush_edits.clone();
        use_callback((), move |(link, warnings): SetRequest, ()| {
            flush_edits();
            if let Some(chosen) = link.view.lang {
                lang.set(chosen);
            }
            // The message's lesson (or none) is what is followed next; its step sets the scenario.
            lesson.set(link.view.lesson.clone());
            show_link(&dispatcher, &material, link);
            notices.set(unused("message", warnings));
        })
    };
    use_message_api(&shown, on_message_set);
    use_height_announcer();

    // A lesson's step sets its scenario (and material) when the step is opened; a lesson that
    // cannot be read is closed with a notice saying why.
    {
        let (dispatcher, material, notices, lesson) = (
            dispatcher.clone(),
            material.setter(),
            notices.setter(),
            lesson.setter(),
        );
        let (parsed, step_link) = (parsed_lesson.clone(), step_link.clone());
        let restoring = restoring.clone();
        let flush_edits = flush_edits.clone();
        let shown_now = state.workspace.clone();
        use_effect_with((lesson_raw.clone(), lesson_step), move |_| {
            // A step brought back by Back or Forward keeps the scenario its entry held.
            let restored = std::mem::take(&mut *restoring.borrow_mut());
            match (&*parsed, &*step_link) {
                (Some(Ok(_)), Some(_)) if restored => {}
                // Unless already shown when the panel chose the step.
                (Some(Ok(_)), Some(link))
                    if shown_now.scenario != link.scenario || shown_now.compare != link.compare =>
                {
                    flush_edits();
                    show_link(&dispatcher, &material, link.clone());
                }
                (Some(Err(reason)), _) => {
                    notices.set(Some(Notice::LessonRefused(reason.clone())));
                    lesson.set(None);
                }
                _ => {}
            }
        });
    }
    // A step chosen in the panel sets its scenario at once, with the step: the address written
    // next is the step's with its own scenario, never the new step over the old scenario.
    let on_lesson_step = {
        let (lesson, parsed) = (lesson.clone(), parsed_lesson.clone());
        let (dispatcher, material) = (dispatcher.clone(), material.setter());
        let flush_edits = flush_edits.clone();
        Callback::from(move |step: usize| {
            if let Some((raw, _)) = &*lesson {
                if let Some(Ok(found)) = &*parsed {
                    flush_edits();
                    let index = step.clamp(1, found.steps.len()) - 1;
                    show_link(&dispatcher, &material, found.steps[index].scenario());
                }
                lesson.set(Some((raw.clone(), step)));
            }
        })
    };
    let on_lesson_close = {
        let lesson = lesson.setter();
        Callback::from(move |()| lesson.set(None))
    };
    let on_story = {
        let (lesson, invite) = (lesson.setter(), invite.setter());
        Callback::from(move |()| {
            invite.set(false);
            lesson.set(Some(("story".to_string(), 1)));
        })
    };
    let on_invite_dismiss = {
        let invite = invite.setter();
        Callback::from(move |()| invite.set(false))
    };
    let on_lesson_open = {
        let (lesson, notices) = (lesson.setter(), notices.setter());
        Callback::from(move |opened: Result<String, LessonError>| match opened {
            Ok(json) => lesson.set(Some((json, 1))),
            Err(reason) => notices.set(Some(Notice::LessonRefused(reason))),
        })
    };
    // The writer shows a step's scenario to edit it: an edit like any other, undone by Undo.
    let on_lesson_show = {
        let (dispatcher, material) = (dispatcher.clone(), material.setter());
        let flush_edits = flush_edits.clone();
        Callback::from(move |query: String| {
            let (link, _) = codec::decode_link(&query);
            flush_edits();
            show_link(&dispatcher, &material, link);
        })
    };
    // What an open question of the lesson hides from the page until it is answered.
    let hidden = use_state(Hidden::default);
    let on_hidden = {
        let hidden = hidden.setter();
        use_callback((), move |now: Hidden, ()| hidden.set(now))
    };

    // Bands, ranges and attribution rerun the model for every draw or every subset of the
    // measures: the page's worker computes them, and they fill in when they arrive. Every change
    // asks again; a newer request supersedes one still waiting.
    let (computer, computed) = use_computer();
    // Whether an answer was asked for the scenario on screen.
    let for_scenario =
        |asked: &Request, job: Job| asked.is(job, &scenario.measures, &scenario.params);
    let shows_attribution = shown.view.shows(ChartId::Attribution);
    // The drivers are shown in their chart and, as badges, on the controls.
    let wants_drivers = shown.view.shows(ChartId::Drivers) || controls_mode != Controls::Hidden;
    // Asked while the page renders, not after: the worker computes while the page draws.
    {
        let computer = computer.clone();
        use_memo(
            (scenario.clone(), *material, shows_attribution, *bands_kind),
            move |(scenario, material, shows_attribution, kind)| {
                let ask =
                    |job: Job| computer.ask(Request::of(job, &scenario.measures, &scenario.params));
                ask(Job::Bands(*material, *kind));
                if *shows_attribution {
                    ask(Job::Attribution(*material));
                }
            },
        );
    }
    {
        // Its own memo: a change of anything else (the bands shown, the attribution chart) must
        // not ask again, which would start a long job over.
        let computer = computer.clone();
        use_memo(
            (scenario.clone(), *material, wants_drivers),
            move |(scenario, material, wants_drivers)| {
                if *wants_drivers {
                    computer.ask_when_rested(Request::of(
                        Job::Sensitivity(*material),
                        &scenario.measures,
                        &scenario.params,
                    ));
                }
            },
        );
    }
    {
        // The ranges are of every material: a new material on screen does not ask again.
        let computer = computer.clone();
        use_memo((scenario.clone(), *bands_kind), move |(scenario, kind)| {
            computer.ask(Request::of(
                Job::Ranges(*kind),
                &scenario.measures,
                &scenario.params,
            ))
        });
    }
    {
        let computer = computer.clone();
        use_effect_with((compare.clone(), *bands_kind), move |(compare, kind)| {
            if let Some(other) = compare {
                computer.ask(Request::of(
                    Job::CompareRanges(*kind),
                    &other.measures,
                    &other.params,
                ));
            }
        });
    }
    {
        // The checks are of what happened, at the scenario's assumptions: its measures do not
        // matter. The panel is on the full page only.
        let computer = computer.clone();
        use_memo(
            (scenario.params.clone(), embedded),
            move |(params, embedded)| {
                if !*embedded {
                    computer.ask_when_rested(Request::of(
                        Job::Checks,
                        &Measures::default(),
                        params,
                    ));
                }
            },
        );
    }
    // The first screen first: the first render makes the headline figures and the lead-time chart;
    // the other charts, the panels below them and (on a phone, where they wait in a closed sheet)
    // the controls follow in the task after it is painted.
    let first_screen = use_state_eq(|| false);
    {
        let shown = first_screen.setter();
        use_effect_with((), move |()| after_next_paint(move || shown.set(true)));
    }
    let first_screen_shown = *first_screen;
    // What the runs are of: the charts are drawn again when it changes.
    let runs = (scenario.clone(), compare.clone(), before.clone());
    let run_cache = use_mut_ref(RunCache::default);
    let outputs = use_memo(runs.clone(), {
        let run_cache = run_cache.clone();
        move |(scenario, compare, before)| {
            compute(&run_cache, scenario, compare.as_ref(), before.as_ref())
        }
    });
    // The material's bands: the scenario's own, else an earlier scenario's (or the other kind's),
    // faded; with the kind they are of (the kind asked for while there are none).
    let bands_now = computed
        .bands
        .as_ref()
        .and_then(|(asked, bands)| match asked.job {
            Job::Bands(m, kind) if m == *material => Some((
                bands.clone(),
                !for_scenario(asked, Job::Bands(*material, *bands_kind)),
                kind,
            )),
            _ => None,
        });
    let band_kind = bands_now.as_ref().map_or(*bands_kind, |(_, _, kind)| *kind);
    // The lead-time chart is drawn first; the other charts once the first screen is painted.
    let lead_time = {
        let outputs = outputs.clone();
        use_memo(
            (
                runs.clone(),
                bands_now.clone(),
                band_kind,
                *material,
                width,
                tr,
            ),
            move |(_, bands, kind, material, width, tr)| {
                let shown = bands.as_ref().map(|(bands, stale, _)| BandsShown {
                    bands,
                    stale: *stale,
                    kind: *kind,
                });
                draw_charts(
                    &outputs,
                    shown,
                    *kind,
                    Part::LeadTime,
                    *material,
                    *width,
                    *tr,
                )
            },
        )
    };
    let other_banded = {
        let outputs = outputs.clone();
        use_memo(
            (
                runs.clone(),
                bands_now,
                band_kind,
                *material,
                width,
                tr,
                first_screen_shown,
            ),
            move |(_, bands, kind, material, width, tr, shown_yet)| {
                let shown = bands.as_ref().map(|(bands, stale, _)| BandsShown {
                    bands,
                    stale: *stale,
                    kind: *kind,
                });
                if *shown_yet {
                    draw_charts(
                        &outputs,
                        shown,
                        *kind,
                        Part::OtherBanded,
                        *material,
                        *width,
                        *tr,
                    )
                } else {
                    Vec::new()
                }
            },
        )
    };
    let supply = {
        let outputs = outputs.clone();
        use_memo(
            (runs, *material, width, tr, first_screen_shown),
            move |(_, material, width, tr, shown_yet)| {
                if *shown_yet {
                    draw_charts(
                        &outputs,
                        None,
                        BandKind::default(),
                        Part::Supply,
                        *material,
                        *width,
                        *tr,
                    )
                } else {
                    Vec::new()
                }
            },
        )
    };
    // In the order of ChartId::ALL: lead time, exports, supply, inventory.
    let charts: Rc<Vec<_>> = Rc::new(
        lead_time
            .iter()
            .chain(other_banded.iter().take(1))
            .chain(supply.iter())
            .chain(other_banded.iter().skip(1))
            .cloned()
            .collect(),
    );
    let attribution_done = computed
        .attribution
        .as_ref()
        .filter(|(asked, _)| for_scenario(asked, Job::Attribution(*material)))
        .map(|(_, attribution)| attribution.clone());
    let attribution_now = use_memo((attribution_done, width, tr), |(attribution, width, tr)| {
        attribution
            .as_ref()
            .map(|attribution| draw_attribution(attribution, *width, *tr))
    });
    let attribution_now = (*attribution_now).clone();
    let sensitivity_done = computed
        .sensitivity
        .as_ref()
        .filter(|(asked, _)| for_scenario(asked, Job::Sensitivity(*material)))
        .map(|(_, result)| result.clone());
    let drivers_progress = computed
        .sensitivity_progress
        .as_ref()
        .filter(|(asked, _)| for_scenario(asked, Job::Sensitivity(*material)))
        .map(|(_, progress)| *progress);
    let drivers_now = use_memo(
        (sensitivity_done.clone(), *drivers_figure, width, tr),
        |(result, figure, width, tr)| {
            result
                .as_ref()
                .map(|result| draw_drivers(result, *figure, *width, *tr))
        },
    );
    let drivers_now = (*drivers_now).clone();
    // The badges and the sort by influence keep the material's latest drivers while new ones are
    // computed, so that the controls do not jump under a slider being moved.
    let latest_drivers = computed
        .sensitivity
        .as_ref()
        .filter(|(asked, _)| asked.job == Job::Sensitivity(*material))
        .map(|(_, result)| result.clone());
    let drivers = use_memo((latest_drivers, *drivers_figure), |(result, figure)| {
        result
            .as_ref()
            .map(|result| Rc::new(Drivers::of(result, *figure)))
    });
    let drivers = (*drivers).clone();
    // The latest checks, and whether they are of the assumptions on screen.
    let checks_now = computed.checks.as_ref().map(|(asked, report)| {
        (
            report.clone(),
            asked.is(Job::Checks, &Measures::default(), &scenario.params),
        )
    });
    let ess = checks_now
        .as_ref()
        .filter(|(_, current)| *current)
        .map(|(report, _)| report.weights.ess);
    let on_bands = {
        let kind = bands_kind.setter();
        use_callback((), move |chosen: BandKind, ()| kind.set(chosen))
    };
    let on_drivers_figure = {
        let figure = drivers_figure.setter();
        use_callback((), move |chosen: Figure, ()| figure.set(chosen))
    };
    let ranges_now = computed
        .ranges
        .as_ref()
        .filter(|(asked, _)| for_scenario(asked, Job::Ranges(*bands_kind)))
        .map(|(_, ranges)| ranges.clone());
    let compare_ranges_now = computed
        .compare_ranges
        .as_ref()
        .zip(compare.as_ref())
        .filter(|((asked, _), other)| {
            asked.is(
                Job::CompareRanges(*bands_kind),
                &other.measures,
                &other.params,
            )
        })
        .map(|((_, ranges), _)| ranges.clone());

    // "Download data (CSV)": the bands of every material come from the worker; the file is written
    // when they are in for the scenario on screen (at once if they already are).
    let csv_wanted = use_mut_ref(|| None::<(Scenario, BandKind)>);
    let on_csv = {
        let (computer, csv_wanted, runs) =
            (computer.clone(), csv_wanted.clone(), run_cache.clone());
        let scenario = scenario.clone();
        let kind = *bands_kind;
        let ready = computed
            .all_bands
            .as_ref()
            .filter(|(done, _)| for_scenario(done, Job::AllBands(*bands_kind)))
            .map(|(_, bands)| bands.clone());
        Callback::from(move |()| match &ready {
            Some(bands) => write_csv(&runs, &scenario, bands, kind, tr),
            None => {
                *csv_wanted.borrow_mut() = Some((scenario.clone(), kind));
                computer.ask(Request::of(
                    Job::AllBands(kind),
                    &scenario.measures,
                    &scenario.params,
                ));
            }
        })
    };
    {
        let (wanted, runs) = (csv_wanted.clone(), run_cache.clone());
        let all_bands = computed.all_bands.clone();
        use_effect_with((all_bands, tr), move |(all_bands, tr)| {
            let asked = wanted.borrow().clone();
            // The file is of the scenario shown when the button was pressed.
            if let (Some((done, bands)), Some((scenario, kind))) = (all_bands, asked) {
                if done.is(Job::AllBands(kind), &scenario.measures, &scenario.params) {
                    *wanted.borrow_mut() = None;
                    write_csv(&runs, &scenario, bands, kind, *tr);
                }
            }
        });
    }

    // Callbacks are made once, so the controls re-render only when their own values change.
    // An edit is applied once the next frame is painted, so that the control answers at once and
    // the model, the charts and the figures follow in the frame after. Edits made meanwhile (a
    // slider moved faster than frames are painted) are applied together, the last value of a
    // control only.
    let edit = {
        let settle = settle_edits.clone();
        move |action: Action| {
            let mut waiting = waiting_edits.borrow_mut();
            let first = waiting.is_empty();
            match (waiting.last_mut(), &action) {
                (Some(Action::SetParam(last, _)), Action::SetParam(param, _)) if last == param => {
                    *waiting.last_mut().unwrap() = action;
                }
                (Some(Action::SetChanges(last, _)), Action::SetChanges(measure, _))
                    if last == measure =>
                {
                    *waiting.last_mut().unwrap() = action;
                }
                _ => waiting.push(action),
            }
            if first {
                let settle = settle.clone();
                after_next_paint(move || {
                    settle(true);
                });
            }
        }
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
        let flush_edits = flush_edits.clone();
        use_callback((), move |action: WorkspaceAction, ()| {
            flush_edits();
            dispatcher.dispatch(action.into())
        })
    };
    let on_hypothesis = {
        let edit = edit.clone();
        use_callback((), move |hypothesis: Hypothesis, ()| {
            edit(Action::SetParams(hypothesis.values()))
        })
    };
    let on_reset_params = use_callback((), move |(), ()| edit(Action::ResetParams));
    let on_select = {
        let material = material.setter();
        use_callback((), move |m: Material, ()| material.set(m))
    };
    let on_language = {
        let lang = lang.setter();
        use_callback((), move |chosen: Lang, ()| lang.set(chosen))
    };
    let on_sheet = {
        let sheet_open = sheet_open.setter();
        use_callback((), move |open: bool, ()| sheet_open.set(open))
    };
    let on_dismiss = {
        let notices = notices.setter();
        Callback::from(move |()| notices.set(None))
    };

    let editable = controls_mode == Controls::Shown;
    let full_page = embedded.then(|| {
        AttrValue::from(page_url(
            &codec::shareable(&shareable).unwrap_or_else(|_| encode(&shareable.scenario)),
        ))
    });
    // The attribution and drivers charts (or the notes that they are being computed) come with the
    // other charts.
    // Whether the page shows the lesson step's scenario as the step set it: the answer's range is
    // the page's then.
    let shows_lesson_step = (*step_link)
        .as_ref()
        .is_some_and(|link| link.scenario == scenario);
    let hidden_now = if lesson.is_some() {
        *hidden
    } else {
        Hidden::default()
    };
    let shown_charts: Vec<ChartId> = ChartId::ALL
        .into_iter()
        .filter(|chart| shown.view.shows(*chart))
        .filter(|chart| {
            first_screen_shown || !matches!(chart, ChartId::Attribution | ChartId::Drivers)
        })
        .collect();

    let figures = html! {
        <>
            <HeadlineCards headlines={outputs.headlines.clone()}
                           before={outputs.before.as_ref().map(|(_, figures)| figures.clone())}
                           ranges={ranges_now.clone()} bands={*bands_kind} selected={*material} {on_select} />
            <LastChange effects={outputs.effects.clone()} selected={*material} />
        </>
    };
    let page = html! {
        <div class={classes!("app", embedded.then_some("embedded"), (controls_mode == Controls::Hidden).then_some("no-controls"), sheet_open.then_some("sheet-open"))}>
            <a class="skip-link" href="#results" data-action="skip-results">{ tr.t("skip-results") }</a>
            if controls_mode != Controls::Hidden {
                <a class="skip-link" href="#controls" data-action="skip-controls"
                   onclick={{ let on_sheet = on_sheet.clone(); Callback::from(move |_: MouseEvent| if is_sheet() { on_sheet.emit(true) }) }}>{ tr.t("skip-controls") }</a>
            }
            <Masthead lang={*lang} on_language={on_language} {full_page} />
            <main id="main">
                if let Some(notice) = &*notices {
                    <NoticeBanner notice={notice.clone()} on_dismiss={on_dismiss} />
                }
                if *invite {
                    <StoryInvite on_story={on_story.clone()} on_dismiss={on_invite_dismiss} />
                }
                if editable {
                    <div class="command-bar">
                        <PresetBar active={scenario.matching_preset()} on_preset={on_preset} on_story={on_story} />
                        <Toolbar {can_undo} {can_redo}
                                 on_undo={on_undo} on_redo={on_redo}
                                 link={(!embedded).then(|| (*shareable).clone())}
                                 on_load={on_load} on_load_saved={on_load_saved}
                                 on_lesson_open={on_lesson_open} {on_lesson_show} on_csv={on_csv} />
                    </div>
                }
                <div class="workbench">
                    if controls_mode != Controls::Hidden && (first_screen_shown || !is_sheet()) {
                        <ControlsSheet scenario={scenario.clone()} {editable} open={*sheet_open} drivers={drivers}
                                       on_open={on_sheet.clone()} on_changes={on_changes} on_param={on_param}
                                       on_reset_params={on_reset_params} />
                    }
                    <section id="results" class="results" aria-label={tr.t("results-label")} tabindex="-1">
                        if let (Some(Some(Ok(found))), Some((raw, step))) = (Some(&*parsed_lesson), &*lesson) {
                            <LessonPanel lesson={found.clone()} raw={AttrValue::from(raw.clone())} step={*step} on_step={on_lesson_step}
                                         on_close={on_lesson_close} page_complete={first_screen_shown}
                                         ranges={ranges_now.clone()} bands={*bands_kind}
                                         shows_step={shows_lesson_step} on_hidden={on_hidden}
                                         on_open_controls={on_sheet.reform(|()| true)} />
                        }
                        // An embedded page opens on its chart: the figures follow it.
                        if !embedded { { figures.clone() } }
                        <ChartPanel charts={charts} attribution={attribution_now}
                                    drivers={drivers_now} {drivers_progress}
                                    bands={*bands_kind} on_bands={on_bands} {ess}
                                    drivers_figure={*drivers_figure} on_drivers_figure={on_drivers_figure}
                                    shows={shown_charts} link={shareable.clone()} />
                        if embedded { { figures } }
                        if first_screen_shown {
                        <WhatChanged effects={outputs.effects.clone()} findings={outputs.findings.clone()}
                                     ranges={ranges_now.clone()} />
                        <ComparePanel scenario={scenario.clone()} compare={compare.clone()}
                                      headlines={outputs.headlines.clone()}
                                      compare_headlines={outputs.compare.as_ref().map(|(_, figures, _)| figures.clone())}
                                      ranges={ranges_now} compare_ranges={compare_ranges_now}
                                      on_action={on_compare} editable={editable && !embedded} />
                        }
                    </section>
                </div>
                if !embedded && first_screen_shown {
                    <ModelChecks report={checks_now.clone()} on_hypothesis={editable.then_some(on_hypothesis)}
                                 in_use={Hypothesis::of(&scenario.params)} />
                    <AboutModel />
                }
            </main>
            if !embedded && first_screen_shown {
                <footer class="site-footer">
                    <p>{ tr.t("footer") }</p>
                </footer>
            }
        </div>
    };
    html! {
        <ContextProvider<Tr> context={tr}>
            <ContextProvider<EditsApplied> context={(*edits_applied).clone()}>
                <ContextProvider<Hidden> context={hidden_now}>{ page }</ContextProvider<Hidden>>
            </ContextProvider<EditsApplied>>
        </ContextProvider<Tr>>
    }
}

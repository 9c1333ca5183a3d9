//! Teaching mode: the lesson panel (a step's text, the control and chart to look at, back, next,
//! jump, and "predict, then reveal" questions) and the writer that records the scenario on screen
//! as the steps of a new lesson.

use super::browser::download;
use super::results::{days, tonnes};
use super::use_tr;
use super::what_changed::range_note;
use crate::i18n::{guess_problem, isolate, lesson_error, names, whole, Lang, Tr};
use crate::model::params::find_param;
use crate::model::summary::headlines;
use crate::model::uncertainty::{headline_ranges, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::model::{simulate, Material, MeasureId, Measures};
use crate::scenario::encode_link;
use crate::scenario::lesson::{
    how_far, in_language, parse, read_guess, written, Figure, GuessProblem, Lesson, LessonError,
    Question, Step, Texts, MAX_LESSON_BYTES, MAX_STEPS,
};
use crate::scenario::view::{ChartId, Link};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A figure in words: "81 days", "137,266 t", "18%".
fn figure_text(tr: Tr, figure: Figure, value: f64) -> String {
    match figure {
        Figure::PeakLeadTimeDays | Figure::LicenceWait2020Days => days(tr, value),
        Figure::ExportsLostT => tonnes(tr, value),
        Figure::JpShareEndPercent => tr.with("percent", &[("value", whole(value).into())]),
    }
}

fn figure_name(tr: Tr, figure: Figure) -> String {
    tr.t(match figure {
        Figure::PeakLeadTimeDays => "figure-peak",
        Figure::ExportsLostT => "figure-exports-lost",
        Figure::JpShareEndPercent => "figure-jp-share",
        Figure::LicenceWait2020Days => "figure-licence-wait-2020",
    })
}

/// Whether a number field holds text it cannot read as a number (its value is then empty).
fn bad_input(input: &HtmlInputElement) -> bool {
    js_sys::Reflect::get(input, &"validity".into())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()))
        .is_ok_and(|bad| bad.is_truthy())
}

/// The model's answer to a step's question: the figure of its scenario, and its p10–p90 range
/// over the assumptions-only draws (200, counted equally; the page's headline figures default to
/// the calibrated ranges, which take the worker's 800 history runs and are not computed here).
fn answer(step: &Step, question: &Question) -> (f64, f64, f64) {
    let scenario = step.scenario().scenario;
    let run = simulate(&scenario.measures, &scenario.params);
    let base = simulate(&Measures::default(), &scenario.params);
    let figure = question.figure();
    let material = question.material();
    let ranges = headline_ranges(
        &scenario.measures,
        &scenario.params,
        DEFAULT_DRAWS,
        DEFAULT_SEED,
    );
    let (low, high) = ranges.of(material);
    (
        figure.of(&headlines(&run, &base)[material.index()]),
        figure.of(low),
        figure.of(high),
    )
}

/// Marks the step's control and chart on the page (and opens the group of a parameter), so that
/// the reader sees where to look.
fn highlight(step: &Step) {
    let document = gloo::utils::document();
    if let Ok(marked) = document.query_selector_all(".lesson-highlight") {
        for index in 0..marked.length() {
            if let Some(element) = marked
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.class_list().remove_1("lesson-highlight");
            }
        }
    }
    let mut selectors = Vec::new();
    if let Some(control) = &step.control {
        if let Some(view) = find_param(control) {
            if let Ok(Some(group)) =
                document.query_selector(&format!("details[data-group=\"{}\"]", view.group.id()))
            {
                let _ = group.set_attribute("open", "");
            }
            selectors.push(format!("[data-param=\"{control}\"]"));
        } else {
            selectors.push(format!("fieldset[data-measure=\"{control}\"]"));
        }
    }
    if let Some(chart) = step.chart() {
        selectors.push(format!("figure[data-chart=\"{}\"]", chart.id()));
    }
    for selector in selectors {
        if let Ok(Some(element)) = document.query_selector(&selector) {
            let _ = element.class_list().add_1("lesson-highlight");
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonPanelProps {
    pub lesson: Rc<Lesson>,
    /// The step shown, counted from 1.
    pub step: usize,
    pub on_step: Callback<usize>,
    pub on_close: Callback<()>,
    /// Whether the whole page is drawn: on opening, the charts below the first and a phone's
    /// controls come after the first screen, and are marked once they are there.
    #[prop_or(true)]
    pub page_complete: bool,
}

#[component]
pub fn LessonPanel(props: &LessonPanelProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let count = props.lesson.steps.len();
    let number = props.step.clamp(1, count);
    let step = props.lesson.steps[number - 1].clone();
    // The reader's guess (or why it cannot be taken) and whether the answer is shown, for the step
    // on screen.
    let guess = use_state(|| None::<Result<f64, GuessProblem>>);
    let revealed = use_state(|| false);
    // The model's answer and its range, computed once when revealed (the range reruns the model
    // for every draw; a later render of the panel does not).
    let answered = use_state(|| None::<(f64, f64, f64)>);
    {
        let (guess, revealed, answered) = (guess.clone(), revealed.clone(), answered.clone());
        let step = step.clone();
        use_effect_with((props.lesson.clone(), number), move |_| {
            guess.set(None);
            revealed.set(false);
            answered.set(None);
            // After this render, and again once a parameter's group has been built.
            highlight(&step);
            let later = gloo::timers::callback::Timeout::new(50, move || highlight(&step));
            move || drop(later)
        });
    }
    {
        let step = step.clone();
        use_effect_with(props.page_complete, move |complete| {
            if *complete {
                highlight(&step);
            }
        });
    }
    let go = |to: usize| {
        let on_step = props.on_step.clone();
        Callback::from(move |_: MouseEvent| on_step.emit(to))
    };
    let on_jump = {
        let on_step = props.on_step.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(n) = select.value().parse::<usize>() {
                on_step.emit(n);
            }
        })
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    let looks: Vec<String> = step
        .measure()
        .map(|m| names::measure(lang, m))
        .into_iter()
        .chain(
            step.control
                .as_deref()
                .and_then(find_param)
                .map(|view| names::param(lang, view)),
        )
        .chain(step.chart().map(|c| names::chart(lang, c)))
        .collect();

    let question = step.question.clone().map(|question| {
        let on_guess = {
            let guess = guess.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let value = input.value();
                // A number field gives no value for what it cannot read as a number.
                guess.set(if value.is_empty() && bad_input(&input) {
                    Some(Err(GuessProblem::NotNumber))
                } else {
                    read_guess(&value)
                });
            })
        };
        let on_reveal = {
            let (revealed, answered) = (revealed.clone(), answered.clone());
            let (step, question) = (step.clone(), question.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                answered.set(Some(answer(&step, &question)));
                revealed.set(true);
            })
        };
        let figure = question.figure();
        let taken = match *guess {
            Some(Ok(value)) => Some(value),
            _ => None,
        };
        let problem = match *guess {
            Some(Err(problem)) => Some(guess_problem(lang, problem)),
            _ => None,
        };
        let result = (*answered).map(|(model, low, high)| {
            let guessed = taken.unwrap_or(0.0);
            let (off, share) = how_far(guessed, model);
            let range = range_note(tr, low, high, |v| figure_text(tr, figure, v));
            tr.with(
                "lesson-answer",
                &[
                    ("answer", format!("{} {range}", figure_text(tr, figure, model)).into()),
                    ("guess", figure_text(tr, figure, guessed).into()),
                    ("off", figure_text(tr, figure, off.abs()).into()),
                    (
                        "percent",
                        share.map_or_else(|| "–".to_string(), |s| whole(100.0 * s.abs())).into(),
                    ),
                ],
            )
        });
        html! {
            <form class="lesson-question" onsubmit={on_reveal}>
                <p dir="auto"><strong>{ in_language(&question.prompt, lang).to_string() }</strong></p>
                <label for="lesson-guess">{ tr.t("lesson-guess") }</label>
                <input id="lesson-guess" type="number" step="any" required=true oninput={on_guess}
                       disabled={*revealed} data-field="guess"
                       aria-invalid={problem.is_some().then_some("true")}
                       aria-describedby={problem.is_some().then_some("lesson-guess-problem")} />
                <button type="submit" data-action="reveal" disabled={*revealed || taken.is_none()}>{ tr.t("lesson-reveal") }</button>
                if let Some(problem) = problem {
                    <p id="lesson-guess-problem" class="lesson-guess-problem" role="status" data-field="guess-problem">{ problem }</p>
                }
                if let Some(result) = result {
                    <p class="lesson-answer" role="status" data-field="answer">{ result }</p>
                }
            </form>
        }
    });

    html! {
        <section class="lesson" aria-labelledby="lesson-title" data-step={number.to_string()}>
            <p class="lesson-name">
                { tr.t("lesson-label") }{ ": " }<bdi>{ in_language(&props.lesson.title, lang).to_string() }</bdi>
                <button type="button" class="lesson-close" data-action="close-lesson" onclick={on_close}>{ tr.t("lesson-close") }</button>
            </p>
            <h2 id="lesson-title">
                <span class="lesson-count">{ tr.with("lesson-step-of", &[("n", number.to_string().into()), ("count", count.to_string().into())]) }</span>
                { " " }<bdi>{ in_language(&step.title, lang).to_string() }</bdi>
            </h2>
            <p class="lesson-text" dir="auto">{ in_language(&step.text, lang).to_string() }</p>
            if !looks.is_empty() {
                <p class="help">{ tr.with("lesson-look", &[("what", looks.join(if lang == Lang::En { "; " } else { "、" }).into())]) }</p>
            }
            { for question }
            <nav class="lesson-nav" aria-label={tr.t("lesson-label")}>
                <button type="button" data-action="lesson-back" disabled={number == 1} onclick={go(number - 1)}>{ tr.t("lesson-back") }</button>
                <label for="lesson-jump" class="visually-hidden">{ tr.t("lesson-jump") }</label>
                <select id="lesson-jump" onchange={on_jump} data-action="lesson-jump">
                    { for props.lesson.steps.iter().enumerate().map(|(i, s)| html! {
                        <option value={(i + 1).to_string()} selected={i + 1 == number}>
                            { format!("{}. {}", i + 1, isolate(in_language(&s.title, lang))) }
                        </option>
                    }) }
                </select>
                <button type="button" data-action="lesson-next" disabled={number == count} onclick={go(number + 1)}>{ tr.t("lesson-next") }</button>
            </nav>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonWriterProps {
    /// What the page shows: the scenario a recorded step keeps.
    pub link: Link,
    /// Opens a lesson (its JSON), or reports why a loaded file is not one.
    pub on_open: Callback<Result<String, LessonError>>,
}

fn one(lang: Lang, text: &str) -> Texts {
    let mut texts = Texts::new();
    if !text.trim().is_empty() {
        texts.insert(lang.id().to_string(), text.trim().to_string());
    }
    texts
}

fn field_value(id: &str) -> String {
    let document = gloo::utils::document();
    let Some(element) = document.get_element_by_id(id) else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Why the writer did not do what was asked: a step it did not add, or a lesson it did not
/// download or open, because the page would refuse the result.
#[derive(Clone, Debug, PartialEq)]
enum WriterRefusal {
    Add(LessonError),
    Keep(LessonError),
}

/// Records steps from the scenario on screen into a lesson that can be downloaded and opened. The
/// lesson never grows beyond what the page reads: at [`MAX_STEPS`] steps "Add" is disabled, and a
/// step that would make the lesson too large (to read, or to carry in a link) is not added.
#[component]
pub fn LessonWriter(props: &LessonWriterProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let steps = use_state(Vec::<Step>::new);
    let ask = use_state(|| false);
    let refusal = use_state(|| None::<WriterRefusal>);
    let full = steps.len() >= MAX_STEPS;

    // The lesson of these steps, titled by the title field (else the page's word for lesson).
    let lesson = {
        move |steps: Vec<Step>| {
            let title = field_value("writer-title");
            let mut lesson = Lesson::new(one(
                lang,
                &if title.trim().is_empty() {
                    tr.t("lesson-label")
                } else {
                    title
                },
            ));
            lesson.steps = steps;
            lesson
        }
    };
    let on_add = {
        let (steps, ask, link, refusal) = (
            steps.clone(),
            ask.clone(),
            props.link.clone(),
            refusal.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if steps.len() >= MAX_STEPS {
                return;
            }
            let mut shown = link.clone();
            shown.view.embed = None;
            shown.view.lang = None;
            shown.view.lesson = None;
            let optional = |id: &str| Some(field_value(id)).filter(|v| !v.is_empty());
            let question = (*ask).then(|| Question {
                prompt: one(lang, &field_value("writer-prompt")),
                material: field_value("writer-material"),
                figure: field_value("writer-figure"),
            });
            let title = field_value("writer-step-title");
            let step = Step {
                title: one(
                    lang,
                    if title.trim().is_empty() {
                        "…"
                    } else {
                        &title
                    },
                ),
                text: one(lang, &field_value("writer-step-text")),
                link: encode_link(&shown),
                control: optional("writer-control"),
                chart: optional("writer-chart"),
                question: question.filter(|q| !q.prompt.is_empty()),
            };
            let mut next = (*steps).clone();
            next.push(step);
            match written(&lesson(next.clone())) {
                Ok(_) => {
                    steps.set(next);
                    refusal.set(None);
                }
                Err(error) => refusal.set(Some(WriterRefusal::Add(error))),
            }
        })
    };
    let on_ask = {
        let ask = ask.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            ask.set(input.checked());
        })
    };
    // The lesson as it is kept, or why the page would refuse it (a long title can still tip it).
    let kept = {
        let (steps, refusal, lesson) = (steps.clone(), refusal.clone(), lesson);
        move || match written(&lesson((*steps).clone())) {
            Ok(json) => {
                refusal.set(None);
                Some(json)
            }
            Err(error) => {
                refusal.set(Some(WriterRefusal::Keep(error)));
                None
            }
        }
    };
    let on_download = {
        let kept = kept.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = kept() {
                download("chokepoint-lesson.json", "application/json", &json);
            }
        })
    };
    let on_open_lesson = {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = kept() {
                on_open.emit(Ok(json));
            }
        })
    };
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let on_file = {
        let on_open = props.on_open.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(chosen) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if chosen.size() > MAX_LESSON_BYTES as f64 {
                on_open.emit(Err(LessonError::TooLarge {
                    bytes: chosen.size() as usize,
                    max: MAX_LESSON_BYTES,
                }));
                return;
            }
            let on_open = on_open.clone();
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::Blob::from(chosen), move |text| {
                    on_open.emit(match text {
                        Ok(text) => parse(&text).map(|_| text),
                        Err(error) => Err(LessonError::Unreadable {
                            reason: error.to_string(),
                        }),
                    });
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    let refusal_text = (*refusal).as_ref().map(|refusal| match refusal {
        WriterRefusal::Add(error) => tr.with(
            "lesson-writer-refused",
            &[("reason", lesson_error(lang, error).into())],
        ),
        WriterRefusal::Keep(error) => tr.with(
            "lesson-writer-not-kept",
            &[("reason", lesson_error(lang, error).into())],
        ),
    });

    html! {
        <details class="lesson-writer" data-panel="lesson-writer">
            <summary>{ tr.t("lesson-writer") }</summary>
            <div class="popover">
            <p class="help">{ tr.t("lesson-writer-help") }</p>
            <label class="load">{ tr.t("lesson-load") }
                <input type="file" accept=".json,application/json" data-action="load-lesson" onchange={on_file} />
            </label>
            <form class="writer-form" onsubmit={on_add}>
                <label for="writer-title">{ tr.t("lesson-title-field") }</label>
                <input id="writer-title" type="text" maxlength="200" />
                <label for="writer-step-title">{ tr.t("lesson-step-title") }</label>
                <input id="writer-step-title" type="text" maxlength="200" />
                <label for="writer-step-text">{ tr.t("lesson-step-text") }</label>
                <textarea id="writer-step-text" rows="3" maxlength="4000" />
                <label for="writer-control">{ tr.t("lesson-control") }</label>
                <select id="writer-control">
                    <option value="">{ tr.t("lesson-none") }</option>
                    { for MeasureId::ALL.into_iter().map(|m| html! { <option value={m.id()}>{ names::measure(lang, m) }</option> }) }
                </select>
                <label for="writer-chart">{ tr.t("lesson-chart") }</label>
                <select id="writer-chart">
                    <option value="">{ tr.t("lesson-none") }</option>
                    { for ChartId::ALL.into_iter().map(|c| html! { <option value={c.id()}>{ names::chart(lang, c) }</option> }) }
                </select>
                <label class="writer-ask"><input type="checkbox" checked={*ask} onchange={on_ask} data-field="ask" />{ tr.t("lesson-ask") }</label>
                if *ask {
                    <label for="writer-prompt">{ tr.t("lesson-prompt") }</label>
                    <input id="writer-prompt" type="text" maxlength="400" />
                    <label for="writer-material">{ tr.t("lesson-material") }</label>
                    <select id="writer-material">
                        { for Material::ALL.into_iter().map(|m| html! { <option value={m.id()}>{ names::material(lang, m) }</option> }) }
                    </select>
                    <label for="writer-figure">{ tr.t("lesson-figure") }</label>
                    <select id="writer-figure">
                        { for Figure::ALL.into_iter().map(|f| html! { <option value={f.id()}>{ figure_name(tr, f) }</option> }) }
                    </select>
                }
                <button type="submit" data-action="add-step" disabled={full}
                        aria-describedby={full.then_some("writer-full")}>{ tr.t("lesson-add") }</button>
                if full {
                    <p id="writer-full" class="help" data-field="writer-full">
                        { tr.with("lesson-writer-full", &[("max", MAX_STEPS.to_string().into())]) }
                    </p>
                }
            </form>
            if let Some(text) = refusal_text {
                <p class="writer-refusal" role="status" data-field="writer-refusal">{ text }</p>
            }
            <p>{ tr.with("lesson-steps-count", &[("count", steps.len().into())]) }</p>
            <ol class="writer-steps">
                { for steps.iter().enumerate().map(|(index, step)| {
                    let on_remove = {
                        let (steps, refusal) = (steps.clone(), refusal.clone());
                        Callback::from(move |_: MouseEvent| {
                            let mut next = (*steps).clone();
                            next.remove(index);
                            steps.set(next);
                            refusal.set(None);
                        })
                    };
                    html! {
                        <li>
                            <bdi>{ in_language(&step.title, lang).to_string() }</bdi>
                            <button type="button" class="remove" onclick={on_remove}
                                    aria-label={tr.with("lesson-remove", &[("n", (index + 1).to_string().into())])}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ol>
            if !steps.is_empty() {
                <div class="writer-actions">
                    <button type="button" data-action="download-lesson" onclick={on_download}>{ tr.t("lesson-download") }</button>
                    <button type="button" data-action="open-lesson" onclick={on_open_lesson}>{ tr.t("lesson-open") }</button>
                </div>
            }
            </div>
        </details>
    }
}

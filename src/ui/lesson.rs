//! Teaching mode: the lesson panel (a step's text, links that take the reader to the control and
//! chart to look at, back, next, jump, "predict, then reveal" questions, a QR code of the step and
//! a printed handout) and the writer, which records the scenario on screen as the steps of a
//! lesson, loads a lesson to go on editing it, and edits, reorders and previews its steps.

use super::app::{compute, RunCache};
use super::browser::{after_next_paint, download, page_url};
use super::controls_sheet::is_sheet;
use super::messages::announce;
use super::qr::QrButton;
use super::results::{days, draw_charts, tonnes, Part};
use super::spoiler::Hidden;
use super::use_tr;
use super::what_changed::range_note;
use crate::charts::qr::qr_svg;
use crate::i18n::{guess_problem, isolate, lesson_error, names, whole, Lang, Tr};
use crate::model::params::{find_param, ParamView};
use crate::model::uncertainty::{BandKind, HeadlineRanges};
use crate::model::{Material, MeasureId};
use crate::scenario::codec::{encode, shareable};
use crate::scenario::encode_link;
use crate::scenario::lesson::{
    explained, how_far, in_language, parse, read_guess, written, Answer, Figure, GuessProblem,
    Lesson, LessonError, Question, Step, Texts, MAX_LESSON_BYTES, MAX_STEPS,
};
use crate::scenario::message::{answered_message, Answered};
use crate::scenario::view::{ChartId, Link};
use crate::scenario::Preset;
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

/// The unit a guess is written in: days, tonnes or percent.
fn figure_unit(tr: Tr, figure: Figure) -> String {
    tr.t(match figure {
        Figure::PeakLeadTimeDays | Figure::LicenceWait2020Days => "unit-days",
        Figure::ExportsLostT => "unit-tonnes",
        Figure::JpShareEndPercent => "unit-percent",
    })
}

/// Whether a number field holds text it cannot read as a number (its value is then empty).
fn bad_input(input: &HtmlInputElement) -> bool {
    js_sys::Reflect::get(input, &"validity".into())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()))
        .is_ok_and(|bad| bad.is_truthy())
}

/// Where a step asks the reader to look: a measure, a parameter or a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Look {
    Measure(MeasureId),
    Param(&'static ParamView),
    Chart(ChartId),
}

impl Look {
    /// What a step asks the reader to look at, in the order the page names them.
    pub(super) fn of(step: &Step) -> Vec<Look> {
        step.measure()
            .map(Look::Measure)
            .into_iter()
            .chain(
                step.control
                    .as_deref()
                    .and_then(find_param)
                    .map(Look::Param),
            )
            .chain(step.chart().map(Look::Chart))
            .collect()
    }

    pub(super) fn name(self, lang: Lang) -> String {
        match self {
            Look::Measure(measure) => names::measure(lang, measure),
            Look::Param(view) => names::param(lang, view),
            Look::Chart(chart) => names::chart(lang, chart),
        }
    }

    fn id(self) -> &'static str {
        match self {
            Look::Measure(measure) => measure.id(),
            Look::Param(view) => view.key,
            Look::Chart(chart) => chart.id(),
        }
    }

    fn in_controls(self) -> bool {
        !matches!(self, Look::Chart(_))
    }

    /// The element that takes the focus: the measure's first control, the parameter's slider, the
    /// chart's picture (or the chart itself where its picture cannot be focused).
    fn target(self) -> Option<web_sys::HtmlElement> {
        let document = gloo::utils::document();
        let find = |selector: &str| {
            document
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        match self {
            Look::Measure(measure) => find(&format!(
                "fieldset[data-measure=\"{0}\"] input, fieldset[data-measure=\"{0}\"] select",
                measure.id()
            )),
            Look::Param(view) => find(&format!("[data-param=\"{}\"] input", view.key)),
            Look::Chart(chart) => {
                let figure = format!("figure[data-chart=\"{}\"]", chart.id());
                find(&format!("{figure} .chart-picture[tabindex]")).or_else(|| {
                    let figure = find(&figure)?;
                    let _ = figure.set_attribute("tabindex", "-1");
                    Some(figure)
                })
            }
        }
    }
}

/// Takes the reader to what a step asks them to look at: opens the controls' sheet on a phone and
/// the parameter's group, then (once the target is built) scrolls it to the middle of the screen
/// and focuses it.
fn look_at(look: Look, open_controls: &Callback<()>) {
    if look.in_controls() && is_sheet() {
        open_controls.emit(());
    }
    if let Look::Param(view) = look {
        open_group(view);
    }
    thread_local! {
        // Counts "Look at" clicks: a later click stops the earlier one's waiting.
        static LOOKS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    fn attempt(look: Look, tries: u32, click: u32) {
        gloo::timers::callback::Timeout::new(50, move || {
            if LOOKS.with(std::cell::Cell::get) != click {
                return;
            }
            let sheet_ready = !look.in_controls() || !is_sheet() || sheet_in_place();
            match look.target().filter(|_| sheet_ready) {
                Some(target) => {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    target.scroll_into_view_with_scroll_into_view_options(&options);
                    let focus = web_sys::FocusOptions::new();
                    focus.set_prevent_scroll(true);
                    let _ = target.focus_with_options(&focus);
                }
                None if tries < 40 => attempt(look, tries + 1, click),
                None => {}
            }
        })
        .forget();
    }
    let click = LOOKS.with(|looks| {
        looks.set(looks.get().wrapping_add(1));
        looks.get()
    });
    attempt(look, 0, click);
}

/// Opens the group of controls a parameter is in (its controls are built when it first opens).
fn open_group(view: &ParamView) {
    let selector = format!("details[data-group=\"{}\"]", view.group.id());
    if let Ok(Some(group)) = gloo::utils::document().query_selector(&selector) {
        if let Some(details) = group.dyn_ref::<web_sys::HtmlDetailsElement>() {
            details.set_open(true);
        }
    }
}

/// Whether the phone's controls' sheet is open and has finished sliding in, so that what is
/// scrolled to inside it stays where it was put.
fn sheet_in_place() -> bool {
    let Ok(Some(sheet)) = gloo::utils::document().query_selector("#controls.open") else {
        return false;
    };
    gloo::utils::window()
        .get_computed_style(&sheet)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("transform").ok())
        .is_none_or(|transform| transform == "none")
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
            open_group(view);
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

/// A page address that opens a lesson at a step, if it is short enough for a link.
fn step_address(raw: &str, step: &Step, number: usize) -> Option<String> {
    let mut link = step.scenario();
    link.view.lesson = Some((raw.to_string(), number));
    shareable(&link).ok().map(|query| page_url(&query))
}

/// "Step 2 of 8: title" and the step's text, as the panel and the writer's preview show them.
fn step_heading(tr: Tr, step: &Step, number: usize, count: usize) -> Html {
    html! {
        <>
            <span class="lesson-count">{ tr.with("lesson-step-of", &[("n", number.to_string().into()), ("count", count.to_string().into())]) }</span>
            { " " }<bdi>{ in_language(&step.title, tr.0).to_string() }</bdi>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonPanelProps {
    pub lesson: Rc<Lesson>,
    /// The lesson as followed: `story`, or its JSON (for the step's link and QR code).
    pub raw: AttrValue,
    /// The step shown, counted from 1.
    pub step: usize,
    pub on_step: Callback<usize>,
    pub on_close: Callback<()>,
    /// Whether the whole page is drawn: on opening, the charts below the first and a phone's
    /// controls come after the first screen, and are marked once they are there.
    #[prop_or(true)]
    pub page_complete: bool,
    /// The page's likely ranges of the scenario on screen, once computed, and which they are.
    #[prop_or_default]
    pub ranges: Option<Rc<HeadlineRanges>>,
    #[prop_or_default]
    pub bands: BandKind,
    /// Whether the page shows the step's scenario as the step set it (not edited since).
    #[prop_or(true)]
    pub shows_step: bool,
    /// What the open question hides from the rest of the page (nothing once answered).
    #[prop_or_default]
    pub on_hidden: Callback<Hidden>,
    /// Opens the controls (the sheet, on a phone).
    #[prop_or_default]
    pub on_open_controls: Callback<()>,
}

/// Which question a guess or an answer belongs to: the lesson and its step.
type Asked = (Rc<Lesson>, usize);

/// The model's answer as shown: the figure, its range where the page has one, and the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Shown {
    answer: Answer,
    guess: f64,
}

#[component]
pub fn LessonPanel(props: &LessonPanelProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let count = props.lesson.steps.len();
    let number = props.step.clamp(1, count);
    let step = props.lesson.steps[number - 1].clone();
    // The reader's guess (or why it cannot be taken) and the answer once revealed, each kept
    // with the question it belongs to: on the first render of another step they are the old
    // step's, and are not shown or told. The answer is the model's deterministic run; it is
    // computed once, on reveal.
    let asked: Asked = (props.lesson.clone(), number);
    let guess = use_state_eq(|| None::<(Asked, Result<f64, GuessProblem>)>);
    let shown = use_state_eq(|| None::<(Asked, Shown)>);
    let guess_now = guess
        .as_ref()
        .filter(|(of, _)| *of == asked)
        .map(|(_, g)| *g);
    let shown_now = shown
        .as_ref()
        .filter(|(of, _)| *of == asked)
        .map(|(_, s)| *s);
    // The question whose answer the embedding page has been told, and the message waiting for
    // the answer's range (sent as it is if the reader moves on before the range is known).
    let announced = use_mut_ref(|| None::<Asked>);
    let waiting = use_mut_ref(|| None::<String>);
    let printing = use_state(|| false);
    {
        let (guess, shown) = (guess.clone(), shown.clone());
        let (announced, waiting) = (announced.clone(), waiting.clone());
        let step = step.clone();
        use_effect_with((props.lesson.clone(), number), move |_| {
            guess.set(None);
            shown.set(None);
            // A question answered again, after going back to it, is told again.
            *announced.borrow_mut() = None;
            // After this render, and again once a parameter's group has been built.
            highlight(&step);
            let later = gloo::timers::callback::Timeout::new(50, move || highlight(&step));
            move || {
                drop(later);
                if let Some(message) = waiting.borrow_mut().take() {
                    announce(&message);
                }
            }
        });
    }
    // Once printed, the handout leaves the page (a later print is of the page itself).
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "afterprint", move |_| {
                    printing.set(false)
                });
            move || drop(listener)
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
    // An open question hides its figure from the rest of the page until it is answered.
    {
        let hidden = match (&step.question, shown_now) {
            (Some(question), None) => Hidden(Some((question.material(), question.figure()))),
            _ => Hidden(None),
        };
        let on_hidden = props.on_hidden.clone();
        use_effect_with(hidden, move |hidden| on_hidden.emit(*hidden));
    }
    {
        let on_hidden = props.on_hidden.clone();
        use_effect_with((), move |()| move || on_hidden.emit(Hidden(None)));
    }
    // The range of the answer: the page's, while it shows the step's scenario.
    let range = step.question.as_ref().and_then(|question| {
        let ranges = props.ranges.as_ref().filter(|_| props.shows_step)?;
        let (low, high) = ranges.of(question.material());
        Some((question.figure().of(low), question.figure().of(high)))
    });
    // Once answered (and the range is known, or cannot be given), the embedding page is told.
    {
        let question = step.question.clone();
        let title = in_language(&props.lesson.title, lang).to_string();
        let known = range.is_some() || !props.shows_step;
        let asked = asked.clone();
        use_effect_with((shown_now, range, known), move |(shown, range, known)| {
            let (Some(shown), Some(question)) = (shown, question) else {
                return;
            };
            if announced.borrow().as_ref() == Some(&asked) {
                return;
            }
            let message = |range| {
                answered_message(&Answered {
                    lesson: &title,
                    step: number,
                    question: in_language(&question.prompt, lang),
                    material: question.material(),
                    figure: question.figure(),
                    guess: shown.guess,
                    answer: shown.answer.value,
                    range,
                    compare: shown.answer.compare,
                })
            };
            if *known {
                waiting.borrow_mut().take();
                *announced.borrow_mut() = Some(asked);
                announce(&message(*range));
            } else {
                *waiting.borrow_mut() = Some(message(None));
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
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| {
            printing.set(true);
            // Printed once the handout is drawn.
            after_next_paint(|| {
                let _ = gloo::utils::window().print();
            });
        })
    };
    let looks = Look::of(&step);
    let look_links = looks.iter().enumerate().map(|(index, look)| {
        let look = *look;
        let open_controls = props.on_open_controls.clone();
        let onclick = Callback::from(move |_: MouseEvent| look_at(look, &open_controls));
        html! {
            <>
                if index > 0 { { tr.t("list-separator") } }
                <button type="button" class="look-link" data-look={look.id()} {onclick}>{ look.name(lang) }</button>
            </>
        }
    });

    let question = step.question.clone().map(|question| {
        let on_guess = {
            let (guess, asked) = (guess.clone(), asked.clone());
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let value = input.value();
                // A number field gives no value for what it cannot read as a number.
                let read = if value.is_empty() && bad_input(&input) {
                    Some(Err(GuessProblem::NotNumber))
                } else {
                    read_guess(&value)
                };
                guess.set(read.map(|read| (asked.clone(), read)));
            })
        };
        let taken = match guess_now {
            Some(Ok(value)) => Some(value),
            _ => None,
        };
        let on_reveal = {
            let (shown, asked) = (shown.clone(), asked.clone());
            let (step, question) = (step.clone(), question.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                if let Some(guess) = taken {
                    let answer = question.answer(&step);
                    shown.set(Some((asked.clone(), Shown { answer, guess })));
                }
            })
        };
        let figure = question.figure();
        let problem = match guess_now {
            Some(Err(problem)) => Some(guess_problem(lang, problem)),
            _ => None,
        };
        let write = |value: f64| figure_text(tr, figure, value);
        let result = shown_now.map(|shown| {
            let (off, share) = how_far(shown.guess, shown.answer.value);
            let range_text = match range {
                Some((low, high)) => range_note(tr, low, high, write),
                None if props.shows_step => tr.t("lesson-range-pending"),
                None => tr.t("lesson-range-edited"),
            };
            let explanation = in_language(&question.explain, lang);
            let compare = shown.answer.compare;
            html! {
                <div class="lesson-answer" role="status" data-field="answer">
                    <p data-part="model"><strong>{ tr.with("lesson-model-answer", &[("answer", write(shown.answer.value).into())]) }</strong>
                        // Japanese brackets carry their own space.
                        { if lang == Lang::Ja { "" } else { " " } }<span class="range" data-part="range">{ range_text }</span></p>
                    <p data-part="guess">{ tr.with("lesson-your-guess", &[
                        ("guess", write(shown.guess).into()),
                        ("off", write(off.abs()).into()),
                        ("percent", share.map_or_else(|| "–".to_string(), |s| whole(100.0 * s.abs())).into()),
                    ]) }</p>
                    if let Some(compare) = compare {
                        <p data-part="comparison">{ tr.with("lesson-compared", &[("other", write(compare).into())]) }</p>
                    }
                    if !explanation.is_empty() {
                        <p dir="auto" data-part="why">{ explained(
                            explanation,
                            &write(shown.answer.value),
                            &compare.map_or_else(String::new, write),
                            &compare.map_or_else(String::new, |c| write((shown.answer.value - c).abs())),
                        ) }</p>
                    }
                </div>
            }
        });
        html! {
            // A new form for each step, so that a guess typed for one is not left in the next.
            <form class="lesson-question" key={number.to_string()} onsubmit={on_reveal}>
                <p dir="auto"><strong>{ in_language(&question.prompt, lang).to_string() }</strong></p>
                <label for="lesson-guess">{ tr.with("lesson-guess-in", &[("unit", figure_unit(tr, figure).into())]) }</label>
                // Once answered, the field keeps showing the guess.
                <input id="lesson-guess" type="number" step="any" required=true oninput={on_guess}
                       value={shown_now.map(|shown| shown.guess.to_string())}
                       disabled={shown_now.is_some()} data-field="guess"
                       aria-invalid={problem.is_some().then_some("true")}
                       aria-describedby={problem.is_some().then_some("lesson-guess-problem")} />
                <button type="submit" data-action="reveal" disabled={shown_now.is_some() || taken.is_none()}>{ tr.t("lesson-reveal") }</button>
                if let Some(problem) = problem {
                    <p id="lesson-guess-problem" class="lesson-guess-problem" role="status" data-field="guess-problem">{ problem }</p>
                }
                if shown_now.is_none() {
                    <p class="help" data-field="hidden-note">{ tr.t("lesson-hidden-note") }</p>
                }
                { for result }
            </form>
        }
    });
    // Written once per step (a lesson carried in the link is compressed into it).
    let address = {
        let step = step.clone();
        use_memo((props.raw.clone(), number), move |(raw, number)| {
            step_address(raw, &step, *number).map(AttrValue::from)
        })
    };

    html! {
        <section class="lesson" aria-labelledby="lesson-title" data-step={number.to_string()}>
            <p class="lesson-name">
                <span>{ tr.t("lesson-label") }{ tr.t("colon") }<bdi>{ in_language(&props.lesson.title, lang).to_string() }</bdi></span>
                <span class="lesson-tools">
                    <QrButton id="qr-lesson-step" address={(*address).clone()} what={tr.with("qr-step", &[("n", number.to_string().into())])} />
                    <button type="button" data-action="print-handout" onclick={on_print}>{ tr.t("lesson-print") }</button>
                    <button type="button" class="lesson-close" data-action="close-lesson" onclick={on_close}>{ tr.t("lesson-close") }</button>
                </span>
            </p>
            <h2 id="lesson-title">{ step_heading(tr, &step, number, count) }</h2>
            <p class="lesson-text" dir="auto">{ in_language(&step.text, lang).to_string() }</p>
            if !looks.is_empty() {
                <p class="lesson-look">{ tr.t("lesson-look-label") }{ tr.t("colon") }{ for look_links }</p>
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
            if *printing {
                <Handout lesson={props.lesson.clone()} raw={props.raw.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HandoutProps {
    lesson: Rc<Lesson>,
    raw: AttrValue,
}

/// The lesson as a printed handout: every step with its text and what to look at, each question
/// with room to write a prediction and a reason, and the chart of each step that asks nothing
/// (a chart would give a question's answer away). It is drawn into the document's body, and the
/// print stylesheet prints it alone.
#[component]
fn Handout(props: &HandoutProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    // Each step's chart and QR code, drawn once.
    let steps = use_memo(
        (props.lesson.clone(), props.raw.clone(), lang),
        |(lesson, raw, _)| {
            let runs = std::cell::RefCell::new(RunCache::default());
            let chart_of = |step: &Step| {
                let chart = step.chart().filter(|_| step.question.is_none())?;
                let part = match chart {
                    ChartId::LeadTime => Part::LeadTime,
                    ChartId::Supply => Part::Supply,
                    ChartId::JpExports | ChartId::Inventory => Part::OtherBanded,
                    ChartId::Attribution | ChartId::Drivers => return None,
                };
                let link = step.scenario();
                let outputs = compute(&runs, &link.scenario, None, None);
                draw_charts(
                    &outputs,
                    None,
                    BandKind::default(),
                    part,
                    link.view.material,
                    640,
                    tr,
                )
                .into_iter()
                .find(|drawn| drawn.chart == chart)
            };
            lesson
                .steps
                .iter()
                .enumerate()
                .map(|(index, step)| {
                    let qr = step_address(raw, step, index + 1)
                        .and_then(|address| qr_svg(&address).ok());
                    (chart_of(step), qr)
                })
                .collect::<Vec<_>>()
        },
    );
    let count = props.lesson.steps.len();
    let body = gloo::utils::body();
    create_portal(
        html! {
            <div class="handout" lang={lang.id()} data-handout="lesson">
                <h1>{ in_language(&props.lesson.title, lang).to_string() }</h1>
                <p class="handout-name">{ tr.t("handout-name") }</p>
                { for props.lesson.steps.iter().zip(steps.iter()).enumerate().map(|(index, (step, (drawn, qr)))| {
                    let looks: Vec<String> = Look::of(step).into_iter().map(|l| l.name(lang)).collect();
                    html! {
                        <section class="handout-step" data-step={(index + 1).to_string()}>
                            <h2>{ step_heading(tr, step, index + 1, count) }</h2>
                            if let Some(svg) = qr {
                                <div class="handout-qr" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(svg.clone())) }</div>
                            }
                            <p dir="auto">{ in_language(&step.text, lang).to_string() }</p>
                            if !looks.is_empty() {
                                <p>{ tr.t("lesson-look-label") }{ tr.t("colon") }{ looks.join(&tr.t("list-separator")) }</p>
                            }
                            if let Some(question) = &step.question {
                                <div class="handout-question">
                                    <p dir="auto"><strong>{ in_language(&question.prompt, lang).to_string() }</strong></p>
                                    <p class="write-line">{ tr.with("handout-prediction", &[("unit", figure_unit(tr, question.figure()).into())]) }</p>
                                    <p>{ tr.t("handout-why") }</p>
                                    <div class="write-lines" aria-hidden="true"><span></span><span></span><span></span></div>
                                </div>
                            }
                            if let Some(drawn) = drawn {
                                // The chart's title is in the picture; its on-screen caption speaks of a band
                                // and a pointer that paper has not, so it is left out.
                                <figure class="handout-chart">
                                    { Html::from_html_unchecked(AttrValue::from(drawn.svg.clone())) }
                                </figure>
                            }
                        </section>
                    }
                }) }
            </div>
        },
        body.into(),
    )
}

#[derive(Properties, PartialEq)]
pub struct LessonWriterProps {
    /// What the page shows: the scenario a recorded step keeps, its material, and the lesson
    /// followed, if any.
    pub link: Link,
    /// Opens a lesson (its JSON), or reports why a loaded file is not one.
    pub on_open: Callback<Result<String, LessonError>>,
    /// Shows a step's scenario on the page (a link's query string), to edit it.
    #[prop_or_default]
    pub on_show: Callback<String>,
}

fn one(lang: Lang, text: &str) -> Texts {
    let mut texts = Texts::new();
    if !text.trim().is_empty() {
        texts.insert(lang.id().to_string(), text.trim().to_string());
    }
    texts
}

/// What waits for the teacher's word before it replaces what they wrote.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    /// A lesson to load into the writer.
    Load(Lesson),
    /// A step to edit (counted from 0) while another has typing not yet saved.
    Edit(usize),
}

/// The fields of the step being written, as typed.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    title: String,
    text: String,
    control: String,
    chart: String,
    ask: bool,
    prompt: String,
    material: String,
    figure: String,
    compare: String,
    explain: String,
}

impl Draft {
    /// An empty step; its question, if one is asked, is about the material on screen and its peak
    /// lead time.
    fn new(material: Material) -> Draft {
        Draft {
            title: String::new(),
            text: String::new(),
            control: String::new(),
            chart: String::new(),
            ask: false,
            prompt: String::new(),
            material: material.id().to_string(),
            figure: Figure::PeakLeadTimeDays.id().to_string(),
            compare: String::new(),
            explain: String::new(),
        }
    }

    /// Whether these fields hold typing not yet saved: they differ from `since`, what they showed
    /// when the step was started (the material of a step without a question follows the screen,
    /// and does not count).
    fn unsaved(&self, since: &Draft) -> bool {
        let plain = |draft: &Draft| {
            let mut draft = draft.clone();
            if !draft.ask {
                draft.material.clear();
            }
            draft
        };
        plain(self) != plain(since)
    }

    /// The fields of a step, in the page's language (else the language the step falls back to).
    fn of(step: &Step, lang: Lang, material: Material) -> Draft {
        let mut draft = Draft::new(material);
        draft.title = in_language(&step.title, lang).to_string();
        draft.text = in_language(&step.text, lang).to_string();
        draft.control = step.control.clone().unwrap_or_default();
        draft.chart = step.chart.clone().unwrap_or_default();
        if let Some(question) = &step.question {
            draft.ask = true;
            draft.prompt = in_language(&question.prompt, lang).to_string();
            draft.material = question.material.clone();
            draft.figure = question.figure.clone();
            draft.compare = question.compare.clone().unwrap_or_default();
            draft.explain = in_language(&question.explain, lang).to_string();
        }
        draft
    }

    /// The step these fields make, with the scenario `link`. Editing a step keeps its texts in
    /// other languages, and a text left as it was stays as it was.
    fn step(&self, lang: Lang, link: String, original: Option<&Step>) -> Step {
        let texts = |before: Option<&Texts>, now: &str| {
            let before = before.cloned().unwrap_or_default();
            if now == in_language(&before, lang) {
                return before;
            }
            let mut texts = before;
            if now.trim().is_empty() {
                texts.remove(lang.id());
            } else {
                texts.insert(lang.id().to_string(), now.trim().to_string());
            }
            texts
        };
        let asked = original.and_then(|s| s.question.as_ref());
        let optional = |v: &str| Some(v.to_string()).filter(|v| !v.is_empty());
        Step {
            title: texts(original.map(|s| &s.title), &self.title),
            text: texts(original.map(|s| &s.text), &self.text),
            link,
            control: optional(&self.control),
            chart: optional(&self.chart),
            question: self.ask.then(|| Question {
                prompt: texts(asked.map(|q| &q.prompt), &self.prompt),
                material: self.material.clone(),
                figure: self.figure.clone(),
                compare: optional(&self.compare),
                explain: texts(asked.map(|q| &q.explain), &self.explain),
            }),
        }
    }
}

/// Why the writer did not do what was asked: a step it did not add, or a lesson it did not
/// download, open or load, because the page would refuse the result.
#[derive(Clone, Debug, PartialEq)]
enum WriterRefusal {
    Add(LessonError),
    Keep(LessonError),
    Load(LessonError),
}

/// The scenario on screen as a step keeps it: without the page's language, embed options or
/// lesson.
fn shown_link(link: &Link) -> String {
    let mut shown = link.clone();
    shown.view.embed = None;
    shown.view.lang = None;
    shown.view.lesson = None;
    encode_link(&shown)
}

/// A field of the draft, updated as it changes.
fn field<E: JsCast + AsRef<web_sys::EventTarget> + 'static>(
    draft: &UseStateHandle<Draft>,
    set: fn(&mut Draft, String),
    value: fn(&E) -> String,
) -> Callback<Event> {
    let draft = draft.clone();
    Callback::from(move |event: Event| {
        let mut next = (*draft).clone();
        set(&mut next, value(&event.target_unchecked_into::<E>()));
        draft.set(next);
    })
}

fn input_value(input: &HtmlInputElement) -> String {
    input.value()
}

fn area_value(area: &HtmlTextAreaElement) -> String {
    area.value()
}

fn select_value(select: &HtmlSelectElement) -> String {
    select.value()
}

fn checked_value(input: &HtmlInputElement) -> String {
    if input.checked() {
        "on".to_string()
    } else {
        String::new()
    }
}

/// Records steps from the scenario on screen into a lesson that can be downloaded and opened;
/// loads a lesson (a file, the built-in story, the lesson followed) to go on editing it; edits,
/// reorders and removes steps; previews the step being written as students will see it. The
/// lesson never grows beyond what the page reads: at [`MAX_STEPS`] steps "Add" is disabled, and a
/// step that would make the lesson too large (to read, or to carry in a link) is not added.
#[component]
pub fn LessonWriter(props: &LessonWriterProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let material = props.link.view.material;
    let title = use_state(String::new);
    let steps = use_state(Vec::<Step>::new);
    let draft = use_state(|| Draft::new(material));
    // The step being edited, counted from 0.
    let editing = use_state(|| None::<usize>);
    let refusal = use_state(|| None::<WriterRefusal>);
    // A lesson loaded, or a step to edit, while the writer holds what the teacher wrote waits for
    // them to say it may be replaced.
    let pending = use_state(|| None::<Pending>);
    let loaded = use_state(|| None::<String>);
    let full = steps.len() >= MAX_STEPS && editing.is_none();
    // A new draft follows the material on screen until a question is asked.
    {
        let draft = draft.clone();
        use_effect_with(material, move |material| {
            if !draft.ask && draft.material != material.id() {
                let mut next = (*draft).clone();
                next.material = material.id().to_string();
                draft.set(next);
            }
        });
    }

    // The lesson of these steps, titled by the title field (else the page's word for lesson).
    let lesson_of = {
        let title = title.clone();
        move |steps: Vec<Step>| {
            let mut lesson = Lesson::new(one(
                lang,
                &if title.trim().is_empty() {
                    tr.t("lesson-label")
                } else {
                    (*title).clone()
                },
            ));
            lesson.steps = steps;
            lesson
        }
    };
    let take = {
        let (title, steps, draft, editing, refusal, pending, loaded) = (
            title.clone(),
            steps.clone(),
            draft.clone(),
            editing.clone(),
            refusal.clone(),
            pending.clone(),
            loaded.clone(),
        );
        move |lesson: Lesson| {
            title.set(in_language(&lesson.title, lang).to_string());
            loaded.set(Some(tr.with(
                "lesson-writer-loaded",
                &[
                    ("title", isolate(in_language(&lesson.title, lang)).into()),
                    ("count", lesson.steps.len().into()),
                ],
            )));
            steps.set(lesson.steps);
            draft.set(Draft::new(material));
            editing.set(None);
            refusal.set(None);
            pending.set(None);
        }
    };
    // What the fields showed when the step being written was started.
    let since = match *editing {
        Some(index) => steps.get(index).map(|step| Draft::of(step, lang, material)),
        None => None,
    }
    .unwrap_or_else(|| Draft::new(material));
    let unsaved = draft.unsaved(&since);
    // Loads a lesson into the writer, or asks first if that would replace what was written here:
    // steps, the lesson's title, or a step being written.
    let load = {
        let (steps, pending, take) = (steps.clone(), pending.clone(), take.clone());
        let written_here = !steps.is_empty() || !title.trim().is_empty() || unsaved;
        move |lesson: Lesson| {
            if written_here {
                pending.set(Some(Pending::Load(lesson)));
            } else {
                take(lesson);
            }
        }
    };
    // Brings a step into the fields to edit it, and its scenario on screen.
    let edit = {
        let (draft, editing, steps, pending, on_show) = (
            draft.clone(),
            editing.clone(),
            steps.clone(),
            pending.clone(),
            props.on_show.clone(),
        );
        move |index: usize| {
            let Some(step) = steps.get(index) else {
                return;
            };
            draft.set(Draft::of(step, lang, material));
            editing.set(Some(index));
            pending.set(None);
            // The step's scenario comes on screen, to be changed there and saved.
            on_show.emit(step.link.clone());
            if let Some(field) = gloo::utils::document()
                .get_element_by_id("writer-step-title")
                .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = field.focus();
            }
        }
    };
    let on_submit = {
        let (steps, draft, editing, refusal, link, lesson_of) = (
            steps.clone(),
            draft.clone(),
            editing.clone(),
            refusal.clone(),
            props.link.clone(),
            lesson_of.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut next = (*steps).clone();
            let step = draft.step(
                lang,
                shown_link(&link),
                (*editing).and_then(|i| steps.get(i)),
            );
            match *editing {
                Some(index) if index < next.len() => next[index] = step,
                _ if next.len() >= MAX_STEPS => return,
                _ => next.push(step),
            }
            match written(&lesson_of(next.clone())) {
                Ok(_) => {
                    steps.set(next);
                    draft.set(Draft::new(link.view.material));
                    editing.set(None);
                    refusal.set(None);
                }
                Err(error) => refusal.set(Some(WriterRefusal::Add(error))),
            }
        })
    };
    let on_cancel_edit = {
        let (draft, editing) = (draft.clone(), editing.clone());
        Callback::from(move |_: MouseEvent| {
            draft.set(Draft::new(material));
            editing.set(None);
        })
    };
    // The lesson as it is kept, or why the page would refuse it (a long title can still tip it).
    let kept = {
        let (steps, refusal, lesson_of) = (steps.clone(), refusal.clone(), lesson_of.clone());
        move || match written(&lesson_of((*steps).clone())) {
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
        let (refusal, load) = (refusal.clone(), load.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(chosen) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if chosen.size() > MAX_LESSON_BYTES as f64 {
                refusal.set(Some(WriterRefusal::Load(LessonError::TooLarge {
                    bytes: chosen.size() as usize,
                    max: MAX_LESSON_BYTES,
                })));
                return;
            }
            let (refusal, load) = (refusal.clone(), load.clone());
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::Blob::from(chosen), move |text| {
                    let read = match text {
                        Ok(text) => parse(&text),
                        Err(error) => Err(LessonError::Unreadable {
                            reason: error.to_string(),
                        }),
                    };
                    match read {
                        Ok(lesson) => load(lesson),
                        Err(error) => refusal.set(Some(WriterRefusal::Load(error))),
                    }
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    let on_story = {
        let load = load.clone();
        Callback::from(move |_: MouseEvent| load(Lesson::story()))
    };
    // The lesson the page follows, if it is not the built-in story (which has its own button),
    // read when asked for.
    let followed = props
        .link
        .view
        .lesson
        .as_ref()
        .filter(|(raw, _)| raw != "story")
        .map(|(raw, _)| raw.clone());
    let on_followed = followed.map(|raw| {
        let (load, refusal) = (load.clone(), refusal.clone());
        Callback::from(move |_: MouseEvent| match parse(&raw) {
            Ok(lesson) => load(lesson),
            Err(error) => refusal.set(Some(WriterRefusal::Load(error))),
        })
    });
    let on_replace = {
        let (pending, take, edit) = (pending.clone(), take.clone(), edit.clone());
        Callback::from(move |_: MouseEvent| match (*pending).clone() {
            Some(Pending::Load(lesson)) => take(lesson),
            Some(Pending::Edit(index)) => edit(index),
            None => {}
        })
    };
    let on_keep = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let on_title = {
        let title = title.clone();
        Callback::from(move |event: InputEvent| {
            title.set(event.target_unchecked_into::<HtmlInputElement>().value());
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
        WriterRefusal::Load(error) => tr.with(
            "lesson-refused",
            &[("reason", lesson_error(lang, error).into())],
        ),
    });
    let typed = |callback: Callback<Event>| callback.reform(|event: InputEvent| event.into());
    let on_step_title = typed(field(&draft, |d, v| d.title = v, input_value));
    let on_step_text = typed(field(&draft, |d, v| d.text = v, area_value));
    let on_control = field(&draft, |d, v| d.control = v, select_value);
    let on_chart = field(&draft, |d, v| d.chart = v, select_value);
    let on_ask = field(&draft, |d, v| d.ask = v == "on", checked_value);
    let on_prompt = typed(field(&draft, |d, v| d.prompt = v, input_value));
    let on_material = field(&draft, |d, v| d.material = v, select_value);
    let on_figure = field(&draft, |d, v| d.figure = v, select_value);
    let on_compare = field(&draft, |d, v| d.compare = v, select_value);
    let on_explain = typed(field(&draft, |d, v| d.explain = v, area_value));
    let preview = (!draft.title.trim().is_empty() || !draft.text.trim().is_empty()).then(|| {
        let step = draft.step(lang, shown_link(&props.link), None);
        let number = editing.map_or(steps.len() + 1, |i| i + 1);
        let count = steps.len() + usize::from(editing.is_none());
        let looks: Vec<String> = Look::of(&step).into_iter().map(|l| l.name(lang)).collect();
        html! {
            <section class="lesson-preview" aria-labelledby="writer-preview-title" data-panel="lesson-preview">
                <p class="lesson-name" id="writer-preview-title">{ tr.t("lesson-preview") }</p>
                <p class="lesson-preview-title">{ step_heading(tr, &step, number, count) }</p>
                <p class="lesson-text" dir="auto">{ in_language(&step.text, lang).to_string() }</p>
                if !looks.is_empty() {
                    <p class="lesson-look">{ tr.t("lesson-look-label") }{ tr.t("colon") }{ looks.join(&tr.t("list-separator")) }</p>
                }
                if let Some(question) = &step.question {
                    <p dir="auto"><strong>{ in_language(&question.prompt, lang).to_string() }</strong></p>
                    <p class="help">{ tr.with("lesson-guess-in", &[("unit", figure_unit(tr, question.figure()).into())]) }</p>
                }
            </section>
        }
    });
    let compare_choices = use_memo(lang, |lang| {
        Preset::ALL
            .into_iter()
            .map(|p| (encode(&p.scenario()), names::preset(*lang, p)))
            .collect::<Vec<_>>()
    });
    // A loaded question may compare with a scenario of its own, kept as it is.
    let kept_compare = !draft.compare.is_empty()
        && !compare_choices
            .iter()
            .any(|(link, _)| *link == draft.compare);

    html! {
        <details class="lesson-writer" data-panel="lesson-writer">
            <summary>{ tr.t("lesson-writer") }</summary>
            <div class="popover">
            <p class="help">{ tr.t("lesson-writer-help") }</p>
            <div class="writer-load">
                <label class="load">{ tr.t("lesson-load") }
                    <input type="file" accept=".json,application/json" data-action="load-lesson" onchange={on_file} />
                </label>
                <button type="button" data-action="edit-story" onclick={on_story}>{ tr.t("lesson-edit-story") }</button>
                if let Some(on_followed) = on_followed {
                    <button type="button" data-action="edit-followed" onclick={on_followed}>{ tr.t("lesson-edit-followed") }</button>
                }
            </div>
            if let Some(asking) = &*pending {
                <div class="writer-confirm" role="group" aria-labelledby="writer-confirm-text" data-field="writer-confirm">
                    <p id="writer-confirm-text" role="status">{ match asking {
                        Pending::Load(lesson) => {
                            let title = isolate(in_language(&lesson.title, lang));
                            let new = lesson.steps.len();
                            if steps.is_empty() {
                                tr.with("lesson-writer-replace-typed", &[("title", title.into()), ("new", new.into())])
                            } else {
                                tr.with("lesson-writer-replace", &[("count", steps.len().into()), ("title", title.into()), ("new", new.into())])
                            }
                        }
                        Pending::Edit(index) => tr.with("lesson-writer-edit-unsaved", &[("n", (index + 1).to_string().into())]),
                    } }</p>
                    <button type="button" data-action="replace-steps" onclick={on_replace}>{ match asking {
                        Pending::Load(_) => tr.t("lesson-writer-replace-yes"),
                        Pending::Edit(index) => tr.with("lesson-edit", &[("n", (index + 1).to_string().into())]),
                    } }</button>
                    <button type="button" data-action="keep-steps" onclick={on_keep}>{ tr.t("lesson-writer-replace-no") }</button>
                </div>
            }
            if let Some(note) = &*loaded {
                <p class="help" role="status" data-field="writer-loaded">{ note.clone() }</p>
            }
            <label for="writer-title">{ tr.t("lesson-title-field") }</label>
            <input id="writer-title" type="text" maxlength="200" value={(*title).clone()} oninput={on_title} />
            <form class="writer-form" onsubmit={on_submit} data-editing={editing.map(|i| (i + 1).to_string())}>
                <p class="writer-form-title">{ match *editing {
                    Some(index) => tr.with("lesson-editing", &[("n", (index + 1).to_string().into())]),
                    None => tr.t("lesson-new-step"),
                } }</p>
                <label for="writer-step-title">{ tr.t("lesson-step-title") }</label>
                <input id="writer-step-title" type="text" maxlength="200" required=true value={draft.title.clone()} oninput={on_step_title} />
                <label for="writer-step-text">{ tr.t("lesson-step-text") }</label>
                <textarea id="writer-step-text" rows="3" maxlength="4000" value={draft.text.clone()} oninput={on_step_text} />
                <label for="writer-control">{ tr.t("lesson-control") }</label>
                <select id="writer-control" onchange={on_control}>
                    <option value="" selected={draft.control.is_empty()}>{ tr.t("lesson-none") }</option>
                    { for MeasureId::ALL.into_iter().map(|m| html! { <option value={m.id()} selected={draft.control == m.id()}>{ names::measure(lang, m) }</option> }) }
                    if let Some(view) = find_param(&draft.control) {
                        <option value={view.key} selected=true>{ names::param(lang, view) }</option>
                    }
                </select>
                <label for="writer-chart">{ tr.t("lesson-chart") }</label>
                <select id="writer-chart" onchange={on_chart}>
                    <option value="" selected={draft.chart.is_empty()}>{ tr.t("lesson-none") }</option>
                    { for ChartId::ALL.into_iter().map(|c| html! { <option value={c.id()} selected={draft.chart == c.id()}>{ names::chart(lang, c) }</option> }) }
                </select>
                <label class="writer-ask"><input type="checkbox" checked={draft.ask} onchange={on_ask} data-field="ask" />{ tr.t("lesson-ask") }</label>
                if draft.ask {
                    <label for="writer-prompt">{ tr.t("lesson-prompt") }</label>
                    <input id="writer-prompt" type="text" maxlength="400" required=true value={draft.prompt.clone()} oninput={on_prompt} />
                    <label for="writer-material">{ tr.t("lesson-material") }</label>
                    <select id="writer-material" onchange={on_material}>
                        { for Material::ALL.into_iter().map(|m| html! { <option value={m.id()} selected={draft.material == m.id()}>{ names::material(lang, m) }</option> }) }
                    </select>
                    <label for="writer-figure">{ tr.t("lesson-figure") }</label>
                    <select id="writer-figure" onchange={on_figure}>
                        { for Figure::ALL.into_iter().map(|f| html! { <option value={f.id()} selected={draft.figure == f.id()}>{ figure_name(tr, f) }</option> }) }
                    </select>
                    <label for="writer-compare">{ tr.t("lesson-compare") }</label>
                    <select id="writer-compare" onchange={on_compare}>
                        <option value="" selected={draft.compare.is_empty()}>{ tr.t("lesson-none") }</option>
                        if kept_compare {
                            <option value={draft.compare.clone()} selected=true>{ tr.t("lesson-compare-kept") }</option>
                        }
                        { for compare_choices.iter().map(|(link, name)| html! { <option value={link.clone()} selected={draft.compare == *link}>{ name.clone() }</option> }) }
                    </select>
                    <label for="writer-explain">{ tr.t("lesson-explain") }</label>
                    <textarea id="writer-explain" rows="3" maxlength="4000" value={draft.explain.clone()} oninput={on_explain}
                              aria-describedby="writer-explain-help" />
                    <p id="writer-explain-help" class="help">{ tr.t("lesson-explain-help") }</p>
                }
                <div class="writer-actions">
                    <button type="submit" data-action="add-step" disabled={full}
                            aria-describedby={full.then_some("writer-full")}>{ tr.t(if editing.is_some() { "lesson-save-step" } else { "lesson-add" }) }</button>
                    if editing.is_some() {
                        <button type="button" data-action="cancel-edit" onclick={on_cancel_edit}>{ tr.t("lesson-cancel-edit") }</button>
                    }
                </div>
                if full {
                    <p id="writer-full" class="help" data-field="writer-full">
                        { tr.with("lesson-writer-full", &[("max", MAX_STEPS.to_string().into())]) }
                    </p>
                }
            </form>
            { for preview }
            if let Some(text) = refusal_text {
                <p class="writer-refusal" role="status" data-field="writer-refusal">{ text }</p>
            }
            <p data-field="writer-count">{ tr.with("lesson-steps-count", &[("count", steps.len().into())]) }</p>
            <ol class="writer-steps">
                { for steps.iter().enumerate().map(|(index, step)| {
                    let n = (index + 1).to_string();
                    let last = index + 1 == steps.len();
                    // A question about editing a step by its place is no longer asked once the
                    // steps move.
                    let forget_edit = {
                        let pending = pending.clone();
                        move || {
                            if matches!(*pending, Some(Pending::Edit(_))) {
                                pending.set(None);
                            }
                        }
                    };
                    let moved = |to: usize| {
                        let (steps, editing, forget_edit) = (steps.clone(), editing.clone(), forget_edit.clone());
                        Callback::from(move |_: MouseEvent| {
                            let mut next = (*steps).clone();
                            next.swap(index, to);
                            steps.set(next);
                            forget_edit();
                            editing.set(match *editing {
                                Some(i) if i == index => Some(to),
                                Some(i) if i == to => Some(index),
                                other => other,
                            });
                            // The focus follows the step to its new place.
                            let action = if to < index { "move-up" } else { "move-down" };
                            after_next_paint(move || {
                                let document = gloo::utils::document();
                                let step = format!("[data-writer-step=\"{}\"]", to + 1);
                                let button = document
                                    .query_selector(&format!("{step} [data-action=\"{action}\"]:not([disabled])"))
                                    .ok()
                                    .flatten()
                                    .or_else(|| document.query_selector(&format!("{step} [data-action=\"edit-step\"]")).ok().flatten());
                                if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                                    let _ = button.focus();
                                }
                            });
                        })
                    };
                    // Typing not yet saved is not dropped without asking.
                    let on_edit = {
                        let (edit, pending, edited) = (edit.clone(), pending.clone(), *editing);
                        Callback::from(move |_: MouseEvent| {
                            if unsaved && edited != Some(index) {
                                pending.set(Some(Pending::Edit(index)));
                            } else {
                                edit(index);
                            }
                        })
                    };
                    let on_remove = {
                        let (steps, refusal, editing, draft) = (steps.clone(), refusal.clone(), editing.clone(), draft.clone());
                        let forget_edit = forget_edit.clone();
                        Callback::from(move |_: MouseEvent| {
                            let mut next = (*steps).clone();
                            next.remove(index);
                            steps.set(next);
                            refusal.set(None);
                            forget_edit();
                            match *editing {
                                Some(i) if i == index => {
                                    editing.set(None);
                                    draft.set(Draft::new(material));
                                }
                                Some(i) if i > index => editing.set(Some(i - 1)),
                                _ => {}
                            }
                        })
                    };
                    html! {
                        <li data-writer-step={n.clone()} class={classes!((*editing == Some(index)).then_some("editing"))}>
                            <bdi>{ in_language(&step.title, lang).to_string() }</bdi>
                            if step.question.is_some() { <span class="help">{ " " }{ tr.t("lesson-has-question") }</span> }
                            <span class="writer-step-actions">
                                <button type="button" data-action="move-up" disabled={index == 0} onclick={moved(index.saturating_sub(1))}
                                        aria-label={tr.with("lesson-move-up", &[("n", n.clone().into())])}>{ "↑" }</button>
                                <button type="button" data-action="move-down" disabled={last} onclick={moved((index + 1).min(steps.len() - 1))}
                                        aria-label={tr.with("lesson-move-down", &[("n", n.clone().into())])}>{ "↓" }</button>
                                <button type="button" data-action="edit-step" onclick={on_edit}
                                        aria-label={tr.with("lesson-edit", &[("n", n.clone().into())])}>{ tr.t("lesson-edit-short") }</button>
                                <button type="button" class="remove" data-action="remove-step" onclick={on_remove}
                                        aria-label={tr.with("lesson-remove", &[("n", n.into())])}>{ "✕" }</button>
                            </span>
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

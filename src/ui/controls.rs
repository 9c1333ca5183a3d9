//! Controls: one editor per measure (its dated changes on a timeline) and one control per
//! parameter, all generated from the model's tables.

use super::use_tr;
use crate::i18n::{
    date_text, history_line, names, schedule_adjustment, schedule_date_needed, Lang, Tr,
};
use crate::model::measures::{canonical_changes, Adjustment, MAX_SCHEDULE_CHANGES};
use crate::model::params::{all_params, Group, ParamRef, ParamView};
use crate::model::sensitivity::{Figure, HeadlineSensitivity};
use crate::model::time::{Date, FIRST_YEAR, LAST_YEAR};
use crate::model::{Material, MeasureId};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeasureEditorProps {
    pub measure: MeasureId,
    pub changes: Vec<(Date, usize)>,
    pub on_change: Callback<(MeasureId, Vec<(Date, usize)>)>,
    /// Shows the measure as a switch, on (its historical dates) or off, with the dated editor one
    /// click away ("Edit dates"). Off by default: the dated editor.
    #[prop_or_default]
    pub simple: bool,
}

/// What the editor says about the last edit of its measure, worded when shown (so that it follows
/// the page's language).
#[derive(Clone, Debug, PartialEq)]
enum Note {
    /// Making the edited schedule canonical changed it.
    Adjusted(Vec<Adjustment>),
    /// A date input was cleared or held no date of the period; the change kept this date.
    DateNeeded(Date),
}

/// The notes of the last edit and the schedule they are about: they are shown while the measure
/// still has that schedule, so that a preset or a loaded link that replaces it also retires them.
type Notes = Option<(Vec<Note>, Vec<(Date, usize)>)>;

/// The notes as shown: each its own status, with a button that dismisses them.
fn notes_view(tr: Tr, measure: MeasureId, notes: &[Note], dismiss: Callback<MouseEvent>) -> Html {
    let lang: Lang = tr.0;
    let dismiss_label = tr.t("schedule-note-dismiss-label");
    html! {
        <div class="schedule-notes">
            { for notes.iter().map(|note| {
                let (kind, lines): (&str, Vec<String>) = match note {
                    Note::Adjusted(adjustments) => ("schedule-adjusted", adjustments
                        .iter()
                        .map(|a| schedule_adjustment(lang, measure, a))
                        .collect()),
                    Note::DateNeeded(date) => ("schedule-date", vec![schedule_date_needed(lang, *date)]),
                };
                html! {
                    <div class="schedule-note" role="status" data-notice={kind}>
                        { for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }
                    </div>
                }
            }) }
            <button type="button" class="dismiss" data-action="dismiss-note"
                    aria-label={dismiss_label} onclick={dismiss}>{ tr.t("schedule-note-dismiss") }</button>
        </div>
    }
}

/// Share of the 2018–2023 axis at which a date lies, in percent.
fn axis_percent(date: Date) -> f64 {
    let total = f64::from(Date::END.day_index() + 1);
    100.0 * f64::from(date.day_index()) / total
}

/// Rows of a schedule shown before "Show all" (the history has at most three per measure).
const ROWS_BEFORE_SHOW_ALL: usize = 6;

/// A measure's schedule: a timeline strip of its states, and one row per dated change.
#[component]
pub fn MeasureEditor(props: &MeasureEditorProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let measure = props.measure;
    let label = names::measure(lang, measure);
    let states: Vec<String> = (0..measure.states().len())
        .map(|i| names::state(lang, measure, i))
        .collect();
    let changes = props.changes.clone();
    // A long schedule shows its first rows until the reader asks for all of them, so that no
    // schedule makes the page slow to open.
    let expanded = use_state(|| false);
    // In simple mode, whether the reader opened the dated editor of this measure.
    let detailed = use_state(|| false);
    // Switching between the simple and the dated view moves the focus to the button that switches
    // back, rather than losing it with the button that was pressed.
    let switched = use_mut_ref(|| false);
    let edit_button = use_node_ref();
    let simple_button = use_node_ref();
    {
        let (switched, edit_button, simple_button) =
            (switched.clone(), edit_button.clone(), simple_button.clone());
        use_effect_with(*detailed, move |detailed| {
            if std::mem::take(&mut *switched.borrow_mut()) {
                let target = if *detailed {
                    simple_button
                } else {
                    edit_button
                };
                if let Some(button) = target.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let notes = use_state(|| None::<(Vec<Note>, Vec<(Date, usize)>)>);
    let history = use_memo(measure, |measure| {
        crate::scenario::Preset::History
            .scenario()
            .measures
            .changes_of(*measure)
    });
    // Every edit goes out whole; what making it canonical will do to it (rows sorted, merged or
    // removed) is said in a note that stays until the next edit.
    let emit = {
        let on_change = props.on_change.clone();
        let notes = notes.clone();
        move |changes: Vec<(Date, usize)>| {
            let (canonical, adjustments) = canonical_changes(&changes);
            let next: Notes =
                (!adjustments.is_empty()).then(|| (vec![Note::Adjusted(adjustments)], canonical));
            notes.set(next);
            on_change.emit((measure, changes))
        }
    };
    let dismiss = {
        let notes = notes.clone();
        Callback::from(move |_: MouseEvent| notes.set(None))
    };
    let shown_notes = match &*notes {
        Some((list, about)) if *about == changes => notes_view(tr, measure, list, dismiss),
        _ => Html::default(),
    };
    let help = html! { <p class="help">{ names::measure_help(lang, measure) }</p> };

    if props.simple && !*detailed {
        let history: &Vec<(Date, usize)> = &history;
        let on = !history.is_empty() && changes == *history;
        let edited = !changes.is_empty() && !on;
        let switch_id = format!("{}-switch", measure.id());
        let line_id = format!("{}-as-it-happened", measure.id());
        let on_toggle = {
            let emit = emit.clone();
            let history = history.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                emit(if input.checked() {
                    history.clone()
                } else {
                    Vec::new()
                });
            })
        };
        let on_edit = {
            let (detailed, switched) = (detailed.clone(), switched.clone());
            Callback::from(move |_: MouseEvent| {
                *switched.borrow_mut() = true;
                detailed.set(true);
            })
        };
        return html! {
            <fieldset class={classes!("measure", "simple", (!changes.is_empty()).then_some("active"))}
                      data-measure={measure.id()} data-mode="simple">
                <legend>
                    <input type="checkbox" role="switch" class="switch" id={switch_id.clone()}
                           data-action="measure-toggle" checked={on} onchange={on_toggle}
                           aria-describedby={line_id.clone()} />
                    <label for={switch_id}>{ label.clone() }</label>
                </legend>
                <p class="state-line" id={line_id}>{ history_line(lang, measure, history) }</p>
                if edited {
                    <p class="edited" data-state="edited">{ tr.t("measure-edited") }</p>
                }
                { shown_notes }
                <button type="button" class="edit-dates" data-action="edit-dates" onclick={on_edit}
                        ref={edit_button}>
                    { tr.t("measure-edit-dates") }
                </button>
                { help }
            </fieldset>
        };
    }

    // Timeline strip: one segment per period in a state.
    let mut segments = Vec::new();
    let mut from = Date::START;
    let mut state = 0;
    for (date, next) in changes
        .iter()
        .copied()
        .chain(std::iter::once((Date::END, usize::MAX)))
    {
        if date > from || next == usize::MAX {
            let width = axis_percent(date) - axis_percent(from)
                + if next == usize::MAX {
                    100.0 - axis_percent(Date::END)
                } else {
                    0.0
                };
            // Drawn in SVG, whose geometry is attributes: the page's policy allows no inline style.
            segments.push(html! {
                <rect class={classes!("segment", format!("state-{state}"))}
                      x={format!("{:.3}", axis_percent(from))} y="0" height="10"
                      width={format!("{width:.3}")}>
                    <title>{ tr.with("timeline-segment", &[("measure", label.clone().into()), ("state", states[state].clone().into()), ("date", date_text(lang, from).into())]) }</title>
                </rect>
            });
        }
        from = date;
        state = next.min(states.len() - 1);
    }

    // The same words on every row, worded once.
    let state_label = tr.with("change-state", &[("measure", label.clone().into())]);
    let from_label = tr.with("change-from", &[("measure", label.clone().into())]);
    let remove_label = tr.with("remove-change", &[("measure", label.clone().into())]);
    let from_word = tr.t("from");
    let shown_rows = if *expanded {
        changes.len()
    } else {
        changes.len().min(ROWS_BEFORE_SHOW_ALL)
    };
    let rows: Vec<Html> = changes.iter().take(shown_rows).enumerate().map(|(index, (date, state))| {
        let on_state = {
            let changes = changes.clone();
            let emit = emit.clone();
            Callback::from(move |event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                let mut next = changes.clone();
                next[index].1 = select.selected_index().max(0) as usize;
                emit(next);
            })
        };
        // A date the period cannot hold (an emptied input, or a year still being typed) is not
        // taken: once the input is left, it shows the change's date again and a note says why.
        let refuse_date = {
            let notes = notes.clone();
            let changes = changes.clone();
            let kept = *date;
            move |input: &HtmlInputElement| {
                if Date::parse(&input.value()).is_none() {
                    input.set_value(&kept.iso());
                    notes.set(Some((vec![Note::DateNeeded(kept)], changes.clone())));
                }
            }
        };
        let on_date = {
            let changes = changes.clone();
            let emit = emit.clone();
            let refuse_date = refuse_date.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                if let Some(date) = Date::parse(&input.value()) {
                    let mut next = changes.clone();
                    next[index].0 = date;
                    emit(next);
                } else if !is_focused(&input) {
                    refuse_date(&input);
                }
            })
        };
        let on_date_blur = Callback::from(move |event: FocusEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            refuse_date(&input);
        });
        let on_remove = {
            let changes = changes.clone();
            let emit = emit.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = changes.clone();
                next.remove(index);
                emit(next);
            })
        };
        let id = format!("{}-{index}", measure.id());
        html! {
            <li class="change">
                <label for={format!("{id}-state")} class="visually-hidden">{ state_label.clone() }</label>
                <select id={format!("{id}-state")} onchange={on_state}>
                    { for measure.states().iter().zip(&states).enumerate().map(|(i, ((sid, _), name))| html! {
                        <option value={*sid} selected={i == *state}>{ name.clone() }</option>
                    }) }
                </select>
                <span class="from" aria-hidden="true">{ from_word.clone() }</span>
                <label for={format!("{id}-date")} class="visually-hidden">{ from_label.clone() }</label>
                <input id={format!("{id}-date")} type="date" value={date.iso()}
                       min={Date::START.iso()} max={Date::END.iso()} onchange={on_date}
                       onblur={on_date_blur} />
                <button type="button" class="remove" onclick={on_remove}
                        aria-label={remove_label.clone()}>{ "✕" }</button>
            </li>
        }
    }).collect();

    let on_add = {
        let changes = changes.clone();
        let states = states.len();
        // The change added is always in view.
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| {
            expanded.set(true);
            let mut next = changes.clone();
            // A first change starts in July 2019; a later one comes a year after the last, or half
            // way to the end of 2023 if that is sooner, and moves to another state.
            let (date, current) = match next.last() {
                None => (Date::parse("2019-07").expect("a valid date"), 0),
                Some(&(last, state)) => {
                    let (last, end) = (last.day_index(), Date::END.day_index());
                    let day = if last + 365 <= end {
                        last + 365
                    } else {
                        last + (end - last) / 2
                    };
                    (Date::from_day_index(day), state)
                }
            };
            if next.last().is_none_or(|(last, _)| *last < date) {
                next.push((date, (current + 1) % states));
                emit(next);
            }
        })
    };

    let active = !changes.is_empty();
    html! {
        <fieldset class={classes!("measure", active.then_some("active"))} data-measure={measure.id()}>
            <legend>{ label.clone() }</legend>
            <svg class="timeline" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">{ for segments }</svg>
            <div class="axis" aria-hidden="true">
                { for (FIRST_YEAR..=LAST_YEAR).map(|year| html! { <span>{ year }</span> }) }
            </div>
            if changes.is_empty() {
                <p class="state-line">{ tr.with("state-throughout", &[("state", states[0].clone().into())]) }</p>
            }
            <ol class="changes">{ for rows }</ol>
            { shown_notes }
            if shown_rows < changes.len() {
                <button type="button" class="show-all" data-action="show-all-changes"
                        onclick={{ let expanded = expanded.clone(); Callback::from(move |_: MouseEvent| expanded.set(true)) }}>
                    { tr.with("show-all-changes", &[("count", changes.len().into()), ("hidden", (changes.len() - shown_rows).into())]) }
                </button>
            }
            // A schedule holds at most MAX_SCHEDULE_CHANGES changes; at the cap the page says so
            // rather than ignore the click.
            if changes.len() >= MAX_SCHEDULE_CHANGES {
                <button type="button" class="add" disabled=true aria-describedby={format!("{}-full", measure.id())}>{ tr.t("add-change") }</button>
                <p class="help" id={format!("{}-full", measure.id())} data-notice="schedule-full">
                    { tr.with("schedule-full", &[("max", MAX_SCHEDULE_CHANGES.into())]) }
                </p>
            } else {
                <button type="button" class="add" onclick={on_add}>{ tr.t("add-change") }</button>
            }
            if props.simple {
                <button type="button" class="simple-view" data-action="simple-view" ref={simple_button}
                        onclick={{
                            let (detailed, switched) = (detailed.clone(), switched.clone());
                            Callback::from(move |_: MouseEvent| {
                                *switched.borrow_mut() = true;
                                detailed.set(false);
                            })
                        }}>
                    { tr.t("measure-simple") }
                </button>
            }
            { help }
        </fieldset>
    }
}

/// Whether an element has the page's focus.
fn is_focused(input: &HtmlInputElement) -> bool {
    let element: &web_sys::Element = input.as_ref();
    gloo::utils::document()
        .active_element()
        .is_some_and(|active| &active == element)
}

/// How many batches of edits the page has settled (applied, or dropped by Undo or Back): the page
/// applies an edit after the next frame is painted, and a control shows what it was moved to
/// until then.
#[derive(Clone, Debug, Default)]
pub struct EditsApplied {
    /// The batches settled when the page last rendered.
    pub settled: u64,
    /// The batches settled by now: an input between a batch and the render that follows it (Yew
    /// yields while it renders) belongs to the next batch.
    pub now: std::rc::Rc<std::cell::Cell<u64>>,
}

/// Equal when as many batches had settled at render time.
impl PartialEq for EditsApplied {
    fn eq(&self, other: &Self) -> bool {
        self.settled == other.settled
    }
}

/// How many parameters carry a "top driver" badge, at most.
pub const BADGED: usize = 5;

/// A parameter's total Sobol index must reach this to be called a top driver (5% of the variance).
pub const BADGE_MIN_TOTAL: f64 = 0.05;

/// Which parameters drive the uncertainty of a figure of the material on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Drivers {
    pub material: Material,
    pub figure: Figure,
    /// Every varied parameter's key and total index, largest first.
    pub ranked: Vec<(&'static str, f64)>,
}

impl Drivers {
    /// The drivers of a figure; none when the figure hardly varies.
    pub fn of(result: &HeadlineSensitivity, figure: Figure) -> Self {
        let ranked = if result.is_flat(figure) {
            Vec::new()
        } else {
            result
                .ranked(figure)
                .into_iter()
                .map(|p| (p.param, p.total))
                .collect()
        };
        Drivers {
            material: result.material,
            figure,
            ranked,
        }
    }

    /// A parameter's rank (from 1) and total index, when it is among the top drivers.
    pub fn badge(&self, key: &str) -> Option<(usize, f64)> {
        self.ranked
            .iter()
            .take(BADGED)
            .position(|(k, total)| *k == key && *total >= BADGE_MIN_TOTAL)
            .map(|i| (i + 1, self.ranked[i].1))
    }

    /// A parameter's total index (0 for one not varied for this material).
    pub fn total(&self, key: &str) -> f64 {
        self.ranked
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0.0, |(_, total)| *total)
    }
}

#[derive(Properties, PartialEq)]
pub struct ParamControlProps {
    pub view: ParamView,
    pub value: f64,
    pub on_change: Callback<(ParamRef, f64)>,
    /// Its rank among the top drivers of the figure on screen, and what the badge's title says.
    #[prop_or_default]
    pub badge: Option<(usize, AttrValue)>,
}

/// One parameter: label, slider, value with units, and its source.
#[component]
pub fn ParamControl(props: &ParamControlProps) -> Html {
    let view = props.view;
    let id = format!("param-{}", view.key.replace('.', "-"));
    let id_for_badge = id.clone();
    // What the slider was moved to, in the batch of edits not yet settled: a render in between
    // (the page applies an edit after the next frame, and yields while it renders) must not put
    // the thumb back. Once the batch is settled the scenario's value is shown, and the thumb is
    // put there if it stands elsewhere (a move that Undo dropped, or one a later edit in the same
    // batch overrode).
    let edits = use_context::<EditsApplied>().unwrap_or_default();
    let settled = edits.settled;
    let moved = use_mut_ref(|| None::<(u64, f64)>);
    let unsettled = (*moved.borrow())
        .filter(|(batch, _)| *batch == settled)
        .map(|(_, value)| value);
    let shown = unsettled.unwrap_or(props.value);
    let input_ref = use_node_ref();
    {
        let (input_ref, moved) = (input_ref.clone(), moved.clone());
        use_effect_with((settled, props.value), move |(settled, value)| {
            let moved_since = (*moved.borrow()).is_some_and(|(batch, _)| batch == *settled);
            if let (false, Some(input)) = (moved_since, input_ref.cast::<HtmlInputElement>()) {
                let text = value.to_string();
                if input.value() != text {
                    input.set_value(&text);
                }
            }
        });
    }
    let oninput = {
        let on_change = props.on_change.clone();
        let moved = moved.clone();
        let edits = edits.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(value) = input.value().parse::<f64>() {
                *moved.borrow_mut() = Some((edits.now.get(), value));
                on_change.emit((view.param, value));
            }
        })
    };
    let tr = use_tr();
    let changed = props.value != view.values.default;
    let label = names::param(tr.0, &view);
    let unit = names::param_unit(tr.0, &view);
    let value = tr.with(
        "param-value",
        &[
            ("value", props.value.to_string().into()),
            ("unit", unit.into()),
        ],
    );
    html! {
        <div class={classes!("param", changed.then_some("changed"))} data-param={view.key}>
            <label for={id.clone()}>{ label }</label>
            if let Some((rank, title)) = &props.badge {
                <span class="badge driver-badge" id={format!("{id_for_badge}-driver")} data-rank={rank.to_string()} title={title.clone()}>
                    { tr.with("driver-badge", &[("rank", (*rank).into())]) }
                    <span class="visually-hidden">{ format!(": {title}") }</span>
                </span>
            }
            <div class="slider">
                <input id={id} ref={input_ref} type="range" min={view.values.min.to_string()} max={view.values.max.to_string()}
                       step={view.step.to_string()} value={shown.to_string()} {oninput}
                       aria-valuetext={value.clone()}
                       aria-describedby={props.badge.as_ref().map(|_| format!("{id_for_badge}-driver"))} />
                <output>{ value }</output>
            </div>
            <p class="help">{ names::param_help(tr.0, &view) }<br/><span class="source">{ tr.with("param-default", &[("value", view.values.default.to_string().into()), ("source", names::param_source(tr.0, &view).into())]) }</span></p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ParamGroupsProps {
    pub values: Vec<f64>,
    pub on_change: Callback<(ParamRef, f64)>,
    /// The top drivers of the figure on screen, once computed.
    #[prop_or_default]
    pub drivers: Option<Rc<Drivers>>,
}

/// Every parameter, grouped as on the page, each group folded away until opened. Once the
/// drivers are known, the top ones carry a badge, and the groups and their parameters can be
/// sorted by influence (largest total index first).
#[component]
pub fn ParamGroups(props: &ParamGroupsProps) -> Html {
    let tr = use_tr();
    // The groups opened so far: a group's controls are built when it is first opened, so that the
    // page does not build eighty sliders nobody has asked to see.
    let opened = use_state(|| [false; Group::ALL.len()]);
    // Which groups are open now: kept by the page, so that a sort by influence, which moves the
    // groups, leaves open what the reader opened.
    let open_now = use_mut_ref(|| [false; Group::ALL.len()]);
    let by_influence = use_state_eq(|| false);
    let drivers = props.drivers.as_deref();
    let influence = |view: &ParamView| drivers.map_or(0.0, |d| d.total(view.key));
    let mut groups: Vec<(usize, Group, Vec<&ParamView>)> = Group::ALL
        .into_iter()
        .enumerate()
        .map(|(index, group)| {
            let views = all_params().iter().filter(|v| v.group == group).collect();
            (index, group, views)
        })
        .collect();
    let sorted = *by_influence && drivers.is_some();
    if sorted {
        for (_, _, views) in &mut groups {
            views.sort_by(|a, b| influence(b).total_cmp(&influence(a)));
        }
        // Stable: groups no parameter of which matters keep their order, last.
        groups.sort_by(|(_, _, a), (_, _, b)| {
            let most = |views: &Vec<&ParamView>| views.first().map_or(0.0, |v| influence(v));
            most(b).total_cmp(&most(a))
        });
    }
    let on_sort = {
        let by_influence = by_influence.clone();
        Callback::from(move |_: MouseEvent| by_influence.set(!*by_influence))
    };
    let badge = |view: &ParamView| -> Option<(usize, AttrValue)> {
        let drivers = drivers?;
        let (rank, total) = drivers.badge(view.key)?;
        let title = tr.with(
            "driver-badge-title",
            &[
                (
                    "share",
                    tr.with(
                        "percent",
                        &[("value", format!("{:.0}", total * 100.0).into())],
                    )
                    .into(),
                ),
                (
                    "figure",
                    super::results::figure_name(tr, drivers.figure).into(),
                ),
                (
                    "material",
                    names::material_lower(tr.0, drivers.material).into(),
                ),
            ],
        );
        Some((rank, title.into()))
    };
    html! {
        <div class="param-groups">
            <button type="button" class="sort-influence" data-action="sort-influence"
                    aria-pressed={sorted.to_string()} disabled={drivers.is_none()} onclick={on_sort}>
                { tr.t("sort-influence") }
            </button>
            { for groups.into_iter().map(|(index, group, views)| {
                let changed = views.iter().filter(|v| props.values[v.param.index()] != v.values.default).count();
                let badged = views.iter().filter(|v| badge(v).is_some()).count();
                let ontoggle = {
                    let opened = opened.clone();
                    let open_now = open_now.clone();
                    Callback::from(move |event: Event| {
                        let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
                        open_now.borrow_mut()[index] = details.open();
                        if details.open() && !opened[index] {
                            let mut next = *opened;
                            next[index] = true;
                            opened.set(next);
                        }
                    })
                };
                html! {
                    <details class="group" key={group.id()} data-group={group.id()} open={open_now.borrow()[index]} {ontoggle}>
                        <summary>
                            { names::group(tr.0, group) }
                            if changed > 0 { <span class="badge">{ tr.with("changed-badge", &[("count", changed.into())]) }</span> }
                            if badged > 0 { <span class="badge driver-badge">{ tr.with("group-drivers", &[("count", badged.into())]) }</span> }
                        </summary>
                        if opened[index] {
                            { for views.into_iter().map(|view| html! {
                                <ParamControl key={view.key} view={*view} value={props.values[view.param.index()]}
                                              on_change={props.on_change.clone()} badge={badge(view)} />
                            }) }
                        }
                    </details>
                }
            }) }
        </div>
    }
}

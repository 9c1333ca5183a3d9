//! Compare: choose a second scenario, see the settings that differ and the headline figures of
//! both; the charts draw the second scenario over the first.

use super::results::{compared_name, days, tonnes};
use super::spoiler::{use_hidden, HiddenFigure};
use super::use_tr;
use crate::i18n::{date_text, month_year, names, whole, Lang, Tr};
use crate::model::params::all_params;
use crate::model::summary::Headline;
use crate::model::time::Date;
use crate::model::uncertainty::HeadlineRanges;
use crate::model::MeasureId;
use crate::scenario::compare::{differences, Setting, WorkspaceAction};
use crate::scenario::lesson::Figure;
use crate::scenario::{Preset, Scenario};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A measure's schedule in words: "Bulk throughout", "Individual from 4 July 2019, Bulk from
/// 16 March 2023".
fn schedule_text(tr: Tr, measure: MeasureId, changes: &[(Date, usize)]) -> String {
    let lang = tr.0;
    if changes.is_empty() {
        return tr.with(
            "schedule-throughout",
            &[("state", names::state(lang, measure, 0).into())],
        );
    }
    let parts: Vec<String> = changes
        .iter()
        .map(|(date, state)| {
            let state = names::state(lang, measure, *state);
            if *date == Date::START {
                tr.with("schedule-from-start", &[("state", state.into())])
            } else {
                tr.with(
                    "schedule-from",
                    &[
                        ("state", state.into()),
                        ("date", date_text(lang, *date).into()),
                    ],
                )
            }
        })
        .collect();
    parts.join(if lang == Lang::Ja { "、" } else { ", " })
}

/// A setting's name and its value in both scenarios, in words.
fn difference_row(
    tr: Tr,
    a: &Scenario,
    b: &Scenario,
    setting: Setting,
) -> (String, String, String) {
    match setting {
        Setting::Measure(measure) => (
            names::measure(tr.0, measure),
            schedule_text(tr, measure, &a.measures.changes_of(measure)),
            schedule_text(tr, measure, &b.measures.changes_of(measure)),
        ),
        Setting::Param(index) => {
            let view = &all_params()[index];
            let unit = names::param_unit(tr.0, view);
            let value = |v: f64| {
                tr.with(
                    "param-value",
                    &[
                        ("value", v.to_string().into()),
                        ("unit", unit.clone().into()),
                    ],
                )
            };
            (
                names::param(tr.0, view),
                value(a.params.get(view.param)),
                value(b.params.get(view.param)),
            )
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub scenario: Scenario,
    pub compare: Option<Scenario>,
    pub headlines: Vec<Headline>,
    pub compare_headlines: Option<Vec<Headline>>,
    /// The figures' p10–p90 ranges of each scenario, once computed.
    pub ranges: Option<Rc<HeadlineRanges>>,
    pub compare_ranges: Option<Rc<HeadlineRanges>>,
    pub on_action: Callback<WorkspaceAction>,
    /// Whether the reader may change what is compared (not in a locked embed).
    pub editable: bool,
}

/// The chosen option of the "Compare with" list: "current" or a preset's id.
const CURRENT: &str = "current";

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let tr = use_tr();
    let choice = use_state(|| CURRENT.to_string());
    let on_choice = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            choice.set(select.value());
        })
    };
    let Some(compare) = &props.compare else {
        if !props.editable {
            return html! {};
        }
        let on_compare = {
            let (choice, scenario, on_action) = (
                choice.clone(),
                props.scenario.clone(),
                props.on_action.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let other =
                    Preset::from_id(&choice).map_or_else(|| scenario.clone(), Preset::scenario);
                on_action.emit(WorkspaceAction::CompareWith(Some(Box::new(other))));
            })
        };
        return html! {
            <section class="compare idle" aria-labelledby="compare-heading">
                <h2 id="compare-heading">{ tr.t("compare-heading") }</h2>
                <p class="help">{ tr.t("compare-help") }</p>
                <div class="compare-start">
                    <label for="compare-with">{ tr.t("compare-with") }</label>
                    <select id="compare-with" onchange={on_choice}>
                        <option value={CURRENT} selected={*choice == CURRENT}>{ tr.t("compare-current") }</option>
                        { for Preset::ALL.into_iter().map(|p| html! {
                            <option value={p.id()} selected={*choice == p.id()}>{ names::preset(tr.0, p) }</option>
                        }) }
                    </select>
                    <button type="button" data-action="start-compare" onclick={on_compare}>{ tr.t("compare-start") }</button>
                </div>
            </section>
        };
    };

    let name = compared_name(tr, compare.matching_preset());
    let found = differences(&props.scenario, compare);
    let on_swap = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::Swap);
    let on_stop = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::CompareWith(None));
    // ", September 2019" after a peak and its range.
    let when = |h: &Headline| {
        tr.with(
            "compare-peak-when",
            &[("month", month_year(tr.0, h.peak_month).into())],
        )
    };
    // A figure's range under it, once known: "(40–60)".
    let range = |ranges: &Option<Rc<HeadlineRanges>>, h: &Headline, value: fn(&Headline) -> f64| {
        match ranges {
            Some(ranges) => {
                let (low, high) = ranges.of(h.material);
                html! { <span class="range">{ " " }{ format!("({}–{})", whole(value(low)), whole(value(high))) }</span> }
            }
            None => html! {},
        }
    };
    let hidden = use_hidden();
    let lead = |h: &Headline| h.peak_lead_time_days;
    let lost = |h: &Headline| h.jp_exports_loss_t;
    let rows = props
        .headlines
        .iter()
        .zip(props.compare_headlines.iter().flatten())
        .map(|(a, b)| {
            html! {
                <tr data-material={a.material.id()}>
                    <th scope="row">{ names::material(tr.0, a.material) }</th>
                    if hidden.hides(a.material, Figure::PeakLeadTimeDays) {
                        <td><HiddenFigure /></td>
                        <td><HiddenFigure /></td>
                    } else {
                        <td>{ days(tr, a.peak_lead_time_days) }{ range(&props.ranges, a, lead) }{ when(a) }</td>
                        <td>{ days(tr, b.peak_lead_time_days) }{ range(&props.compare_ranges, b, lead) }{ when(b) }</td>
                    }
                    if hidden.hides(a.material, Figure::ExportsLostT) {
                        <td><HiddenFigure /></td>
                        <td><HiddenFigure /></td>
                    } else {
                        <td>{ tonnes(tr, a.jp_exports_loss_t) }{ range(&props.ranges, a, lost) }</td>
                        <td>{ tonnes(tr, b.jp_exports_loss_t) }{ range(&props.compare_ranges, b, lost) }</td>
                    }
                </tr>
            }
        });
    html! {
        <section class="compare comparing" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ tr.t("compare-heading") }</h2>
            <p>
                { tr.t("compare-a") }{ " " }
                <strong>{ tr.with("compare-b", &[("name", name.into())]) }</strong>
            </p>
            if props.editable {
                <div class="compare-actions">
                    <button type="button" data-action="swap" onclick={on_swap}>{ tr.t("compare-swap") }</button>
                    <button type="button" data-action="stop-compare" onclick={on_stop}>{ tr.t("compare-stop") }</button>
                </div>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}: {}", tr.t("compare-heading"), tr.t("compare-figures"))}>
                // Busy until the ranges of both scenarios have arrived.
                <table class="compare-figures"
                       aria-busy={(props.ranges.is_none() || props.compare_ranges.is_none()).to_string()}>
                    <caption>{ tr.t("compare-figures") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t("compare-material") }</th>
                            <th scope="col">{ tr.t("compare-peak-a") }</th>
                            <th scope="col">{ tr.t("compare-peak-b") }</th>
                            <th scope="col">{ tr.t("compare-lost-a") }</th>
                            <th scope="col">{ tr.t("compare-lost-b") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if found.is_empty() {
                <p class="differences-none">{ tr.t("compare-same") }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}: {}", tr.t("compare-heading"), tr.t("compare-setting"))}>
                    <table class="differences">
                        <caption>{ tr.with("compare-differ", &[("count", found.len().into())]) }</caption>
                        <thead>
                            <tr><th scope="col">{ tr.t("compare-setting") }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th></tr>
                        </thead>
                        <tbody>
                            { for found.iter().map(|setting| {
                                let (name, a, b) = difference_row(tr, &props.scenario, compare, *setting);
                                html! { <tr><th scope="row">{ name }</th><td>{ a }</td><td>{ b }</td></tr> }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

//! Compare: choose a second scenario, see the settings that differ and the headline figures of
//! both; the charts draw the second scenario over the first.

use crate::model::summary::{month_name, thousands, Headline};
use crate::scenario::compare::{differences, WorkspaceAction};
use crate::scenario::{Preset, Scenario};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The compared scenario's name: its preset's, or "your own scenario".
pub fn compared_name(scenario: &Scenario) -> String {
    scenario.matching_preset().map_or_else(
        || "an edited scenario".to_string(),
        |p| p.label().to_string(),
    )
}

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub scenario: Scenario,
    pub compare: Option<Scenario>,
    pub headlines: Vec<Headline>,
    pub compare_headlines: Option<Vec<Headline>>,
    pub on_action: Callback<WorkspaceAction>,
    /// Whether the reader may change what is compared (not in a locked embed).
    pub editable: bool,
}

/// The chosen option of the "Compare with" list: "current" or a preset's id.
const CURRENT: &str = "current";

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
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
            <section class="compare idle" aria-label="Compare">
                <h2>{ "Compare" }</h2>
                <p class="help">{ "Keep a second scenario on the charts while you change this one." }</p>
                <div class="compare-start">
                    <label for="compare-with">{ "Compare with" }</label>
                    <select id="compare-with" onchange={on_choice}>
                        <option value={CURRENT} selected={*choice == CURRENT}>{ "This scenario as it is now" }</option>
                        { for Preset::ALL.into_iter().map(|p| html! {
                            <option value={p.id()} selected={*choice == p.id()}>{ p.label() }</option>
                        }) }
                    </select>
                    <button type="button" data-action="start-compare" onclick={on_compare}>{ "Compare" }</button>
                </div>
            </section>
        };
    };

    let name = compared_name(compare);
    let found = differences(&props.scenario, compare);
    let on_swap = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::Swap);
    let on_stop = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::CompareWith(None));
    let rows = props
        .headlines
        .iter()
        .zip(props.compare_headlines.iter().flatten())
        .map(|(a, b)| {
            html! {
                <tr data-material={a.material.id()}>
                    <th scope="row">{ a.material.name() }</th>
                    <td>{ format!("{:.0} days ({})", a.peak_lead_time_days, month_name(a.peak_month)) }</td>
                    <td>{ format!("{:.0} days ({})", b.peak_lead_time_days, month_name(b.peak_month)) }</td>
                    <td>{ format!("{} t", thousands(a.jp_exports_loss_t)) }</td>
                    <td>{ format!("{} t", thousands(b.jp_exports_loss_t)) }</td>
                </tr>
            }
        });
    html! {
        <section class="compare comparing" aria-label="Compare">
            <h2>{ "Compare" }</h2>
            <p>
                { "A, solid line: the scenario the controls edit. " }
                <strong>{ format!("B, dotted black line: {name}.") }</strong>
            </p>
            if props.editable {
                <div class="compare-actions">
                    <button type="button" data-action="swap" onclick={on_swap}>{ "Swap A and B (edit B)" }</button>
                    <button type="button" data-action="stop-compare" onclick={on_stop}>{ "Stop comparing" }</button>
                </div>
            }
            <div class="table-scroll">
                <table class="compare-figures">
                    <caption>{ "Headline figures" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Material" }</th>
                            <th scope="col">{ "Peak lead time, A" }</th>
                            <th scope="col">{ "Peak lead time, B" }</th>
                            <th scope="col">{ "Japanese exports lost, A" }</th>
                            <th scope="col">{ "Japanese exports lost, B" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if found.is_empty() {
                <p class="differences-none">{ "A and B have the same settings." }</p>
            } else {
                <div class="table-scroll">
                    <table class="differences">
                        <caption>{ format!("{} setting{} differ", found.len(), if found.len() == 1 { "" } else { "s" }) }</caption>
                        <thead>
                            <tr><th scope="col">{ "Setting" }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th></tr>
                        </thead>
                        <tbody>
                            { for found.iter().map(|d| html! {
                                <tr><th scope="row">{ d.setting.clone() }</th><td>{ d.a.clone() }</td><td>{ d.b.clone() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

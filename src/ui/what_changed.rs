//! What changed: what the last change did (for the material on screen, near its figures; for
//! every material, with what the scenario does against the baseline, below the charts).

use super::results::{days, tonnes};
use super::spoiler::use_hidden;
use super::use_tr;
use crate::i18n::{edit_effect, finding, whole, Tr};
use crate::model::summary::{EditEffect, Finding, Headline};
use crate::model::uncertainty::HeadlineRanges;
use crate::model::Material;
use crate::scenario::lesson::Figure;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LastChangeProps {
    /// What the last change did, per material; empty before any change.
    pub effects: Vec<EditEffect>,
    pub selected: Material,
}

/// One line under the headline figures: what the last change did to the material on screen.
#[component]
pub fn LastChange(props: &LastChangeProps) -> Html {
    let tr = use_tr();
    let hidden = use_hidden();
    match props
        .effects
        .iter()
        .find(|e| e.material == props.selected && !hidden.hides_any(e.material))
    {
        Some(effect) => html! {
            <p class="last-change" role="status" data-last-change={props.selected.id()}>
                <strong>{ tr.t("last-change") }</strong>{ " " }{ edit_effect(tr.0, effect) }
            </p>
        },
        None => html! {},
    }
}

/// "(likely range 40–60 days)" after a figure: its low end as a bare number, its high end written
/// with its unit by `write`.
pub fn range_note(tr: Tr, low: f64, high: f64, write: impl Fn(f64) -> String) -> String {
    tr.with(
        "range-note",
        &[("low", whole(low).into()), ("high", write(high).into())],
    )
}

/// A finding's figure's range: the peak lead time's for a peak, the exports lost for exports.
fn finding_range(tr: Tr, item: &Finding, ranges: Option<&HeadlineRanges>) -> Option<String> {
    let ranges = ranges?;
    let pick = |material: Material, value: fn(&Headline) -> f64| {
        let (low, high) = ranges.of(material);
        (value(low), value(high))
    };
    match item {
        Finding::Peak { material, .. } => {
            let (low, high) = pick(*material, |h| h.peak_lead_time_days);
            Some(range_note(tr, low, high, |v| days(tr, v)))
        }
        Finding::ExportsLost { material, .. } => {
            let (low, high) = pick(*material, |h| h.jp_exports_loss_t);
            Some(range_note(tr, low, high, |v| tonnes(tr, v)))
        }
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct WhatChangedProps {
    pub effects: Vec<EditEffect>,
    pub findings: Vec<Finding>,
    pub ranges: Option<Rc<HeadlineRanges>>,
}

#[component]
pub fn WhatChanged(props: &WhatChangedProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let hidden = use_hidden();
    // A sentence that gives the hidden figure, or how it moved, waits for the answer.
    let shown = |f: &&Finding| match f {
        Finding::Unchanged { material, .. } | Finding::Peak { material, .. } => {
            !hidden.hides(*material, Figure::PeakLeadTimeDays)
        }
        Finding::ExportsLost { material, .. } => {
            !hidden.hides(*material, Figure::ExportsLostT)
                && !hidden.hides(*material, Figure::JpShareEndPercent)
        }
        Finding::Shortfall { .. } => true,
    };
    let effects: Vec<&EditEffect> = props
        .effects
        .iter()
        .filter(|e| !hidden.hides_any(e.material))
        .collect();
    let withheld = props.findings.iter().any(|f| !shown(&f)) || effects.len() < props.effects.len();
    html! {
        <section class="what-changed" aria-labelledby="what-changed-heading">
            <h2 id="what-changed-heading">{ tr.t("what-changed") }</h2>
            if !effects.is_empty() {
                <h3>{ tr.t("last-change") }</h3>
                <ul data-list="last-change">
                    { for effects.iter().map(|e| html! { <li>{ edit_effect(lang, e) }</li> }) }
                </ul>
                <h3>{ tr.t("against-baseline") }</h3>
            }
            <ul data-list="findings">
                { for props.findings.iter().filter(shown).map(|f| html! {
                    <li>{ finding(lang, f) }
                        if let Some(range) = finding_range(tr, f, props.ranges.as_deref()) {
                            { " " }<span class="range">{ range }</span>
                        }
                    </li>
                }) }
            </ul>
            if withheld {
                <p class="help" data-hidden="sentences">{ tr.t("hidden-sentences") }</p>
            }
        </section>
    }
}

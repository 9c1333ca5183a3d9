//! The headline figures: one card per material (choosing a card shows its charts) with its peak
//! lead time, its range and what the last change did to it; under the cards, the other figures of
//! the material on screen.

use super::results::{days, signed_days, tonnes};
use super::spoiler::{use_hidden, HiddenFigure};
use super::use_tr;
use crate::i18n::{money_millions, month_year, names, whole, Tr};
use crate::model::summary::Headline;
use crate::model::uncertainty::{BandKind, HeadlineRanges};
use crate::model::Material;
use crate::scenario::lesson::Figure;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineCardsProps {
    pub headlines: Vec<Headline>,
    /// The figures before the last change, when there was one.
    pub before: Option<Vec<Headline>>,
    /// The p10–p90 ranges of the figures, once computed for this scenario.
    pub ranges: Option<Rc<HeadlineRanges>>,
    /// Which uncertainty the ranges show.
    pub bands: BandKind,
    pub selected: Material,
    pub on_select: Callback<Material>,
}

/// "(71–105)": a figure's p10–p90 range, written with `write`.
fn range(
    ranges: Option<&HeadlineRanges>,
    material: Material,
    value: impl Fn(&Headline) -> f64,
    write: impl Fn(f64) -> String,
) -> Option<String> {
    let (low, high) = ranges?.of(material);
    Some(format!("({}–{})", write(value(low)), write(value(high))))
}

/// A range as shown after its figure: small, titled with what it is; a placeholder while it is
/// being computed.
fn range_html(
    tr: Tr,
    text: Option<String>,
    ranges: Option<&HeadlineRanges>,
    kind: BandKind,
) -> Html {
    match (text, ranges) {
        (Some(text), Some(ranges)) => {
            let id = match kind {
                BandKind::Calibrated => "range-title-calibrated",
                BandKind::Assumptions => "range-title-assumptions",
            };
            let title = tr.with(id, &[("draws", whole(ranges.draws as f64).into())]);
            html! { <>{ " " }<span class="range" {title}>{ text }</span></> }
        }
        _ => html! { <>{ " " }<span class="range pending" aria-hidden="true">{ "…" }</span></> },
    }
}

#[component]
pub fn HeadlineCards(props: &HeadlineCardsProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let ranges = props.ranges.as_deref();
    let percent = |share: f64| tr.with("percent", &[("value", whole(100.0 * share).into())]);
    let whole_days = |value: f64| whole(value);
    let range_html_of = |text: Option<String>| range_html(tr, text, ranges, props.bands);
    let hidden = use_hidden();
    let cards = props.headlines.iter().map(|h| {
        let material = h.material;
        let onclick = props.on_select.reform(move |_: MouseEvent| material);
        let above = h.peak_lead_time_days - h.baseline_peak_lead_time_days;
        let before = props
            .before
            .as_ref()
            .and_then(|b| b.iter().find(|b| b.material == material));
        let change = before.map(|b| h.peak_lead_time_days - b.peak_lead_time_days);
        let selected = material == props.selected;
        html! {
            <button type="button" data-material={material.id()}
                    class={classes!("card", selected.then_some("selected"))}
                    aria-pressed={selected.to_string()} {onclick}>
                <h3>{ names::material(lang, material) }</h3>
                <span class="card-label">{ tr.t("figure-peak") }</span>
                if hidden.hides(material, Figure::PeakLeadTimeDays) {
                    <span class="card-figure" data-figure="peak-lead-time"><HiddenFigure /></span>
                } else {
                    <span class="card-figure" data-figure="peak-lead-time">
                        <span class="nowrap">{ days(tr, h.peak_lead_time_days) }</span>
                        { range_html_of(range(ranges, material, |h| h.peak_lead_time_days, whole_days)) }
                    </span>
                    <span class="card-note">{ tr.with("vs-baseline", &[("above", signed_days(tr, above).into()), ("month", month_year(lang, h.peak_month).into())]) }</span>
                }
                if let Some(change) = change.filter(|_| !hidden.hides_any(material)) {
                    <span class={classes!("card-change", (change.abs() >= 0.5).then_some("moved"))} data-figure="peak-change">
                        { if change.abs() >= 0.5 {
                            tr.with("since-last", &[("change", signed_days(tr, change).into())])
                        } else {
                            tr.t("unchanged-since-last")
                        } }
                    </span>
                }
            </button>
        }
    });
    let selected = props
        .headlines
        .iter()
        .find(|h| h.material == props.selected);
    html! {
        <section class="headlines" aria-label={tr.t("headlines-label")} aria-live="polite">
            // The cards' headings are under this one, whatever comes before the results.
            <h2 class="visually-hidden">{ tr.t("headlines-label") }</h2>
            // On a phone the cards are narrow: their figure is named once, above them.
            <p class="cards-caption" aria-hidden="true">{ tr.t("cards-caption") }</p>
            <div class="cards">{ for cards }</div>
            if let Some(h) = selected {
                <dl class="figures" aria-label={names::material(lang, h.material)}>
                    <div>
                        <dt>{ tr.t("figure-exports-lost") }</dt>
                        if hidden.hides(h.material, Figure::ExportsLostT) {
                            <dd data-figure="exports-lost"><HiddenFigure /></dd>
                        } else {
                            <dd data-figure="exports-lost">{ tonnes(tr, h.jp_exports_loss_t) }
                                { range_html_of(range(ranges, h.material, |h| h.jp_exports_loss_t, whole)) }
                                <small>{ " " }{ money_millions(lang, h.jp_exports_loss_usd) }</small></dd>
                        }
                    </div>
                    <div>
                        <dt>{ tr.t("figure-shortfall") }</dt>
                        <dd data-figure="shortfall-months">{ h.shortfall_months }
                            { range_html_of(range(ranges, h.material, |h| h.shortfall_months as f64, whole)) }</dd>
                    </div>
                    <div>
                        <dt>{ tr.t("figure-jp-share") }</dt>
                        if hidden.hides(h.material, Figure::JpShareEndPercent) {
                            <dd data-figure="jp-share-end"><HiddenFigure /></dd>
                        } else {
                            <dd data-figure="jp-share-end">{ percent(h.jp_share_at_end) }
                                { range_html_of(range(ranges, h.material, |h| h.jp_share_at_end, percent)) }</dd>
                        }
                    </div>
                </dl>
            }
        </section>
    }
}

//! "How good is the model?": every observed figure against the model, with its likely range and
//! its source; the two accounts of the licence waits, each with its fit, and a switch between
//! them; the model's predictions for the years this project holds no observation of; and the
//! observed data and the report as downloads.

use super::browser::download;
use super::results::{days, tonnes};
use super::use_tr;
use crate::export::{checks_csv, observed_csv};
use crate::i18n::{money_millions, month_year, names, whole, Tr};
use crate::model::checks::{Check, ChecksReport, Prediction};
use crate::model::targets::{Hypothesis, Subject, Unit};
use crate::model::Material;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModelChecksProps {
    /// The latest report, and whether it is of the assumptions on screen (else it is shown,
    /// marked as being updated, until the new one arrives).
    pub report: Option<(Rc<ChecksReport>, bool)>,
    /// Sets the calibrated assumptions to one account's fit; `None` where the controls are locked.
    pub on_hypothesis: Option<Callback<Hypothesis>>,
    /// The account whose fit the assumptions on screen are, if either.
    pub in_use: Option<Hypothesis>,
}

/// Months `first..=last` as a reader reads them: "Aug 2019", "Jan 2019–Jun 2019", "2019".
fn period(tr: Tr, first: usize, last: usize) -> String {
    if first == last {
        month_year(tr.0, first)
    } else if first.is_multiple_of(12) && last == first + 11 {
        tr.with(
            "check-year",
            &[("year", (2018 + first / 12).to_string().into())],
        )
    } else {
        tr.with(
            "check-months",
            &[
                ("first", month_year(tr.0, first).into()),
                ("last", month_year(tr.0, last).into()),
            ],
        )
    }
}

/// What a check observes, in the reader's language.
fn subject(tr: Tr, material: Option<Material>, subject: Subject) -> String {
    // Lower case within a sentence; at its start (a licence date, the shortfall), as a name.
    let starts = matches!(subject, Subject::LicenceDays { .. } | Subject::Shortfall);
    let name = material.map_or_else(String::new, |m| {
        if starts {
            names::material(tr.0, m)
        } else {
            names::material_lower(tr.0, m)
        }
    });
    let with = |id: &str, args: Vec<(&str, crate::i18n::Arg)>| {
        let mut all = vec![("material", name.clone().into())];
        all.extend(args);
        tr.with(id, &all)
    };
    match subject {
        Subject::Tonnes {
            first,
            last,
            average,
        } => {
            // Hydrogen fluoride's tonnes are Japan's export statistics; the others' Korea's
            // imports from Japan.
            let id = match (material == Some(Material::Hf), average) {
                (true, false) => "check-tonnes-japan",
                (true, true) => "check-tonnes-japan-average",
                (false, _) => "check-tonnes-korea",
            };
            with(id, vec![("period", period(tr, first, last).into())])
        }
        Subject::Value { first, last } => with(
            "check-value",
            vec![("period", period(tr, first, last).into())],
        ),
        Subject::Share {
            first,
            last,
            by_value,
        } => with(
            if by_value {
                "check-share-value"
            } else {
                "check-share-volume"
            },
            vec![("period", period(tr, first, last).into())],
        ),
        Subject::LicenceDays { share } => with(
            "check-licence",
            vec![("share", whole(share * 100.0).into())],
        ),
        Subject::Shortfall => with("check-shortfall", vec![]),
    }
}

/// A likely range, "2,661 t–3,835 t", as the language writes a range.
fn span(tr: Tr, low: String, high: String) -> String {
    tr.with("check-span", &[("low", low.into()), ("high", high.into())])
}

/// A figure in its unit.
fn figure(tr: Tr, unit: Unit, value: f64) -> String {
    let percent = |value: f64, decimals: usize| {
        tr.with(
            "percent",
            &[("value", format!("{:.decimals$}", value * 100.0).into())],
        )
    };
    match unit {
        Unit::Tonnes => tonnes(tr, value),
        Unit::TonnesAMonth => tr.with("tonnes-a-month", &[("tonnes", whole(value).into())]),
        Unit::Usd => money_millions(tr.0, value),
        Unit::Share => percent(value, 0),
        Unit::ShareOfDemand => percent(value.max(0.0), 1),
        Unit::Days => days(tr, value),
    }
}

/// A source: a link to its page, marked as another site, or the source's name where the project
/// has no address for it (it is then in the observed data below).
fn source(tr: Tr, name: &str, url: Option<&str>) -> Html {
    match url {
        Some(url) => html! {
            <a href={url.to_string()} target="_blank" rel="noopener noreferrer external" class="external">
                { name }<span class="visually-hidden">{ tr.t("source-external") }</span>
                <span aria-hidden="true">{ " ↗" }</span>
            </a>
        },
        None => {
            // Scrolls to the observed data and moves the focus there, without a history entry
            // of its own (the page's history is the scenario's).
            let onclick = Callback::from(|event: MouseEvent| {
                event.prevent_default();
                if let Some(heading) = gloo::utils::document()
                    .get_element_by_id("observed-data")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    heading.scroll_into_view();
                    let _ = heading.focus();
                }
            });
            html! {
                <a href="#observed-data" class="own-data" {onclick}>{ name }
                    <span class="visually-hidden">{ tr.t("source-own-data") }</span>
                </a>
            }
        }
    }
}

fn check_row(tr: Tr, check: &Check) -> Html {
    html! {
        <tr data-inside={check.inside.to_string()} data-fitted={check.fitted.to_string()}>
            <th scope="row">
                { subject(tr, check.material, check.subject) }
                if !check.fitted { <span class="not-fitted">{ format!(" {}", tr.t("check-not-fitted")) }</span> }
            </th>
            <td>{ figure(tr, check.unit, check.observed) }</td>
            <td>{ figure(tr, check.unit, check.model) }</td>
            <td>{ span(tr, figure(tr, check.unit, check.band.0.max(0.0)), figure(tr, check.unit, check.band.1)) }</td>
            <td class={classes!("inside", (!check.inside).then_some("outside"))}>
                { tr.t(if check.inside { "check-inside-yes" } else { "check-inside-no" }) }
            </td>
            <td>{ source(tr, &check.source, check.url.as_deref()) }</td>
        </tr>
    }
}

fn prediction_row(tr: Tr, prediction: &Prediction) -> Html {
    let unit = prediction.unit;
    html! {
        <tr>
            <th scope="row">{ tr.with("check-prediction", &[
                ("material", names::material_lower(tr.0, prediction.material).into()),
                ("year", prediction.year.to_string().into()),
            ]) }</th>
            <td>{ figure(tr, unit, prediction.model) }</td>
            <td>{ span(tr, figure(tr, unit, prediction.band.0.max(0.0)), figure(tr, unit, prediction.band.1)) }</td>
            <td>{ tr.t("check-no-observation") }</td>
        </tr>
    }
}

/// Observed figures against the model, in a table that scrolls sideways on a phone.
fn checks_table(tr: Tr, label: String, sample: &'static str, checks: &[&Check]) -> Html {
    scrolling(
        label,
        html! {
            <table class="checks" data-sample={sample}>
                <thead><tr>
                    <th scope="col">{ tr.t("table-observation") }</th>
                    <th scope="col">{ tr.t("table-observed") }</th>
                    <th scope="col">{ tr.t("table-model") }</th>
                    <th scope="col">{ tr.t("table-likely-range") }</th>
                    <th scope="col">{ tr.t("table-inside") }</th>
                    <th scope="col">{ tr.t("table-source") }</th>
                </tr></thead>
                <tbody>{ for checks.iter().map(|c| check_row(tr, c)) }</tbody>
            </table>
        },
    )
}

/// A table that scrolls sideways on a phone, reachable by keyboard.
fn scrolling(label: String, table: Html) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={label}>{ table }</div>
    }
}

#[component]
pub fn ModelChecks(props: &ModelChecksProps) -> Html {
    let tr = use_tr();
    let head = html! {
        <h2 id="model-checks-heading">{ tr.t("checks-title") }</h2>
    };
    let Some((report, current)) = props.report.clone() else {
        return html! {
            <section id="model-checks" class="model-checks" aria-labelledby="model-checks-heading" aria-busy="true">
                { head }
                <p class="pending">{ tr.t("checks-pending") }</p>
            </section>
        };
    };
    // The body is its own component: marking the report as being updated does not rebuild its
    // tables.
    html! {
        <section id="model-checks" class={classes!("model-checks", (!current).then_some("stale"))}
                 aria-labelledby="model-checks-heading" aria-busy={(!current).to_string()}>
            { head }
            if !current {
                <p class="pending" role="status">{ tr.t("checks-updating") }</p>
            }
            <ChecksBody {report} on_hypothesis={props.on_hypothesis.clone()} in_use={props.in_use} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChecksBodyProps {
    report: Rc<ChecksReport>,
    on_hypothesis: Option<Callback<Hypothesis>>,
    in_use: Option<Hypothesis>,
}

#[component]
fn ChecksBody(props: &ChecksBodyProps) -> Html {
    let tr = use_tr();
    let report = props.report.clone();
    let (inside, inside_assumptions) = report.inside();
    let weights = &report.weights;
    let summary = tr.with(
        "checks-summary",
        &[
            ("inside", inside.into()),
            ("count", report.checks.len().into()),
            ("inside-assumptions", inside_assumptions.into()),
            ("kept", weights.accepted.into()),
            ("draws", weights.draws.into()),
            ("ess", whole(weights.ess).into()),
        ],
    );
    let lever = Hypothesis::Fitted
        .params(&crate::model::Params::default())
        .get(crate::model::params::ParamRef::Global(
            crate::model::params::G::PoliticalLeverDays,
        ));
    let on_observed = Callback::from(|_: MouseEvent| {
        download("chokepoint-observed.csv", "text/csv", &observed_csv());
    });
    let on_report = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            download("chokepoint-checks.csv", "text/csv", &checks_csv(&report));
        })
    };
    // The switch is a radio per account: choosing one keeps the focus where it is while the
    // checks are computed again for it. Neither is checked when the calibrated values are
    // neither account's.
    let hypotheses = html! {
        <table class="hypotheses">
            <thead><tr>
                <th scope="col">{ tr.t("table-account") }</th>
                <th scope="col">{ tr.with("table-fit", &[("targets", report.fit.targets.into())]) }</th>
                <th scope="col">{ tr.t("table-licence-fit") }</th>
                if props.on_hypothesis.is_some() {
                    <th scope="col">{ tr.t("table-use") }</th>
                }
            </tr></thead>
            <tbody>
                { for report.hypotheses.iter().map(|(hypothesis, fit)| {
                    let in_use = props.in_use == Some(*hypothesis);
                    let label = tr.t(&format!("hypothesis-{}", hypothesis.id()));
                    html! {
                        <tr data-hypothesis={hypothesis.id()} data-in-use={in_use.to_string()}>
                            <th scope="row">{ label.clone() }
                                if in_use { <span class="in-use">{ format!(" ({})", tr.t("hypothesis-in-use")) }</span> }
                            </th>
                            <td>{ format!("{:.1}", fit.objective) }</td>
                            <td>{ format!("{:.1}", fit.licence_dates_objective) }</td>
                            if let Some(on_hypothesis) = &props.on_hypothesis {
                                <td>
                                    <input type="radio" name="hypothesis" class="use-hypothesis" data-action="use-hypothesis"
                                           value={hypothesis.id()} checked={in_use}
                                           aria-label={tr.with("hypothesis-use-label", &[("account", label.into())])}
                                           onchange={on_hypothesis.reform({ let h = *hypothesis; move |_: Event| h })} />
                                </td>
                            }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    // Every source once, in the order the checks name them.
    let mut sources: Vec<(String, Option<String>)> = Vec::new();
    for check in &report.checks {
        if !sources.iter().any(|(name, _)| *name == check.source) {
            sources.push((check.source.clone(), check.url.clone()));
        }
    }
    let (in_sample, out_of_sample): (Vec<&Check>, Vec<&Check>) =
        report.checks.iter().partition(|c| c.in_sample);
    html! {
        <>
            <p class="checks-summary">{ summary }</p>
            <p class="help">{ tr.t("checks-at") }</p>

            <h3>{ tr.t("hypotheses-title") }</h3>
            <p>{ tr.with("hypotheses-intro", &[
                ("lever", whole(lever).into()),
                ("targets", report.fit.targets.into()),
            ]) }</p>
            { scrolling(tr.t("hypotheses-title"), hypotheses) }

            <h3 id="checks-in-sample">{ tr.t("checks-in-sample") }</h3>
            <p class="help">{ tr.t("checks-in-sample-note") }</p>
            { checks_table(tr, tr.t("checks-in-sample"), "in", &in_sample) }

            <h3 id="checks-out-of-sample">{ tr.t("checks-out-of-sample") }</h3>
            if !out_of_sample.is_empty() {
                { checks_table(tr, tr.t("checks-out-of-sample"), "out-checks", &out_of_sample) }
            }
            <p class="help">{ tr.t("checks-out-of-sample-note") }</p>
            { scrolling(tr.t("checks-out-of-sample"), html! {
                <table class="checks" data-sample="out">
                    <thead><tr>
                        <th scope="col">{ tr.t("table-prediction") }</th>
                        <th scope="col">{ tr.t("table-model") }</th>
                        <th scope="col">{ tr.t("table-likely-range") }</th>
                        <th scope="col">{ tr.t("table-observed") }</th>
                    </tr></thead>
                    <tbody>{ for report.predictions.iter().map(|p| prediction_row(tr, p)) }</tbody>
                </table>
            }) }

            <h3 id="observed-data" tabindex="-1">{ tr.t("observed-data-title") }</h3>
            <h4>{ tr.t("observed-sources") }</h4>
            <ul class="sources">
                { for sources.iter().map(|(name, url)| html! {
                    <li>
                        if let Some(url) = url {
                            { source(tr, name, Some(url)) }
                        } else {
                            { name.clone() }{ " " }<span class="no-address">{ format!("({})", tr.t("source-no-address")) }</span>
                        }
                    </li>
                }) }
            </ul>
            <p class="help">{ tr.t("observed-data-note") }</p>
            <div class="checks-downloads">
                <button type="button" class="quiet" data-action="download-observed" onclick={on_observed}>
                    { tr.t("download-observed") }
                </button>
                <button type="button" class="quiet" data-action="download-checks" onclick={on_report}>
                    { tr.t("download-checks") }
                </button>
            </div>
        </>
    }
}

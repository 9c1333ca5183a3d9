//! The calibration targets: the 2018–2019 observations in `data/observed` that the model has an
//! output for, five dated first licences, and no shortfall. `chokepoint-cli calibrate` fits the
//! calibrated parameters to them (see `src/calibration.rs`); the page and the checks report set
//! the model against them. Pure Rust, the same natively and in the browser.
//!
//! Also the two hypotheses the calibration compares, as parameter sets: [`Hypothesis::Fitted`]
//! (every calibrated parameter free, the committed defaults) and [`Hypothesis::TechnicalOnly`]
//! (Japan's account: the political lever held at 0 and the other calibrated parameters at the fit
//! of that hypothesis, from the generated `calibrated.rs`).

use super::calibrated::TECHNICAL_ONLY;
use super::licensing::{LicenceStep, Licences, Review};
use super::measures::{LicensingRegime, Material, Measures};
use super::observed::{licensing_facts, observations_of, Observation};
use super::params::{all_params, find_param, Basis, ParamRef, Params, G, M};
use super::politics::{political_hold_days, tension, PoliticalStates};
use super::simulate::{japan_share_of_imports, simulate, Output, Run};
use super::time::Date;
use serde::{Deserialize, Serialize};

/// Days from the start of individual licensing until a share of the waiting buyers is licensed,
/// under the political states of `measures` (a daily run of the licence stocks alone).
pub fn licence_days(params: &Params, measures: &Measures, material: Material, share: f64) -> f64 {
    let start = Date::new(2019, 7, 4).expect("date").day_index();
    let review = Review::new(params, material);
    let mut licences = Licences::new(params);
    licences.start_individual();
    let one_day = LicenceStep::new(params, 1.0);
    for day in start..start + 720 {
        let states = PoliticalStates::on(measures, day);
        let hold = political_hold_days(params, tension(params, &states));
        let before = licences.uncovered();
        licences.advance(
            params,
            &review,
            LicensingRegime::Individual,
            hold,
            0.0,
            &one_day,
        );
        let after = licences.uncovered();
        if 1.0 - after >= share {
            // Linear within the day.
            let into = (share - (1.0 - before)) / (before - after).max(1e-12);
            return f64::from(day - start) + into;
        }
    }
    720.0
}

/// The unit of a target's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Tonnes over the period.
    Tonnes,
    /// Tonnes a month, averaged over the period.
    TonnesAMonth,
    /// US dollars over the period.
    Usd,
    /// A share, 0 to 1.
    Share,
    /// Days.
    Days,
    /// A share of demand over the period, 0 to 1.
    ShareOfDemand,
}

impl Unit {
    /// Stable identifier, as the command line writes it.
    pub fn id(self) -> &'static str {
        match self {
            Unit::Tonnes => "t",
            Unit::TonnesAMonth => "t_per_month",
            Unit::Usd => "usd",
            Unit::Share => "share",
            Unit::Days => "days",
            Unit::ShareOfDemand => "share_of_demand",
        }
    }
}

/// What a target observes, as data, so that each language can say it in its own words.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// Tonnes from Japan over months `first..=last` (0 = January 2018): Japan's export statistics
    /// for hydrogen fluoride, Korea's imports from Japan for the others; a monthly average when
    /// `average`.
    Tonnes {
        first: usize,
        last: usize,
        average: bool,
    },
    /// The US dollar value of Korea's imports from Japan over the months.
    Value { first: usize, last: usize },
    /// Japan's share of Korea's imports over the months, by value or by volume.
    Share {
        first: usize,
        last: usize,
        by_value: bool,
    },
    /// A dated licence: days from 4 July 2019 until this share of the waiting buyers held one.
    LicenceDays { share: f64 },
    /// No Korean line stopped: the shortfall over 2018–2019, as a share of demand.
    Shortfall,
}

/// How a target is read off a run (with its parameters and measures).
pub type Measure = Box<dyn Fn(&Run, &Params, &Measures) -> f64 + Sync + Send>;

/// One calibration target.
pub struct Target {
    /// The target as the calibration report names it (material, output, period and source).
    pub name: String,
    /// A short reader-facing description, e.g. "Japan's HF exports to Korea, Aug 2019".
    pub what: String,
    /// The material the target is about (every target today has one).
    pub material: Option<Material>,
    /// The unit of `observed`.
    pub unit: Unit,
    pub observed: f64,
    /// Tolerance: the residual that counts as one standard error.
    pub sigma: f64,
    /// Whether the target enters the objective. Polyimide's 2019 trade figures do not: the trade
    /// code is broader than the controlled fluorinated grade and rose 59.5% in 2019 while the
    /// controlled grade became hard to get (data/observed/README.md), so they do not measure what
    /// the model represents. They are reported beside the fit.
    pub fitted: bool,
    /// Whether the observation lies in the calibration period (2018–2019). Every target today
    /// does: the repository holds no observation after 2019.
    pub in_sample: bool,
    /// Where the observed figure comes from: the data row's source.
    pub source: String,
    /// The source's web address, where the data give one.
    pub url: Option<String>,
    /// What is observed, as data.
    pub subject: Subject,
    pub model: Measure,
}

impl Target {
    /// Whether the target is one of the dated licences.
    pub fn is_licence_date(&self) -> bool {
        self.unit == Unit::Days
    }
}

/// The sum of an output over months `first..=last`.
pub fn sum(run: &Run, material: Material, output: Output, first: usize, last: usize) -> f64 {
    run.material(material).get(output)[first..=last]
        .iter()
        .sum()
}

/// Japan's share of imports over a period, from the period's tonnes, as the model defines it
/// month by month.
pub fn share_of(
    run: &Run,
    params: &Params,
    material: Material,
    (first, last): (usize, usize),
    by_value: bool,
) -> f64 {
    let feedstock = params.m(M::FeedstockImportShare, material);
    let prices = by_value.then(|| {
        (
            params.m(M::PriceUsdPerTonne, material),
            params.m(M::ThirdPriceUsdPerTonne, material),
        )
    });
    japan_share_of_imports(
        sum(run, material, Output::JpExportsT, first, last),
        sum(run, material, Output::ThirdCountryT, first, last),
        feedstock * sum(run, material, Output::DomesticT, first, last),
        prices,
    )
}

/// The dated licences: material, share of the waiting buyers licensed, observed days after
/// 2019-07-04, tolerance, the report's description, the reader's description and the source.
const LICENCE_DATES: [(Material, f64, f64, f64, &str, &str, &str); 5] = [
    (
        Material::Photoresist,
        0.1,
        34.0,
        10.0,
        "first EUV resist licence (Dong-A 2019-08-09)",
        "First EUV resist licence",
        "Dong-A 2019-08-09",
    ),
    (
        Material::Hf,
        0.1,
        56.0,
        10.0,
        "first HF gas licence (Yonhap 2019-08-29)",
        "First HF gas licence",
        "Yonhap 2019-08-29",
    ),
    (
        Material::Polyimide,
        0.1,
        75.0,
        15.0,
        "first polyimide licence (Money Today 2019-09-30)",
        "First polyimide licence",
        "Money Today 2019-09-30",
    ),
    (
        Material::Hf,
        0.5,
        135.0,
        15.0,
        "first liquid HF licence (JoongAng 2019-11-17), half the HF buyers",
        "First liquid HF licence (half the HF buyers licensed)",
        "JoongAng 2019-11-17",
    ),
    (
        Material::Hf,
        0.75,
        173.0,
        20.0,
        "Morita's HF licence (jp24h.com), three quarters of the HF buyers",
        "Morita's HF licence (three quarters of the HF buyers licensed)",
        "jp24h.com",
    ),
];

/// Every target: the 2018–2019 observations in `data/observed` that the model has an output for,
/// the first-licence dates, and no shortfall.
pub fn targets() -> Vec<Target> {
    let mut list = Vec::new();
    for material in Material::ALL {
        for output in [
            Output::JpExportsT,
            Output::JpExportsUsd,
            Output::JpShareOfImports,
        ] {
            for o in observations_of(material, output) {
                if o.period.first + o.period.months() > 24 {
                    continue;
                }
                list.push(target_of(material, output, &o));
            }
        }
    }
    let facts = licensing_facts();
    // A licence date's row in the licence facts: the first licence of that many days.
    let licence_url = |days: f64| {
        facts
            .iter()
            .find(|row| row.item == "first_licence" && row.value.parse() == Ok(days))
            .and_then(|row| row.url.clone())
    };
    for (material, share, days, sigma, what, reader, source) in LICENCE_DATES {
        list.push(Target {
            url: licence_url(days),
            subject: Subject::LicenceDays { share },
            name: format!(
                "{}: days to {:.0}% licensed: {what}",
                material.id(),
                share * 100.0
            ),
            what: format!("{reader}, days after 4 Jul 2019"),
            material: Some(material),
            unit: Unit::Days,
            observed: days,
            sigma,
            fitted: true,
            in_sample: true,
            source: source.to_string(),
            model: Box::new(move |_, params, measures| {
                licence_days(params, measures, material, share)
            }),
        });
    }
    for material in Material::ALL {
        list.push(Target {
            name: format!("{}: shortfall 2018-2019, share of demand (no line stopped, licensing_and_stocks.csv)", material.id()),
            what: format!("{} shortfall in 2018–2019 (no Korean line stopped)", short_name(material)),
            material: Some(material),
            unit: Unit::ShareOfDemand,
            observed: 0.0,
            sigma: 0.005,
            fitted: true,
            in_sample: true,
            source: SHORTFALL_SOURCE.to_string(),
            url: facts
                .iter()
                .find(|row| row.source == SHORTFALL_SOURCE)
                .and_then(|row| row.url.clone()),
            subject: Subject::Shortfall,
            model: Box::new(move |run, _, _| {
                sum(run, material, Output::ShortfallT, 0, 23) / sum(run, material, Output::DemandT, 0, 23)
            }),
        });
    }
    list
}

/// Where "no line stopped" comes from, as the licence facts name it.
const SHORTFALL_SOURCE: &str = "Industry Minister Sung, Yonhap 2020-02-17";

/// The material as a reader's description names it.
fn short_name(material: Material) -> &'static str {
    match material {
        Material::Hf => "HF",
        Material::Photoresist => "Photoresist",
        Material::Polyimide => "Polyimide",
    }
}

const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A period as a reader reads it: `Aug 2019`, `Jan–Jun 2019` or `2019`.
fn period_words(first: usize, last: usize) -> String {
    let year = |m: usize| 2018 + m / 12;
    let name = |m: usize| MONTH_NAMES[m % 12];
    if first == last {
        format!("{} {}", name(first), year(first))
    } else if first.is_multiple_of(12) && last == first + 11 {
        format!("{}", year(first))
    } else if year(first) == year(last) {
        format!("{}–{} {}", name(first), name(last), year(first))
    } else {
        format!(
            "{} {}–{} {}",
            name(first),
            year(first),
            name(last),
            year(last)
        )
    }
}

/// The target of one observation.
pub fn target_of(material: Material, output: Output, o: &Observation) -> Target {
    let (first, last) = (o.period.first, o.period.first + o.period.months() - 1);
    let months = o.period.months() as f64;
    let average = o.is_monthly_average;
    let observed = o.value;
    // Tolerances: a month's tonnes, 10% of the 2018 monthly level (so that months near zero count
    // too); tonnes over a period and dollars, 5%; a share, 3 points.
    let sigma = match output {
        Output::JpExportsT if months == 1.0 => 0.1 * month_level(material),
        Output::JpExportsT | Output::JpExportsUsd => 0.05 * observed,
        _ => 0.03,
    };
    let by_value = o.by_value;
    let name = format!(
        "{}: {} {} ({})",
        material.id(),
        output.id(),
        o.period_label(),
        o.source
    );
    let period = period_words(first, last);
    let short = short_name(material);
    let (what, unit) = match output {
        // Hydrogen fluoride's tonnes are Japan's export statistics; the others' Korea's imports
        // from Japan (data/observed/README.md).
        Output::JpExportsT if material == Material::Hf => (
            format!(
                "Japan's HF exports to Korea, {period}{}",
                if average { ", monthly average" } else { "" }
            ),
            if average {
                Unit::TonnesAMonth
            } else {
                Unit::Tonnes
            },
        ),
        Output::JpExportsT => (
            format!(
                "Korea's {} imports from Japan, {period}",
                short.to_lowercase()
            ),
            Unit::Tonnes,
        ),
        Output::JpExportsUsd => (
            format!(
                "Korea's {} imports from Japan, {period}, value",
                if material == Material::Hf {
                    short.to_string()
                } else {
                    short.to_lowercase()
                }
            ),
            Unit::Usd,
        ),
        _ => (
            format!(
                "Japan's share of Korea's {} imports, {period}, by {}",
                if material == Material::Hf {
                    short.to_string()
                } else {
                    short.to_lowercase()
                },
                if by_value { "value" } else { "volume" }
            ),
            Unit::Share,
        ),
    };
    Target {
        name,
        what,
        material: Some(material),
        unit,
        observed,
        sigma,
        fitted: material != Material::Polyimide || first < 12,
        in_sample: last < 24,
        source: o.source.clone(),
        url: o.url.clone(),
        subject: match output {
            Output::JpExportsT => Subject::Tonnes {
                first,
                last,
                average,
            },
            Output::JpExportsUsd => Subject::Value { first, last },
            _ => Subject::Share {
                first,
                last,
                by_value,
            },
        },
        model: Box::new(move |run, params, _| match output {
            Output::JpShareOfImports => share_of(run, params, material, (first, last), by_value),
            _ => {
                let total = sum(run, material, output, first, last);
                if average {
                    total / months
                } else {
                    total
                }
            }
        }),
    }
}

/// Japan's average monthly exports in 2018 as the data give them (tonnes), for tolerances.
pub fn month_level(material: Material) -> f64 {
    let params = Params::default();
    params.m(M::DemandTonnesPerMonth, material) * params.m(M::JapanShare2018, material)
}

/// Each target's model value and standardised residual `(model − observed) / σ`, for a run of
/// `measures` with `params`.
pub fn residuals_of(
    targets: &[Target],
    run: &Run,
    params: &Params,
    measures: &Measures,
) -> Vec<(f64, f64)> {
    targets
        .iter()
        .map(|t| {
            let model = (t.model)(run, params, measures);
            (model, (model - t.observed) / t.sigma)
        })
        .collect()
}

/// The calibration objective: the sum of squared standardised residuals over the fitted targets,
/// from [`residuals_of`]'s residuals.
pub fn objective_of(targets: &[Target], residuals: &[(f64, f64)]) -> f64 {
    residuals
        .iter()
        .zip(targets)
        .filter(|(_, t)| t.fitted)
        .map(|((_, r), _)| r * r)
        .sum()
}

/// The same over the fitted dated licences alone.
pub fn licence_dates_objective_of(targets: &[Target], residuals: &[(f64, f64)]) -> f64 {
    residuals
        .iter()
        .zip(targets)
        .filter(|(_, t)| t.fitted && t.is_licence_date())
        .map(|((_, r), _)| r * r)
        .sum()
}

/// The measures the targets are observations of: what happened (the `history` preset), whatever
/// scenario is on screen.
pub fn history_measures() -> Measures {
    crate::scenario::Preset::History.scenario().measures
}

/// The two accounts of the licence waits, as the calibration fits them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hypothesis {
    /// Every calibrated parameter free, the political lever included (the committed defaults).
    Fitted,
    /// Japan's account: the reviews were technical. The political lever held at 0 and the other
    /// calibrated parameters at that hypothesis's own fit.
    TechnicalOnly,
}

impl Hypothesis {
    pub const ALL: [Hypothesis; 2] = [Hypothesis::Fitted, Hypothesis::TechnicalOnly];

    pub fn id(self) -> &'static str {
        match self {
            Hypothesis::Fitted => "fitted",
            Hypothesis::TechnicalOnly => "technical_only",
        }
    }

    /// The calibrated values of the hypothesis, each with its parameter.
    pub fn values(self) -> Vec<(ParamRef, f64)> {
        match self {
            Hypothesis::Fitted => all_params()
                .iter()
                .filter(|view| view.values.basis == Basis::Calibrated)
                .map(|view| (view.param, view.values.default))
                .collect(),
            Hypothesis::TechnicalOnly => {
                let mut values = vec![(ParamRef::Global(G::PoliticalLeverDays), 0.0)];
                values.extend(TECHNICAL_ONLY.iter().map(|(key, value)| {
                    (find_param(key).expect("a calibrated key").param, *value)
                }));
                values
            }
        }
    }

    /// `base` with the calibrated parameters set to the hypothesis's fit; the others unchanged.
    pub fn params(self, base: &Params) -> Params {
        let mut params = base.clone();
        for (param, value) in self.values() {
            params.set(param, value);
        }
        params
    }

    /// The hypothesis whose fit the calibrated values of `params` equal, if either.
    pub fn of(params: &Params) -> Option<Hypothesis> {
        Hypothesis::ALL.into_iter().find(|hypothesis| {
            hypothesis
                .params(params)
                .values()
                .iter()
                .zip(params.values())
                .all(|(a, b)| a == b)
        })
    }
}

/// The objective of the calibration at `params`, over the targets, under history's measures.
pub fn objective(params: &Params) -> f64 {
    let targets = targets();
    let measures = history_measures();
    let run = simulate(&measures, params);
    objective_of(&targets, &residuals_of(&targets, &run, params, &measures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_has_a_description_a_source_and_a_material_and_lies_in_sample() {
        let targets = targets();
        assert_eq!(targets.len(), 43);
        assert_eq!(targets.iter().filter(|t| t.fitted).count(), 40);
        for t in &targets {
            assert!(!t.what.is_empty() && !t.source.is_empty(), "{}", t.name);
            assert!(t.material.is_some() && t.in_sample, "{}", t.name);
            assert!(t.sigma > 0.0, "{}", t.name);
        }
        assert_eq!(targets.iter().filter(|t| t.is_licence_date()).count(), 5);
        let august = targets
            .iter()
            .find(|t| t.name.starts_with("hf: jp_exports_t 2019-08"))
            .expect("HF August 2019");
        assert_eq!(august.what, "Japan's HF exports to Korea, Aug 2019");
        assert_eq!(august.unit, Unit::Tonnes);
        let average = targets
            .iter()
            .find(|t| t.unit == Unit::TonnesAMonth)
            .expect("the monthly average");
        assert_eq!(
            average.what,
            "Japan's HF exports to Korea, Jan–Jun 2019, monthly average"
        );
    }

    #[test]
    fn the_hypotheses_set_their_fits_and_are_recognised() {
        let base = Params::default();
        assert_eq!(Hypothesis::of(&base), Some(Hypothesis::Fitted));
        assert_eq!(Hypothesis::Fitted.params(&base), base);
        let technical = Hypothesis::TechnicalOnly.params(&base);
        assert_eq!(technical.g(G::PoliticalLeverDays), 0.0);
        assert_eq!(Hypothesis::of(&technical), Some(Hypothesis::TechnicalOnly));
        assert_eq!(Hypothesis::Fitted.params(&technical), base);
        let mut neither = base.clone();
        neither.set(ParamRef::Global(G::PoliticalLeverDays), 10.0);
        assert_eq!(Hypothesis::of(&neither), None);
        // A parameter that is not calibrated does not matter.
        let mut other = technical.clone();
        other.set(ParamRef::Global(G::NoticeDays), 3.0);
        assert_eq!(Hypothesis::of(&other), Some(Hypothesis::TechnicalOnly));
    }
}

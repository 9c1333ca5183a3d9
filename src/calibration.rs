//! Calibration as code: `chokepoint-cli calibrate` fits every parameter labelled calibrated to the
//! 2018–2019 targets in `data/observed`, and writes the fit to `src/model/calibrated.rs`.
//!
//! The objective is the sum of squared standardised residuals, `Σ ((model − observed) / σ)²`, over
//! the targets of [`targets`], each with the tolerance σ given there. It is minimised by
//! Nelder–Mead (argmin) over the parameters mapped to [0, 1] across their ranges, from five fixed
//! starting points (the middle of every range, and four drawn with seed 2019), each run twice; the
//! best is kept. Japan's hypothesis (the lever held at 0) is fitted first, and its fit is a sixth
//! start for the free fit, so that freeing the lever can only improve the fit.
//! Each parameter's interval is its conditional profile: the values, others held at the fit, for
//! which the objective stays within 1 of its minimum (about one standard error when the σ are
//! standard errors). Years after 2019 are never looked at.

use crate::model::licensing::{LicenceStep, Licences, Review};
use crate::model::measures::{LicensingRegime, Material, Measures};
use crate::model::observed::{observations_of, Observation};
use crate::model::params::{find_param, Basis, ParamRef, Params, G, M};
use crate::model::politics::{political_hold_days, tension, PoliticalStates};
use crate::model::simulate::japan_share_of_imports;
use crate::model::time::Date;
use crate::model::{simulate, Output, Run};
use crate::scenario::Preset;
use argmin::core::{CostFunction, Error, Executor, State};
use argmin::solver::neldermead::NelderMead;
use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// The parameters calibration fits, by key, with the name of their constant in `calibrated.rs`.
pub const CALIBRATED: [(&str, &str); 12] = [
    ("review_min_days", "REVIEW_MIN_DAYS"),
    (
        "documentation_learning_months",
        "DOCUMENTATION_LEARNING_MONTHS",
    ),
    ("political_lever_days", "POLITICAL_LEVER_DAYS"),
    ("restock_months", "RESTOCK_MONTHS"),
    ("hf.controlled_share", "HF_CONTROLLED_SHARE"),
    (
        "photoresist.controlled_share",
        "PHOTORESIST_CONTROLLED_SHARE",
    ),
    ("hf.ready_stock_weeks", "HF_READY_STOCK_WEEKS"),
    (
        "photoresist.ready_stock_weeks",
        "PHOTORESIST_READY_STOCK_WEEKS",
    ),
    ("hf.review_days", "HF_REVIEW_DAYS"),
    ("photoresist.review_days", "PHOTORESIST_REVIEW_DAYS"),
    ("polyimide.review_days", "POLYIMIDE_REVIEW_DAYS"),
    ("hf.third_max_share", "HF_THIRD_MAX_SHARE"),
];

/// Days from the start of individual licensing until a share of the waiting buyers is licensed,
/// under the political states of `history` (a daily run of the licence stocks alone).
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

/// How a target is read off a run (with its parameters and measures).
pub type Measure = Box<dyn Fn(&Run, &Params, &Measures) -> f64 + Sync>;

/// One calibration target.
pub struct Target {
    pub name: String,
    pub observed: f64,
    /// Tolerance: the residual that counts as one standard error.
    pub sigma: f64,
    /// Whether the target enters the objective. Polyimide's 2019 trade figures do not: the trade
    /// code is broader than the controlled fluorinated grade and rose 59.5% in 2019 while the
    /// controlled grade became hard to get (data/observed/README.md), so they do not measure what
    /// the model represents. They are reported beside the fit.
    pub fitted: bool,
    pub model: Measure,
}

fn sum(run: &Run, material: Material, output: Output, first: usize, last: usize) -> f64 {
    run.material(material).get(output)[first..=last]
        .iter()
        .sum()
}

/// Japan's share of imports over a period, from the period's tonnes, as the model defines it
/// month by month.
fn share_of(
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
    for (material, share, days, sigma, what) in [
        (
            Material::Photoresist,
            0.1,
            34.0,
            10.0,
            "first EUV resist licence (Dong-A 2019-08-09)",
        ),
        (
            Material::Hf,
            0.1,
            56.0,
            10.0,
            "first HF gas licence (Yonhap 2019-08-29)",
        ),
        (
            Material::Polyimide,
            0.1,
            75.0,
            15.0,
            "first polyimide licence (Money Today 2019-09-30)",
        ),
        (
            Material::Hf,
            0.5,
            135.0,
            15.0,
            "first liquid HF licence (JoongAng 2019-11-17), half the HF buyers",
        ),
        (
            Material::Hf,
            0.75,
            173.0,
            20.0,
            "Morita's HF licence (jp24h.com), three quarters of the HF buyers",
        ),
    ] {
        list.push(Target {
            name: format!(
                "{}: days to {:.0}% licensed: {what}",
                material.id(),
                share * 100.0
            ),
            observed: days,
            sigma,
            fitted: true,
            model: Box::new(move |_, params, measures| {
                licence_days(params, measures, material, share)
            }),
        });
    }
    for material in Material::ALL {
        list.push(Target {
            name: format!("{}: shortfall 2018-2019, share of demand (no line stopped, licensing_and_stocks.csv)", material.id()),
            observed: 0.0,
            sigma: 0.005,
            fitted: true,
            model: Box::new(move |run, _, _| {
                sum(run, material, Output::ShortfallT, 0, 23) / sum(run, material, Output::DemandT, 0, 23)
            }),
        });
    }
    list
}

fn target_of(material: Material, output: Output, o: &Observation) -> Target {
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
    Target {
        name,
        observed,
        sigma,
        fitted: material != Material::Polyimide || first < 12,
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
fn month_level(material: Material) -> f64 {
    let params = Params::default();
    params.m(M::DemandTonnesPerMonth, material) * params.m(M::JapanShare2018, material)
}

/// The calibration problem: the history preset and the targets.
pub struct Problem {
    measures: Measures,
    base: Params,
    targets: Vec<Target>,
    params: Vec<ParamRef>,
}

impl Problem {
    /// The problem with every calibrated parameter free, or with the political lever held at zero
    /// (Japan's hypothesis).
    pub fn new(technical_only: bool) -> Problem {
        let mut base = Params::default();
        let mut params: Vec<ParamRef> = CALIBRATED
            .iter()
            .map(|(key, _)| find_param(key).expect("a calibrated key").param)
            .collect();
        if technical_only {
            base.set(ParamRef::Global(G::PoliticalLeverDays), 0.0);
            params.retain(|p| *p != ParamRef::Global(G::PoliticalLeverDays));
        }
        Problem {
            measures: Preset::History.scenario().measures,
            base,
            targets: targets(),
            params,
        }
    }

    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// Parameter values from a point in [0, 1]^n.
    pub fn params_at(&self, point: &[f64]) -> Params {
        let mut params = self.base.clone();
        for (param, u) in self.params.iter().zip(point) {
            let values = param.view().values;
            params.set(
                *param,
                values.min + u.clamp(0.0, 1.0) * (values.max - values.min),
            );
        }
        params
    }

    /// Residuals (model − observed) / σ at a set of parameters.
    pub fn residuals(&self, params: &Params) -> Vec<(f64, f64)> {
        let run = simulate(&self.measures, params);
        self.targets
            .iter()
            .map(|t| {
                let model = (t.model)(&run, params, &self.measures);
                (model, (model - t.observed) / t.sigma)
            })
            .collect()
    }

    pub fn objective(&self, params: &Params) -> f64 {
        self.residuals(params)
            .iter()
            .zip(&self.targets)
            .filter(|(_, t)| t.fitted)
            .map(|((_, r), _)| r * r)
            .sum()
    }

    /// The number of targets in the objective.
    pub fn fitted_targets(&self) -> usize {
        self.targets.iter().filter(|t| t.fitted).count()
    }
}

/// The problem as argmin sees it: a borrowed [`Problem`].
struct Cost<'a>(&'a Problem);

impl CostFunction for Cost<'_> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, point: &Self::Param) -> Result<f64, Error> {
        // Leaving [0, 1] costs as much as the distance out, so the simplex comes back.
        let outside: f64 = point.iter().map(|u| (u - u.clamp(0.0, 1.0)).abs()).sum();
        Ok(self.0.objective(&self.0.params_at(point)) * (1.0 + outside))
    }
}

/// The outcome of a calibration.
pub struct Fit {
    pub params: Vec<ParamRef>,
    pub point: Vec<f64>,
    pub values: Params,
    pub objective: f64,
    /// Fitted value per parameter from each start.
    pub restarts: Vec<(Vec<f64>, f64)>,
    /// Conditional profile interval per parameter.
    pub intervals: Vec<(f64, f64)>,
}

fn minimise(problem: &Problem, start: Vec<f64>) -> (Vec<f64>, f64) {
    let n = start.len();
    let mut simplex = vec![start.clone()];
    for i in 0..n {
        let mut vertex = start.clone();
        vertex[i] = if vertex[i] > 0.5 {
            vertex[i] - 0.15
        } else {
            vertex[i] + 0.15
        };
        simplex.push(vertex);
    }
    let solver = NelderMead::new(simplex)
        .with_sd_tolerance(1e-6)
        .expect("a valid tolerance");
    let result = Executor::new(Cost(problem), solver)
        .configure(|state| state.max_iters(1500))
        .run()
        .expect("Nelder-Mead runs");
    let state = result.state();
    let best = state.get_best_param().expect("a best point").clone();
    let cost = state.get_best_cost();
    (best.iter().map(|u| u.clamp(0.0, 1.0)).collect(), cost)
}

/// Runs both calibrations: Japan's hypothesis (the lever held at 0) first, then the lever free,
/// which also starts from the first one's fit, so that freeing a parameter never fits worse.
pub fn calibrate_both() -> (Fit, Fit) {
    let technical = calibrate(true, Vec::new());
    let full = Problem::new(false);
    let lever = full
        .params
        .iter()
        .position(|p| *p == ParamRef::Global(G::PoliticalLeverDays))
        .expect("the lever is calibrated");
    let mut from_technical = technical.point.clone();
    from_technical.insert(lever, 0.0);
    (calibrate(false, vec![from_technical]), technical)
}

/// Runs the calibration from the middle of every range, four points drawn with seed 2019, and any
/// `extra` starting points.
pub fn calibrate(technical_only: bool, extra: Vec<Vec<f64>>) -> Fit {
    let problem = Problem::new(technical_only);
    let n = problem.params.len();
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(2019);
    let mut starts = vec![vec![0.5; n]];
    for _ in 0..4 {
        starts.push(
            (0..n)
                .map(|_| 0.1 + 0.8 * ((rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64))
                .collect(),
        );
    }
    starts.extend(extra);
    let mut restarts = Vec::new();
    for start in starts {
        // A second pass from the first one's end, with a fresh simplex, as Nelder-Mead can stall.
        let (point, _) = minimise(&problem, start);
        let (point, cost) = minimise(&problem, point);
        restarts.push((point, cost));
    }
    let (point, objective) = restarts
        .iter()
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .cloned()
        .expect("at least five starts");
    let values = problem.params_at(&point);
    let intervals = (0..n)
        .map(|i| {
            let bound = |towards: f64| {
                let value_at = |u: f64| {
                    let mut p = point.clone();
                    p[i] = u;
                    problem.objective(&problem.params_at(&p))
                };
                let (mut inside, mut outside) = (point[i], towards);
                if value_at(outside) - objective <= 1.0 {
                    return outside;
                }
                for _ in 0..30 {
                    let middle = (inside + outside) / 2.0;
                    if value_at(middle) - objective <= 1.0 {
                        inside = middle;
                    } else {
                        outside = middle;
                    }
                }
                inside
            };
            let values = problem.params[i].view().values;
            let scale = |u: f64| values.min + u * (values.max - values.min);
            (scale(bound(0.0)), scale(bound(1.0)))
        })
        .collect();
    Fit {
        params: problem.params.clone(),
        point,
        values,
        objective,
        restarts,
        intervals,
    }
}

/// A value rounded to four significant digits, as the generated file and the table show it.
pub fn round4(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let digits = 3 - libm::floor(libm::log10(value.abs())) as i32;
    let scale = libm::pow(10.0, f64::from(digits));
    libm::round(value * scale) / scale
}

/// The text of `src/model/calibrated.rs` for a fit.
pub fn generated_file(fit: &Fit) -> String {
    let mut text = String::from(
        "//! Generated by `chokepoint-cli calibrate`: do not edit by hand. Each value is (fit, low, high),\n//! the low-high interval being the conditional profile of the calibration objective (see\n//! docs/MODEL.md).\n\n",
    );
    for ((key, name), (param, (low, high))) in
        CALIBRATED.iter().zip(fit.params.iter().zip(&fit.intervals))
    {
        let value = round4(fit.values.get(*param));
        let (low, high) = (round4(low.min(value)), round4(high.max(value)));
        text.push_str(&format!(
            "/// `{key}`\npub const {name}: (f64, f64, f64) = ({value:?}, {low:?}, {high:?});\n"
        ));
    }
    text
}

/// The fit report: every target with observed, model and residual; every calibrated parameter with
/// its interval and its spread over restarts.
pub fn report(fit: &Fit, technical: &Fit) -> String {
    let problem = Problem::new(false);
    let residuals = problem.residuals(&fit.values);
    let technical_problem = Problem::new(true);
    let technical_residuals = technical_problem.residuals(&technical.values);
    let mut out = String::new();
    out.push_str(&format!(
        "Objective (sum of squared standardised residuals): {:.2} over {} targets with {} calibrated parameters; {:.2} with the political lever held at 0 (Japan's hypothesis, {} parameters).\n\n",
        fit.objective,
        problem.fitted_targets(),
        fit.params.len(),
        technical.objective,
        technical.params.len()
    ));
    let dates = |residuals: &[(f64, f64)]| -> f64 {
        problem
            .targets
            .iter()
            .zip(residuals)
            .filter(|(t, _)| t.name.contains("licensed"))
            .map(|(_, (_, r))| r * r)
            .sum()
    };
    out.push_str(&format!(
        "The five licence dates alone: {:.2} with the lever free, {:.2} with the lever at 0.\n\n",
        dates(&residuals),
        dates(&technical_residuals)
    ));
    out.push_str("| target | observed | model | residual / σ | model, lever 0 | residual / σ, lever 0 |\n|---|---|---|---|---|---|\n");
    for ((target, (model, r)), (model_0, r_0)) in problem
        .targets
        .iter()
        .zip(&residuals)
        .zip(&technical_residuals)
    {
        out.push_str(&format!(
            "| {}{} | {} | {} | {:+.2} | {} | {:+.2} |\n",
            target.name,
            if target.fitted {
                ""
            } else {
                " (reported, not fitted)"
            },
            number(target.observed),
            number(*model),
            r,
            number(*model_0),
            r_0
        ));
    }
    out.push_str("\n| parameter | fit | profile interval | range over the starts | lever 0 fit |\n|---|---|---|---|---|\n");
    for (i, ((key, _), (low, high))) in CALIBRATED.iter().zip(&fit.intervals).enumerate() {
        let param = fit.params[i];
        let values = param.view().values;
        let over: Vec<f64> = fit
            .restarts
            .iter()
            .map(|(p, _)| values.min + p[i] * (values.max - values.min))
            .collect();
        let (min, max) = over
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
                (a.min(*v), b.max(*v))
            });
        let technical_value = technical.values.get(param);
        out.push_str(&format!(
            "| `{key}` | {} | {} – {} | {} – {} | {} |\n",
            number(fit.values.get(param)),
            number(*low),
            number(*high),
            number(min),
            number(max),
            number(technical_value)
        ));
    }
    out
}

fn number(value: f64) -> String {
    let rounded = round4(value);
    if rounded.abs() >= 1000.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// The table's labels agree with the calibration: exactly the parameters fitted are labelled
/// calibrated.
pub fn labelled_calibrated() -> Vec<&'static str> {
    crate::model::params::all_params()
        .iter()
        .filter(|view| view.values.basis == Basis::Calibrated)
        .map(|view| view.key)
        .collect()
}

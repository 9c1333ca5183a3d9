//! Calibration as code: `chokepoint-cli calibrate` fits every parameter labelled calibrated to the
//! 2018–2019 targets in `data/observed`, and writes the fit to `src/model/calibrated.rs`.
//!
//! The objective is the sum of squared standardised residuals, `Σ ((model − observed) / σ)²`, over
//! the fitted targets of [`targets`] (in `src/model/targets.rs`, which the page shares), each with
//! the tolerance σ given there. It is minimised by Nelder–Mead (argmin) over the parameters mapped
//! to [0, 1] across their ranges, from five fixed starting points (the middle of every range, and
//! four drawn with seed 2019), each run twice; the best is kept. Japan's hypothesis (the lever held
//! at 0) is fitted first, and its fit is a sixth start for the free fit, so that freeing the lever
//! can only improve the fit; both fits are written to the generated file.
//! Each parameter's interval is its conditional profile: the values, others held at the fit, for
//! which the objective stays within 1 of its minimum (about one standard error when the σ are
//! standard errors). Years after 2019 are never looked at.

use crate::model::measures::Measures;
use crate::model::params::{find_param, Basis, ParamRef, Params, G};
use crate::model::simulate;
use crate::model::targets::{
    history_measures, licence_dates_objective_of, objective_of, residuals_of,
};
pub use crate::model::targets::{licence_days, targets, Measure, Target};
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
            measures: history_measures(),
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
        residuals_of(&self.targets, &run, params, &self.measures)
    }

    pub fn objective(&self, params: &Params) -> f64 {
        objective_of(&self.targets, &self.residuals(params))
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

/// The text of `src/model/calibrated.rs` for the free fit and the fit of Japan's hypothesis (the
/// lever held at 0), as [`calibrate_both`] returns them.
pub fn generated_file(fit: &Fit, technical: &Fit) -> String {
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
    let technical_values: Vec<(&str, f64)> = CALIBRATED
        .iter()
        .zip(&fit.params)
        .filter(|(_, param)| technical.params.contains(param))
        .map(|((key, _), param)| (*key, round4(technical.values.get(*param))))
        .collect();
    text.push_str(&format!(
        "\n/// The fit of Japan's hypothesis (\"technical only\": `political_lever_days` held at 0), the\n/// value of every other calibrated parameter by key.\npub const TECHNICAL_ONLY: [(&str, f64); {}] = [\n",
        technical_values.len()
    ));
    for (key, value) in technical_values {
        text.push_str(&format!("    (\"{key}\", {value:?}),\n"));
    }
    text.push_str("];\n");
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
    let dates = |residuals: &[(f64, f64)]| licence_dates_objective_of(&problem.targets, residuals);
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

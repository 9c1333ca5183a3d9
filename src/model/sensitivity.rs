//! Global sensitivity analysis: variance-based (Sobol) indices of the headline figures.
//!
//! For an output Y = f(X₁, …, X_d) of independent inputs, the first-order index of input i is the
//! share of Var(Y) that Xᵢ explains alone, S_i = Var(E[Y | Xᵢ]) / Var(Y), and its total index is the
//! share left unexplained once every other input is known, S_Ti = E[Var(Y | X₋ᵢ)] / Var(Y): Xᵢ's
//! own effect plus all its interactions. S_Ti ≥ S_i; S_Ti − S_i measures interaction; an input with
//! S_Ti ≈ 0 could be fixed anywhere in its interval without changing the output.
//!
//! Design (Saltelli 2002, 2010): two independent n × d matrices A and B of uniform draws, and for
//! each input i the matrix A_B⁽ⁱ⁾, A with its column i taken from B; f is run on the rows of A, B
//! and every A_B⁽ⁱ⁾, n·(d + 2) runs. Estimators, from Saltelli et al. (2010), "Variance based
//! sensitivity analysis of model output. Design and estimator for the total sensitivity index",
//! Computer Physics Communications 181:259–270, table 2:
//!
//! - first order, their (b): S_i = (1/n) Σⱼ f(B)ⱼ (f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V;
//! - total, Jansen's (f): S_Ti = (1/2n) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V;
//!
//! with V the variance of the 2n runs of A and B, and f centred on their mean (which leaves both
//! estimators unbiased and lowers their noise). An input the model ignores gets exactly 0 for both.
//! The uniform draws come from xoshiro256++ seeded through SplitMix64, as the Monte Carlo's do, so
//! the same seed gives the same indices on every platform.

use super::measures::{Material, Measures};
use super::params::{all_params, ParamView, Params};
use super::simulate::{simulate_material, Timeline};
use super::summary::{headline, Headline};
use super::uncertainty::{quantile, unit};
use rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::Serialize;

/// Base sample size n used by the command line unless told otherwise: for history's hydrogen
/// fluoride that is 8,192 × 36 pairs of runs (scenario and baseline), about 8 s natively.
pub const DEFAULT_SAMPLES: usize = 8192;

/// Sobol indices of every output of a model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SobolResult {
    /// Base sample size: the model ran n·(dims + 2) times.
    pub n: usize,
    /// One entry per model output, in the order the model returns them.
    pub outputs: Vec<OutputIndices>,
}

/// Sobol indices of one output, per input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutputIndices {
    /// First-order index of each input.
    pub first: Vec<f64>,
    /// Total index of each input.
    pub total: Vec<f64>,
    /// Variance of the output over the runs of A and B. When it is 0 (the output never changes)
    /// every index is 0.
    pub variance: f64,
}

/// Variance-based Sobol indices of `model` over `dims` independent inputs, each uniform on [0, 1)
/// (the caller maps them to its distributions), with a Saltelli design of base size `n` (at least
/// 2) drawn from `seed`. The model returns several outputs at once, the same number every run; it
/// runs n·(dims + 2) times. See the module documentation for the estimators.
pub fn sobol_indices<F: FnMut(&[f64]) -> Vec<f64>>(
    dims: usize,
    n: usize,
    seed: u64,
    mut model: F,
) -> SobolResult {
    let n = n.max(2);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    // Row j of A, then row j of B, for each j: a 2·dims-dimensional uniform sample split in two.
    let mut a = vec![0.0; n * dims];
    let mut b = vec![0.0; n * dims];
    for j in 0..n {
        for value in &mut a[j * dims..(j + 1) * dims] {
            *value = unit(&mut rng);
        }
        for value in &mut b[j * dims..(j + 1) * dims] {
            *value = unit(&mut rng);
        }
    }
    let row = |m: &[f64], j: usize| m[j * dims..(j + 1) * dims].to_vec();
    let f_a: Vec<Vec<f64>> = (0..n).map(|j| model(&row(&a, j))).collect();
    let f_b: Vec<Vec<f64>> = (0..n).map(|j| model(&row(&b, j))).collect();
    let outputs = f_a.first().map_or(0, Vec::len);
    let mut mean = vec![0.0; outputs];
    for values in f_a.iter().chain(&f_b) {
        for (sum, value) in mean.iter_mut().zip(values) {
            *sum += value;
        }
    }
    for sum in &mut mean {
        *sum /= (2 * n) as f64;
    }
    let mut variance = vec![0.0; outputs];
    for values in f_a.iter().chain(&f_b) {
        for ((sum, value), centre) in variance.iter_mut().zip(values).zip(&mean) {
            *sum += (value - centre) * (value - centre);
        }
    }
    for sum in &mut variance {
        *sum /= (2 * n - 1) as f64;
    }
    // first[k][i] and total[k][i] accumulate the sums of the two estimators.
    let mut first = vec![vec![0.0; dims]; outputs];
    let mut total = vec![vec![0.0; dims]; outputs];
    let mut mixed = vec![0.0; dims];
    for j in 0..n {
        for i in 0..dims {
            mixed.copy_from_slice(&a[j * dims..(j + 1) * dims]);
            mixed[i] = b[j * dims + i];
            let f_ab = model(&mixed);
            for k in 0..outputs {
                let (fa, fb) = (f_a[j][k] - mean[k], f_b[j][k] - mean[k]);
                let fab = f_ab[k] - mean[k];
                first[k][i] += fb * (fab - fa);
                total[k][i] += (fa - fab) * (fa - fab);
            }
        }
    }
    let outputs = (0..outputs)
        .map(|k| {
            let v = variance[k];
            // A variance at rounding level of the mean is no variance: every run gave the same.
            let constant = v <= 1e-24 * mean[k] * mean[k];
            let scale = |sum: f64, by: f64| if constant { 0.0 } else { sum / (by * v) };
            OutputIndices {
                first: first[k].iter().map(|s| scale(*s, n as f64)).collect(),
                total: total[k].iter().map(|s| scale(*s, 2.0 * n as f64)).collect(),
                variance: if constant { 0.0 } else { v },
            }
        })
        .collect();
    SobolResult { n, outputs }
}

/// A headline figure whose sensitivity is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Highest monthly lead time, days.
    PeakLeadTimeDays,
    /// Japanese exports lost against the baseline over 2018–2023, tonnes.
    JpExportsLossT,
    /// Japan's share of Korea's imports in December 2023.
    JpShareAtEnd,
}

impl Figure {
    pub const ALL: [Figure; 3] = [
        Figure::PeakLeadTimeDays,
        Figure::JpExportsLossT,
        Figure::JpShareAtEnd,
    ];

    /// The name of the figure's field in [`Headline`], used in the command line's output.
    pub fn id(self) -> &'static str {
        match self {
            Figure::PeakLeadTimeDays => "peak_lead_time_days",
            Figure::JpExportsLossT => "jp_exports_loss_t",
            Figure::JpShareAtEnd => "jp_share_at_end",
        }
    }

    /// The figure's value in a headline.
    pub fn of(self, headline: &Headline) -> f64 {
        match self {
            Figure::PeakLeadTimeDays => headline.peak_lead_time_days,
            Figure::JpExportsLossT => headline.jp_exports_loss_t,
            Figure::JpShareAtEnd => headline.jp_share_at_end,
        }
    }
}

/// The indices of one parameter for one figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamIndices {
    /// The parameter's key, as in the parameter table and scenario links.
    pub param: &'static str,
    pub first: f64,
    pub total: f64,
}

/// The indices of every varied parameter for one figure, in parameter-table order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureIndices {
    pub figure: Figure,
    /// Variance of the figure over the runs of A and B.
    pub variance: f64,
    pub params: Vec<ParamIndices>,
}

/// Sobol indices of a material's headline figures with respect to the uncertain parameters.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HeadlineSensitivity {
    pub material: Material,
    /// Base sample size.
    pub n: usize,
    pub seed: u64,
    /// Model runs of the scenario (each with its baseline run): n·(parameters + 2).
    pub runs: usize,
    /// One entry per figure, in [`Figure::ALL`] order.
    pub figures: Vec<FigureIndices>,
}

impl HeadlineSensitivity {
    /// The indices of one figure.
    pub fn figure(&self, figure: Figure) -> &FigureIndices {
        &self.figures[Figure::ALL
            .iter()
            .position(|f| *f == figure)
            .expect("every figure is measured")]
    }

    /// The parameters of one figure, largest total index first (ties in table order).
    pub fn ranked(&self, figure: Figure) -> Vec<&ParamIndices> {
        let mut params: Vec<&ParamIndices> = self.figure(figure).params.iter().collect();
        params.sort_by(|x, y| y.total.total_cmp(&x.total));
        params
    }
}

/// The parameters varied for a material: every one with an uncertainty interval that the
/// material's run reads, that is the global ones and the material's own (another material's
/// parameters cannot change its figures, and would only cost runs).
pub fn varied_params(material: Material) -> Vec<&'static ParamView> {
    all_params()
        .iter()
        .filter(|view| view.values.uncertainty.is_some())
        .filter(|view| view.material.is_none_or(|m| m == material))
        .collect()
}

/// Sobol indices of a material's headline figures (peak lead time, exports lost, Japan's share at
/// the end) over the uncertain parameters, each drawn as the Monte Carlo draws it (triangular
/// around the scenario's value, [`quantile`]). Each run simulates the scenario and its baseline
/// (no measures) with the same parameters and takes the figures from the pair, as
/// [`super::uncertainty::headline_ranges`] does.
pub fn headline_sensitivity(
    measures: &Measures,
    base: &Params,
    material: Material,
    n: usize,
    seed: u64,
) -> HeadlineSensitivity {
    let varied = varied_params(material);
    let mut timeline = Timeline::new(measures, base);
    let mut baseline_timeline = Timeline::new(&Measures::default(), base);
    let mut params = base.clone();
    let result = sobol_indices(varied.len(), n, seed, |inputs| {
        for (view, &u) in varied.iter().zip(inputs) {
            if let Some(value) = quantile(view, base, u) {
                params.set(view.param, value);
            }
        }
        timeline.set_params(&params);
        baseline_timeline.set_params(&params);
        let series = simulate_material(&timeline, &params, material);
        let baseline = simulate_material(&baseline_timeline, &params, material);
        let figures = headline(material, &series, &baseline);
        Figure::ALL.iter().map(|f| f.of(&figures)).collect()
    });
    let figures = Figure::ALL
        .iter()
        .zip(&result.outputs)
        .map(|(&figure, indices)| FigureIndices {
            figure,
            variance: indices.variance,
            params: varied
                .iter()
                .zip(indices.first.iter().zip(&indices.total))
                .map(|(view, (&first, &total))| ParamIndices {
                    param: view.key,
                    first,
                    total,
                })
                .collect(),
        })
        .collect();
    HeadlineSensitivity {
        material,
        n: result.n,
        seed,
        runs: result.n * (varied.len() + 2),
        figures,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::PI;

    /// The Ishigami function with a = 7, b = 0.1, inputs mapped from [0, 1) to [−π, π).
    fn ishigami(u: &[f64]) -> Vec<f64> {
        let x: Vec<f64> = u.iter().map(|u| -PI + 2.0 * PI * u).collect();
        vec![libm::sin(x[0]) + 7.0 * libm::sin(x[1]).powi(2) + 0.1 * x[2].powi(4) * libm::sin(x[0])]
    }

    /// Analytic indices: V = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2, V₁ = (1 + b π⁴/5)²/2, V₂ = a²/8,
    /// V₁₃ = b² π⁸ (1/18 − 1/50).
    fn ishigami_exact() -> ([f64; 3], [f64; 3]) {
        let (a, b) = (7.0, 0.1);
        let pi4 = PI.powi(4);
        let v1 = 0.5 * (1.0 + b * pi4 / 5.0).powi(2);
        let v2 = a * a / 8.0;
        let v13 = b * b * pi4 * pi4 * (1.0 / 18.0 - 1.0 / 50.0);
        let v = v1 + v2 + v13;
        ([v1 / v, v2 / v, 0.0], [(v1 + v13) / v, v2 / v, v13 / v])
    }

    #[test]
    fn the_ishigami_indices_are_recovered() {
        let (first, total) = ishigami_exact();
        assert!((first[0] - 0.3139).abs() < 1e-4 && (total[2] - 0.2437).abs() < 1e-4);
        let result = sobol_indices(3, 50_000, 2019, ishigami);
        assert_eq!(result.n, 50_000);
        let indices = &result.outputs[0];
        for i in 0..3 {
            assert!(
                (indices.first[i] - first[i]).abs() < 0.02,
                "S{}: {} against {}",
                i + 1,
                indices.first[i],
                first[i]
            );
            assert!(
                (indices.total[i] - total[i]).abs() < 0.02,
                "ST{}: {} against {}",
                i + 1,
                indices.total[i],
                total[i]
            );
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_indices() {
        let one = sobol_indices(3, 500, 7, ishigami);
        assert_eq!(one, sobol_indices(3, 500, 7, ishigami));
        assert_ne!(one, sobol_indices(3, 500, 8, ishigami));
    }

    #[test]
    fn an_input_the_model_ignores_has_no_effect() {
        // Two outputs; input 1 is read by neither.
        let model = |u: &[f64]| vec![u[0] + 2.0 * u[2] * u[2], u[0] * u[2]];
        let result = sobol_indices(3, 2_000, 3, model);
        for output in &result.outputs {
            assert_eq!((output.first[1], output.total[1]), (0.0, 0.0));
            assert!(output.total[0] > 0.1 && output.total[2] > 0.1);
        }
        // A model that never changes gives zeros, not NaN.
        let constant = sobol_indices(2, 50, 3, |_| vec![5.0]);
        assert_eq!(constant.outputs[0].variance, 0.0);
        assert!(constant.outputs[0]
            .first
            .iter()
            .chain(&constant.outputs[0].total)
            .all(|s| *s == 0.0));
    }

    #[test]
    fn another_material_s_parameters_do_not_change_a_material_s_figures() {
        let history = crate::scenario::Preset::History.scenario();
        let figures = |params: &Params| {
            let run = crate::model::simulate(&history.measures, params);
            let baseline = crate::model::simulate(&Measures::default(), params);
            crate::model::summary::headlines(&run, &baseline)[Material::Hf.index()].clone()
        };
        let mut moved = history.params.clone();
        for view in all_params() {
            if let (Some((_, high)), Some(m)) = (view.values.uncertainty, view.material) {
                if m != Material::Hf {
                    moved.set(view.param, high);
                }
            }
        }
        assert_ne!(moved, history.params);
        assert_eq!(figures(&moved), figures(&history.params));
    }

    #[test]
    fn history_s_headline_indices_are_finite_and_some_parameter_matters() {
        let history = crate::scenario::Preset::History.scenario();
        let result = headline_sensitivity(&history.measures, &history.params, Material::Hf, 64, 1);
        let varied = varied_params(Material::Hf);
        assert_eq!((result.n, result.runs), (64, 64 * (varied.len() + 2)));
        for figure in &result.figures {
            assert_eq!(figure.params.len(), varied.len());
            for p in &figure.params {
                assert!(p.first.is_finite() && p.total.is_finite(), "{p:?}");
                assert!(p.total >= p.first - 0.05, "{:?} {p:?}", figure.figure);
            }
        }
        let ranked = result.ranked(Figure::PeakLeadTimeDays);
        assert!(ranked[0].total > 0.05, "{ranked:?}");
        assert!(ranked.windows(2).all(|w| w[0].total >= w[1].total));
    }
}

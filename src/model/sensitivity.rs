//! Global sensitivity analysis: variance-based (Sobol) indices of the headline figures.
//!
//! For an output Y = f(X₁, …, X_d) of independent inputs, the first-order index of input i is the
//! share of Var(Y) that Xᵢ explains alone, S_i = Var(E[Y | Xᵢ]) / Var(Y), and its total index is the
//! share left unexplained once every other input is known, S_Ti = E[Var(Y | X₋ᵢ)] / Var(Y): Xᵢ's
//! own effect plus all its interactions. S_Ti ≥ S_i; S_Ti − S_i measures interaction; an input with
//! S_Ti ≈ 0 could be fixed anywhere in its interval without changing the output.
//!
//! Design (Saltelli 2002, 2010): two n × d matrices A and B of points in [0, 1)^d, and for each
//! input i the matrix A_B⁽ⁱ⁾, A with its column i taken from B; f is run on the rows of A, B and
//! every A_B⁽ⁱ⁾, n·(d + 2) runs. Row j of A and row j of B are the first and last d coordinates of
//! point j of a 2d-dimensional Owen-scrambled Sobol' sequence (the `sobol_burley` crate), as
//! Saltelli et al. (2010) recommend: a quasi-random design fills the cube more evenly than
//! independent draws and gives the same accuracy with far fewer runs. Estimators, from Saltelli et
//! al. (2010), "Variance based sensitivity analysis of model output. Design and estimator for the
//! total sensitivity index", Computer Physics Communications 181:259–270, table 2:
//!
//! - first order, their (b): S_i = (1/n) Σⱼ f(B)ⱼ (f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V;
//! - total, Jansen's (f): S_Ti = (1/2n) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V;
//!
//! with V the variance of the 2n runs of A and B, and f centred on their mean (which leaves both
//! estimators unbiased and lowers their noise). An input the model ignores gets exactly 0 for both.
//! The sequence is integer arithmetic seeded by the seed, so the same seed gives the same indices
//! on every platform, natively and in the browser.
//!
//! The runs can be made a few rows at a time ([`SobolRun::advance`]), so that the page's worker
//! can report its progress and take newer requests in between; the indices are the same however
//! the rows are split.

use super::measures::{Material, Measures};
use super::params::{all_params, find_param, ParamView, Params};
use super::simulate::{simulate_material, Timeline};
use super::summary::{headline, Headline};
use super::uncertainty::quantile;
use serde::{Deserialize, Serialize};

/// Base sample size n, on the page and by default on the command line: for history's hydrogen
/// fluoride that is 1,024 × 36 pairs of runs (scenario and baseline), under a second natively.
pub const DEFAULT_SAMPLES: usize = 1024;

/// The largest base sample size the sequence supports (2^16 points).
pub const MAX_SAMPLES: usize = 1 << 16;

/// The largest number of inputs: the sequence has 256 dimensions, two per input.
pub const MAX_INPUTS: usize = 128;

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

/// A Saltelli design being run, a few rows at a time.
#[derive(Clone, Debug)]
pub struct SobolRun {
    dims: usize,
    n: usize,
    seed: u32,
    rows_done: usize,
    /// Outputs per run: row j holds f(A)ⱼ, f(B)ⱼ, then f(A_B⁽ⁱ⁾)ⱼ for each i, each `outputs` long.
    values: Vec<f64>,
    outputs: usize,
}

impl SobolRun {
    /// A design of base size `n` (2 to [`MAX_SAMPLES`]) over `dims` inputs (at most
    /// [`MAX_INPUTS`]), drawn from `seed`; nothing is run yet.
    pub fn new(dims: usize, n: usize, seed: u64) -> Self {
        assert!(dims <= MAX_INPUTS, "at most {MAX_INPUTS} inputs");
        SobolRun {
            dims,
            n: n.clamp(2, MAX_SAMPLES),
            // The sequence takes a 32-bit seed: both halves of the seed count.
            seed: (seed ^ (seed >> 32)) as u32,
            rows_done: 0,
            values: Vec::new(),
            outputs: 0,
        }
    }

    /// Base sample size.
    pub fn n(&self) -> usize {
        self.n
    }

    /// Rows run so far, out of [`SobolRun::n`].
    pub fn rows_done(&self) -> usize {
        self.rows_done
    }

    pub fn is_done(&self) -> bool {
        self.rows_done == self.n
    }

    /// Coordinate `column` (0..2·dims) of point `row` of the sequence.
    fn point(&self, row: usize, column: usize) -> f64 {
        f64::from(sobol_burley::sample(row as u32, column as u32, self.seed))
    }

    /// Runs the model on up to `rows` more rows of the design (each row is dims + 2 runs). The
    /// model returns the same number of outputs every run.
    pub fn advance<F: FnMut(&[f64]) -> Vec<f64>>(&mut self, rows: usize, mut model: F) {
        let dims = self.dims;
        let mut a = vec![0.0; dims];
        let mut b = vec![0.0; dims];
        let mut mixed = vec![0.0; dims];
        let last = (self.rows_done + rows).min(self.n);
        for j in self.rows_done..last {
            for i in 0..dims {
                a[i] = self.point(j, i);
                b[i] = self.point(j, dims + i);
            }
            let mut keep = |values: Vec<f64>, store: &mut Vec<f64>| {
                if self.outputs == 0 {
                    self.outputs = values.len();
                }
                store.extend(values);
            };
            keep(model(&a), &mut self.values);
            keep(model(&b), &mut self.values);
            for i in 0..dims {
                mixed.copy_from_slice(&a);
                mixed[i] = b[i];
                keep(model(&mixed), &mut self.values);
            }
        }
        self.rows_done = last;
    }

    /// The indices, once every row has run (see the module documentation for the estimators).
    pub fn result(&self) -> SobolResult {
        assert!(
            self.is_done(),
            "every row runs before the indices are taken"
        );
        let (n, dims, outputs) = (self.n, self.dims, self.outputs);
        let run = |j: usize, block: usize| {
            let at = (j * (dims + 2) + block) * outputs;
            &self.values[at..at + outputs]
        };
        let mut mean = vec![0.0; outputs];
        for j in 0..n {
            for block in 0..2 {
                for (sum, value) in mean.iter_mut().zip(run(j, block)) {
                    *sum += value;
                }
            }
        }
        for sum in &mut mean {
            *sum /= (2 * n) as f64;
        }
        let mut variance = vec![0.0; outputs];
        for j in 0..n {
            for block in 0..2 {
                for ((sum, value), centre) in variance.iter_mut().zip(run(j, block)).zip(&mean) {
                    *sum += (value - centre) * (value - centre);
                }
            }
        }
        for sum in &mut variance {
            *sum /= (2 * n - 1) as f64;
        }
        // first[k][i] and total[k][i] accumulate the sums of the two estimators.
        let mut first = vec![vec![0.0; dims]; outputs];
        let mut total = vec![vec![0.0; dims]; outputs];
        for j in 0..n {
            let (f_a, f_b) = (run(j, 0), run(j, 1));
            for i in 0..dims {
                let f_ab = run(j, 2 + i);
                for k in 0..outputs {
                    let (fa, fb) = (f_a[k] - mean[k], f_b[k] - mean[k]);
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
}

/// Variance-based Sobol indices of `model` over `dims` independent inputs, each uniform on [0, 1)
/// (the caller maps them to its distributions), with a Saltelli design of base size `n` drawn
/// from `seed`: [`SobolRun`] run in one go.
pub fn sobol_indices<F: FnMut(&[f64]) -> Vec<f64>>(
    dims: usize,
    n: usize,
    seed: u64,
    model: F,
) -> SobolResult {
    let mut run = SobolRun::new(dims, n, seed);
    run.advance(run.n(), model);
    run.result()
}

/// A headline figure whose sensitivity is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    /// The spread (standard deviation over the runs) below which the figure counts as not
    /// varying: half a day, a tonne, half a percentage point, under what the page writes. Under it
    /// the indices divide a few odd runs or rounding noise by almost nothing and mean nothing
    /// (Japan's share of HF at the end of escalation, 0% in nearly every run, gave a total index
    /// of 3.2).
    pub fn negligible_spread(self) -> f64 {
        match self {
            Figure::PeakLeadTimeDays => 0.5,
            Figure::JpExportsLossT => 1.0,
            Figure::JpShareAtEnd => 0.005,
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

/// [`ParamIndices`] as read back, before its key is found in the parameter table.
#[derive(Deserialize)]
struct ParamIndicesRead {
    param: String,
    first: f64,
    total: f64,
}

impl<'de> Deserialize<'de> for ParamIndices {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let read = ParamIndicesRead::deserialize(deserializer)?;
        let view = find_param(&read.param).ok_or_else(|| {
            serde::de::Error::custom(format!("no parameter is called {}", read.param))
        })?;
        Ok(ParamIndices {
            param: view.key,
            first: read.first,
            total: read.total,
        })
    }
}

/// The indices of every varied parameter for one figure, in parameter-table order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureIndices {
    pub figure: Figure,
    /// Variance of the figure over the runs of A and B.
    pub variance: f64,
    pub params: Vec<ParamIndices>,
}

/// Sobol indices of a material's headline figures with respect to the uncertain parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

    /// Whether the figure hardly varies over the runs (its standard deviation under
    /// [`Figure::negligible_spread`]): then no parameter drives it.
    pub fn is_flat(&self, figure: Figure) -> bool {
        self.figure(figure).variance.sqrt() < figure.negligible_spread()
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

/// The Sobol analysis of a material's headline figures (peak lead time, exports lost, Japan's
/// share at the end) over the uncertain parameters, being run: each input is drawn as the Monte
/// Carlo draws it (triangular around the scenario's value, [`quantile`]), and each run simulates
/// the scenario and its baseline (no measures) with the same parameters and takes the figures from
/// the pair, as [`super::uncertainty::headline_ranges`] does.
pub struct HeadlineSensitivityRun {
    material: Material,
    base: Params,
    seed: u64,
    varied: Vec<&'static ParamView>,
    timeline: Timeline,
    baseline_timeline: Timeline,
    params: Params,
    sobol: SobolRun,
}

impl HeadlineSensitivityRun {
    pub fn new(
        measures: &Measures,
        base: &Params,
        material: Material,
        n: usize,
        seed: u64,
    ) -> Self {
        let varied = varied_params(material);
        HeadlineSensitivityRun {
            material,
            base: base.clone(),
            seed,
            sobol: SobolRun::new(varied.len(), n, seed),
            varied,
            timeline: Timeline::new(measures, base),
            baseline_timeline: Timeline::new(&Measures::default(), base),
            params: base.clone(),
        }
    }

    /// Model runs of the scenario made so far, and in all (each with its baseline run).
    pub fn progress(&self) -> (usize, usize) {
        let per_row = self.varied.len() + 2;
        (self.sobol.rows_done() * per_row, self.sobol.n() * per_row)
    }

    pub fn is_done(&self) -> bool {
        self.sobol.is_done()
    }

    /// Rows of the design run so far.
    pub fn rows_done(&self) -> usize {
        self.sobol.rows_done()
    }

    /// Runs up to `rows` more rows of the design.
    pub fn advance(&mut self, rows: usize) {
        let HeadlineSensitivityRun {
            material,
            base,
            varied,
            timeline,
            baseline_timeline,
            params,
            sobol,
            ..
        } = self;
        let material = *material;
        sobol.advance(rows, |inputs| {
            for (view, &u) in varied.iter().zip(inputs) {
                if let Some(value) = quantile(view, base, u) {
                    params.set(view.param, value);
                }
            }
            timeline.set_params(params);
            baseline_timeline.set_params(params);
            let series = simulate_material(timeline, params, material);
            let baseline = simulate_material(baseline_timeline, params, material);
            let figures = headline(material, &series, &baseline);
            Figure::ALL.iter().map(|f| f.of(&figures)).collect()
        });
    }

    /// The indices, once every row has run.
    pub fn result(&self) -> HeadlineSensitivity {
        let result = self.sobol.result();
        let figures = Figure::ALL
            .iter()
            .zip(&result.outputs)
            .map(|(&figure, indices)| FigureIndices {
                figure,
                variance: indices.variance,
                params: self
                    .varied
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
            material: self.material,
            n: result.n,
            seed: self.seed,
            runs: self.progress().1,
            figures,
        }
    }
}

/// Sobol indices of a material's headline figures over the uncertain parameters: a
/// [`HeadlineSensitivityRun`] run in one go, with base sample size `n` and `seed`.
pub fn headline_sensitivity(
    measures: &Measures,
    base: &Params,
    material: Material,
    n: usize,
    seed: u64,
) -> HeadlineSensitivity {
    let mut run = HeadlineSensitivityRun::new(measures, base, material, n, seed);
    // The design's own size: n is kept between 2 and the sequence's length.
    run.advance(run.sobol.n());
    run.result()
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
        // With the sample size the page and the command line use.
        let result = sobol_indices(3, DEFAULT_SAMPLES, 2019, ishigami);
        assert_eq!(result.n, DEFAULT_SAMPLES);
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
    fn the_indices_do_not_depend_on_how_the_rows_are_split() {
        let whole = sobol_indices(3, 256, 11, ishigami);
        let mut run = SobolRun::new(3, 256, 11);
        for rows in [1, 7, 100, 500] {
            assert!(!run.is_done());
            run.advance(rows, ishigami);
        }
        assert!(run.is_done() && run.rows_done() == 256);
        assert_eq!(run.result(), whole);
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
        let result = headline_sensitivity(&history.measures, &history.params, Material::Hf, 256, 1);
        let varied = varied_params(Material::Hf);
        assert_eq!((result.n, result.runs), (256, 256 * (varied.len() + 2)));
        for figure in &result.figures {
            assert_eq!(figure.params.len(), varied.len());
            for p in &figure.params {
                assert!(p.first.is_finite() && p.total.is_finite(), "{p:?}");
                assert!(p.total >= p.first - 0.05, "{:?} {p:?}", figure.figure);
            }
        }
        // A design too small is run at its smallest, two rows.
        let tiny = headline_sensitivity(&history.measures, &history.params, Material::Hf, 1, 1);
        assert_eq!(tiny.n, 2);
        let ranked = result.ranked(Figure::PeakLeadTimeDays);
        assert!(ranked[0].total > 0.05, "{ranked:?}");
        assert!(!result.is_flat(Figure::PeakLeadTimeDays));
        // In escalation Japan's share of HF at the end is nil in every run: it does not vary,
        // and its indices are noise.
        let escalation = crate::scenario::Preset::Escalation.scenario();
        let flat = headline_sensitivity(
            &escalation.measures,
            &escalation.params,
            Material::Hf,
            64,
            1,
        );
        assert!(
            flat.is_flat(Figure::JpShareAtEnd),
            "{:?}",
            flat.figure(Figure::JpShareAtEnd).variance
        );
        assert!(ranked.windows(2).all(|w| w[0].total >= w[1].total));
    }
}

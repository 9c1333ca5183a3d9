//! Seeded Monte Carlo over the parameters' documented uncertainty.
//!
//! Each draw samples every uncertain parameter from a triangular distribution over its interval,
//! peaking at the default, and reruns the model. The generator is xoshiro256++ seeded through
//! SplitMix64, and the model uses `libm` for every transcendental function, so the same seed gives
//! the same numbers natively and in the browser.
//!
//! Two kinds of band come from the same draws. The assumptions-only bands ([`bands_of`],
//! [`headline_ranges`]) give every draw the same weight. The calibrated bands
//! ([`calibrated_bands_of`], [`calibrated_headline_ranges`]) weight each draw by how well it
//! reproduces what happened, by rejection approximate Bayesian computation with the Epanechnikov
//! kernel ([`calibration_weights`]; Beaumont, Zhang & Balding 2002, "Approximate Bayesian
//! computation in population genetics", Genetics 162:2025–2035): each draw runs the `history`
//! preset's measures, its distance is the calibration objective (the sum of squared standardised
//! residuals of the fitted in-sample targets), the tolerance δ is the [`ACCEPTED_QUANTILE`] of the
//! distances, and a draw at distance d gets the weight 1 − (d/δ)² when d ≤ δ, 0 otherwise.

use super::measures::{Material, Measures};
use super::params::{all_params, ParamView, Params};
use super::simulate::{simulate_material, MaterialSeries, Output, Run, Timeline};
use super::summary::{headlines, Headline};
use super::targets::{history_measures, objective_of, residuals_of, targets, Target};
use super::time::MONTHS;
use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

/// Seed used by the page and, unless told otherwise, by the command line.
pub const DEFAULT_SEED: u64 = 2019;
/// Draws used by the page and, unless told otherwise, by the command line.
pub const DEFAULT_DRAWS: usize = 200;
/// Draws of the calibrated bands: enough that the weighted draws' effective sample size stays
/// above [`MIN_EFFECTIVE_DRAWS`] for the `history` preset (146 with the default seed; 139 to 146
/// over seeds 1, 7 and 2019). About 80 ms natively.
pub const CALIBRATED_DRAWS: usize = 800;
/// The share of draws the calibration keeps: the tolerance δ is this quantile of the draws'
/// distances, so that a quarter of the draws, the closest to what happened, get a weight. A
/// smaller share conditions more tightly on the data but leaves fewer draws to make the bands of;
/// with [`CALIBRATED_DRAWS`] draws, a quarter keeps 200 draws and an effective sample size of
/// about 145 (a tenth would keep 80, worth about 55).
pub const ACCEPTED_QUANTILE: f64 = 0.25;
/// The effective sample size the calibrated bands are built to keep at least (tested for the
/// `history` preset).
pub const MIN_EFFECTIVE_DRAWS: f64 = 100.0;
/// Outputs that get p10 and p90 bands.
pub const BANDED: [Output; 4] = [
    Output::LeadTimeDays,
    Output::JpExportsT,
    Output::InventoryWeeks,
    Output::ShortfallT,
];

/// A uniform number in [0, 1) from the top 53 bits of a 64-bit draw.
pub(crate) fn unit(rng: &mut Xoshiro256PlusPlus) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Inverse-CDF sample of a triangular distribution on [low, high] with its mode at `mode`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    if high <= low {
        return mode;
    }
    let split = (mode - low) / (high - low);
    if u < split {
        low + (u * (high - low) * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * (high - low) * (high - mode)).sqrt()
    }
}

/// The value of an uncertain parameter at quantile `u` (in [0, 1)) of its distribution around
/// `base`: triangular over its uncertainty interval, peaking at the value the scenario sets, the
/// interval shifted with that value and kept inside the parameter's range. `None` for a parameter
/// without an uncertainty interval. [`sample`] and the sensitivity analysis both draw through this.
pub fn quantile(view: &ParamView, base: &Params, u: f64) -> Option<f64> {
    let (low, high) = view.values.uncertainty?;
    let mode = base.get(view.param);
    let shift = mode - view.values.default;
    let low = (low + shift).max(view.values.min);
    let high = (high + shift).min(view.values.max);
    Some(triangular(u, low, mode.clamp(low, high), high))
}

/// One draw of parameters around `base`. Uncertain parameters are sampled around the value the
/// scenario sets, the interval shifted with it and kept inside the parameter's range.
pub fn sample(base: &Params, rng: &mut Xoshiro256PlusPlus) -> Params {
    let mut params = base.clone();
    for view in all_params() {
        if view.values.uncertainty.is_some() {
            let u = unit(rng);
            if let Some(value) = quantile(view, base, u) {
                params.set(view.param, value);
            }
        }
    }
    params
}

/// p10 and p90 of the banded outputs, per material.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bands {
    pub draws: usize,
    pub seed: u64,
    /// Per material, indexed by [`Material::index`]; only the [`BANDED`] outputs are filled.
    pub p10: [MaterialSeries; 3],
    pub p90: [MaterialSeries; 3],
}

impl Bands {
    pub fn p10(&self, material: Material, output: Output) -> &[f64] {
        self.p10[material.index()].get(output)
    }

    pub fn p90(&self, material: Material, output: Output) -> &[f64] {
        self.p90[material.index()].get(output)
    }
}

/// Linear-interpolated percentile (`q` in 0..=1), the same as sorting and interpolating between
/// neighbours, but by selection so that it stays linear in the number of draws. Reorders `values`.
fn percentile(values: &mut [f64], q: f64) -> f64 {
    let position = q * (values.len() - 1) as f64;
    let below = position.floor() as usize;
    let (_, low, above) = values.select_nth_unstable_by(below, f64::total_cmp);
    let low = *low;
    let high = above.iter().copied().min_by(f64::total_cmp).unwrap_or(low);
    low + (high - low) * (position - below as f64)
}

/// [`percentile`] of all of `values` when `values[..=split]` holds its `split + 1` smallest values
/// (as [`percentile`] leaves them) and the percentile falls among them.
fn percentile_below(values: &mut [f64], split: usize, q: f64) -> f64 {
    let position = q * (values.len() - 1) as f64;
    let below = position.floor() as usize;
    if below >= split {
        return percentile(values, q);
    }
    let (_, low, above) = values[..=split].select_nth_unstable_by(below, f64::total_cmp);
    let low = *low;
    let high = above.iter().copied().min_by(f64::total_cmp).unwrap_or(low);
    low + (high - low) * (position - below as f64)
}

/// Runs `draws` sampled simulations of the measures and returns p10 and p90 bands.
pub fn bands(measures: &Measures, base: &Params, draws: usize, seed: u64) -> Bands {
    bands_of(measures, base, draws, seed, &Material::ALL)
}

/// Bands of some materials only (the others are left at zero). Each draw samples every parameter
/// whichever materials are run, so a material's bands are the same as from [`bands`].
pub fn bands_of(
    measures: &Measures,
    base: &Params,
    draws: usize,
    seed: u64,
    materials: &[Material],
) -> Bands {
    let draws = draws.max(1);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    // samples[material][output][draw][month]: each run's months are copied as one block. Only the
    // materials run are stored.
    let mut samples = vec![vec![vec![0.0; draws * MONTHS]; BANDED.len()]; materials.len()];
    let mut timeline = Timeline::new(measures, base);
    for draw in 0..draws {
        let params = sample(base, &mut rng);
        timeline.set_params(&params);
        for (run, &material) in materials.iter().enumerate() {
            let series = simulate_material(&timeline, &params, material);
            for (slot, output) in BANDED.iter().enumerate() {
                samples[run][slot][draw * MONTHS..(draw + 1) * MONTHS]
                    .copy_from_slice(series.get(*output));
            }
        }
    }
    let mut p10 = [
        MaterialSeries::zeros(),
        MaterialSeries::zeros(),
        MaterialSeries::zeros(),
    ];
    let mut p90 = p10.clone();
    let mut month_values = vec![0.0; draws];
    for (run, &material) in materials.iter().enumerate() {
        for (slot, output) in BANDED.iter().enumerate() {
            let store = &samples[run][slot];
            for month in 0..MONTHS {
                for (draw, value) in month_values.iter_mut().enumerate() {
                    *value = store[draw * MONTHS + month];
                }
                // p90 first: selecting it leaves every value below it in front, where p10 is
                // then selected from the smaller slice, with the same result.
                let high = percentile(&mut month_values, 0.9);
                let below = (0.9 * (draws - 1) as f64).floor() as usize;
                let low = percentile_below(&mut month_values, below, 0.1);
                p10[material.index()].get_mut(*output)[month] = low;
                p90[material.index()].get_mut(*output)[month] = high;
            }
        }
    }
    Bands {
        draws,
        seed,
        p10,
        p90,
    }
}

/// p10 and p90 of the headline figures, per material, over the draws of [`bands_of`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeadlineRanges {
    pub draws: usize,
    pub seed: u64,
    /// Per material, in [`Material::ALL`] order (indexed by [`Material::index`]): each numeric
    /// field is the 10th percentile of that figure over the draws; `shortfall_months` is the
    /// percentile rounded to the nearest month. `peak_month` is not a range: it is the median of
    /// the draws' peak months (the lower median when the number of draws is even), the same in
    /// `p10` and `p90`, so that a range can be placed in time.
    pub p10: Vec<Headline>,
    /// The same with the 90th percentiles.
    pub p90: Vec<Headline>,
}

impl HeadlineRanges {
    /// The p10 and p90 figures of a material.
    pub fn of(&self, material: Material) -> (&Headline, &Headline) {
        (&self.p10[material.index()], &self.p90[material.index()])
    }
}

/// Runs the model over the whole timeline of a material set for each draw, with `tension` left
/// empty (the headline figures do not use it).
pub(crate) fn run_on(timeline: &Timeline, params: &Params) -> Run {
    Run {
        materials: Material::ALL.map(|material| simulate_material(timeline, params, material)),
        tension: Vec::new(),
    }
}

/// Ranges of the headline figures: each draw samples the parameters as [`bands_of`] does (the
/// same generator and order, so draw `i` has the parameters of the bands' draw `i`), runs the
/// scenario and the baseline (no measures) with them, and takes [`headlines`] of the pair; p10 and
/// p90 are then taken per material and figure.
pub fn headline_ranges(
    measures: &Measures,
    base: &Params,
    draws: usize,
    seed: u64,
) -> HeadlineRanges {
    let draws = draws.max(1);
    let figures = draw_headlines(measures, base, draws, seed, |_| true);
    let figures: Vec<Vec<Headline>> = figures.into_iter().flatten().collect();
    ranges_of(&figures, None, draws, seed)
}

/// The headline figures of each draw whose `keep(draw)` holds (`None` for the others, which are
/// not run): the scenario and its baseline with the draw's parameters.
fn draw_headlines(
    measures: &Measures,
    base: &Params,
    draws: usize,
    seed: u64,
    keep: impl Fn(usize) -> bool,
) -> Vec<Option<Vec<Headline>>> {
    let mut timeline = Timeline::new(measures, base);
    let mut baseline_timeline = Timeline::new(&Measures::default(), base);
    draw_params(base, draws, seed)
        .enumerate()
        .map(|(draw, params)| {
            if !keep(draw) {
                return None;
            }
            timeline.set_params(&params);
            baseline_timeline.set_params(&params);
            let run = run_on(&timeline, &params);
            let baseline = run_on(&baseline_timeline, &params);
            Some(headlines(&run, &baseline))
        })
        .collect()
}

/// p10 and p90 per material and figure of the draws' figures (`figures[draw][material]`), with
/// one weight per draw, or the same weight for all (`None`: the unweighted percentiles).
fn ranges_of(
    figures: &[Vec<Headline>],
    weights: Option<&[f64]>,
    draws: usize,
    seed: u64,
) -> HeadlineRanges {
    let n = figures.len();
    let mut p10 = Vec::with_capacity(Material::ALL.len());
    let mut p90 = Vec::with_capacity(Material::ALL.len());
    let mut values = vec![0.0; n];
    let mut pairs = vec![(0.0, 0.0); n];
    for material in Material::ALL {
        let slot = material.index();
        let mut range = |field: fn(&Headline) -> f64| match weights {
            None => {
                for (value, draw) in values.iter_mut().zip(figures) {
                    *value = field(&draw[slot]);
                }
                let high = percentile(&mut values, 0.9);
                let below = (0.9 * (n - 1) as f64).floor() as usize;
                (percentile_below(&mut values, below, 0.1), high)
            }
            Some(weights) => {
                for ((pair, draw), weight) in pairs.iter_mut().zip(figures).zip(weights) {
                    *pair = (field(&draw[slot]), *weight);
                }
                let [low, high] = weighted_percentiles(&mut pairs, [0.1, 0.9]);
                (low, high)
            }
        };
        let peak = range(|h| h.peak_lead_time_days);
        let baseline_peak = range(|h| h.baseline_peak_lead_time_days);
        let loss_t = range(|h| h.jp_exports_loss_t);
        let loss_usd = range(|h| h.jp_exports_loss_usd);
        let shortfall = range(|h| h.shortfall_months as f64);
        let jp_share = range(|h| h.jp_share_at_end);
        let domestic_share = range(|h| h.domestic_share_at_end);
        let licence_wait = range(|h| h.licence_wait_2020_days);
        let peak_month = match weights {
            None => {
                let mut months: Vec<usize> =
                    figures.iter().map(|draw| draw[slot].peak_month).collect();
                months.sort_unstable();
                months[(n - 1) / 2]
            }
            Some(weights) => {
                let mut months: Vec<(usize, f64)> = figures
                    .iter()
                    .zip(weights)
                    .map(|(draw, weight)| (draw[slot].peak_month, *weight))
                    .collect();
                weighted_lower_median(&mut months)
            }
        };
        let figure = |pick: fn((f64, f64)) -> f64| Headline {
            material,
            peak_lead_time_days: pick(peak),
            peak_month,
            baseline_peak_lead_time_days: pick(baseline_peak),
            jp_exports_loss_t: pick(loss_t),
            jp_exports_loss_usd: pick(loss_usd),
            shortfall_months: pick(shortfall).round() as usize,
            jp_share_at_end: pick(jp_share),
            domestic_share_at_end: pick(domestic_share),
            licence_wait_2020_days: pick(licence_wait),
        };
        p10.push(figure(|(low, _)| low));
        p90.push(figure(|(_, high)| high));
    }
    HeadlineRanges {
        draws,
        seed,
        p10,
        p90,
    }
}

/// The parameters of each draw of a seed, in order: draw `k` is the `k`-th [`sample`] from a
/// generator seeded with `seed`, as [`bands_of`], [`headline_ranges`] and every calibrated
/// function draw them, so that draw `k` has the same parameters in all of them.
pub fn draw_params(base: &Params, draws: usize, seed: u64) -> impl Iterator<Item = Params> + '_ {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    (0..draws).map(move |_| sample(base, &mut rng))
}

/// Weighted percentiles (`qs` in 0..=1) of `(value, weight)` pairs; pairs of weight 0 (or less)
/// are left out. Reorders `pairs`.
///
/// The definition generalises the unweighted [`percentile`] (linear interpolation between order
/// statistics, the i-th of n, counted from 0, sitting at i/(n − 1)): the values are sorted, the
/// i-th is placed at `(C_i − w_i/2 − w_0/2) / (W − w_0/2 − w_last/2)`, where `C_i` is the weight of
/// the values up to and including it and `W` the total, so that the smallest sits at 0, the
/// largest at 1, and each value in the middle of its own weight; the percentile is interpolated
/// linearly between the two values around `q`. With equal weights the i-th value sits at
/// i/(n − 1) exactly, so the result is [`percentile`]'s, up to the rounding of the sums of weights
/// (a few units in the last place).
pub fn weighted_percentiles<const N: usize>(pairs: &mut [(f64, f64)], qs: [f64; N]) -> [f64; N] {
    let mut kept = 0;
    for i in 0..pairs.len() {
        if pairs[i].1 > 0.0 {
            pairs.swap(kept, i);
            kept += 1;
        }
    }
    let pairs = &mut pairs[..kept];
    if pairs.is_empty() {
        return [f64::NAN; N];
    }
    pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let n = pairs.len();
    if n == 1 {
        return [pairs[0].0; N];
    }
    let total: f64 = pairs.iter().map(|p| p.1).sum();
    let (first, last) = (pairs[0].1 / 2.0, pairs[n - 1].1 / 2.0);
    let span = total - first - last;
    // The position of each value, computed as it is needed.
    let position = |cumulative_before: f64, weight: f64| {
        ((cumulative_before + weight / 2.0 - first) / span).clamp(0.0, 1.0)
    };
    qs.map(|q| {
        let q = q.clamp(0.0, 1.0);
        let mut before = 0.0;
        let mut at = position(0.0, pairs[0].1);
        for i in 0..n - 1 {
            let next_before = before + pairs[i].1;
            let next = if i + 1 == n - 1 {
                1.0
            } else {
                position(next_before, pairs[i + 1].1)
            };
            if q <= next {
                let (low, high) = (pairs[i].0, pairs[i + 1].0);
                let fraction = if next > at {
                    (q - at) / (next - at)
                } else {
                    1.0
                };
                return low + (high - low) * fraction.clamp(0.0, 1.0);
            }
            before = next_before;
            at = next;
        }
        pairs[n - 1].0
    })
}

/// The weighted lower median of `(value, weight)` pairs: the smallest value whose cumulative
/// weight reaches half the total (with equal weights, the lower median, as [`headline_ranges`]
/// takes the month of the peak). Pairs of weight 0 are left out. Reorders `pairs`.
fn weighted_lower_median(pairs: &mut [(usize, f64)]) -> usize {
    pairs.sort_unstable_by_key(|p| p.0);
    let total: f64 = pairs.iter().map(|p| p.1.max(0.0)).sum();
    let mut cumulative = 0.0;
    for (value, weight) in pairs.iter() {
        if *weight <= 0.0 {
            continue;
        }
        cumulative += weight;
        // Allow for the rounding of the sum: with n equal weights, n/2 of them reach one half.
        if cumulative >= total / 2.0 * (1.0 - 1e-12) {
            return *value;
        }
    }
    pairs.last().map_or(0, |p| p.0)
}

/// The weights of the draws of a seed, by how well each reproduces what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub draws: usize,
    pub seed: u64,
    /// One per draw, in the order of [`draw_params`], summing to 1; 0 for a draw left out.
    pub weights: Vec<f64>,
    /// The tolerance δ: the largest distance a draw may have and keep a weight (infinite when
    /// every draw has the same weight).
    pub tolerance: f64,
    /// The effective sample size, (Σw)²/Σw²: how many equally weighted draws the weighted draws
    /// are worth.
    pub ess: f64,
    /// Draws with a weight above 0.
    pub accepted: usize,
}

impl Weights {
    /// Every draw the same weight: the assumptions-only bands, as weights.
    pub fn uniform(draws: usize, seed: u64) -> Weights {
        let draws = draws.max(1);
        Weights {
            draws,
            seed,
            weights: vec![1.0 / draws as f64; draws],
            tolerance: f64::INFINITY,
            ess: draws as f64,
            accepted: draws,
        }
    }

    /// The Epanechnikov weights of draws at these distances, with the tolerance the
    /// `quantile` of the distances (see [`calibration_weights`]).
    pub fn from_distances(distances: &[f64], quantile: f64, seed: u64) -> Weights {
        let draws = distances.len();
        let mut sorted: Vec<f64> = distances
            .iter()
            .map(|d| if d.is_nan() { f64::INFINITY } else { *d })
            .collect();
        let tolerance = if sorted.is_empty() {
            0.0
        } else {
            percentile(&mut sorted, quantile)
        };
        let mut weights: Vec<f64> = distances
            .iter()
            .map(|d| {
                if tolerance > 0.0 && tolerance.is_finite() {
                    if *d <= tolerance {
                        1.0 - (d / tolerance) * (d / tolerance)
                    } else {
                        0.0
                    }
                } else if *d <= tolerance {
                    // Every kept draw at distance 0 (or no finite tolerance): equal weights.
                    1.0
                } else {
                    0.0
                }
            })
            .collect();
        if weights.iter().all(|w| *w <= 0.0) {
            // Every kept draw on the tolerance itself (a single draw, or ties): equal weights for
            // the draws at most δ away rather than none.
            for (w, d) in weights.iter_mut().zip(distances) {
                *w = if *d <= tolerance { 1.0 } else { 0.0 };
            }
        }
        let total: f64 = weights.iter().sum();
        if total > 0.0 {
            for w in &mut weights {
                *w /= total;
            }
        }
        let squares: f64 = weights.iter().map(|w| w * w).sum();
        Weights {
            draws,
            seed,
            accepted: weights.iter().filter(|w| **w > 0.0).count(),
            ess: if squares > 0.0 { 1.0 / squares } else { 0.0 },
            weights,
            tolerance,
        }
    }

    /// Whether draw `k` has a weight (and so needs to be run).
    pub fn keeps(&self, draw: usize) -> bool {
        self.weights.get(draw).is_some_and(|w| *w > 0.0)
    }
}

/// Each draw's distance to what happened: the calibration objective (the sum of squared
/// standardised residuals of the fitted in-sample targets) of the `history` preset's measures run
/// with the draw's parameters. The draws are those of [`draw_params`] around `base`, the
/// scenario's parameters: the observations are of what happened, whatever scenario is on screen.
pub fn distances(base: &Params, draws: usize, seed: u64) -> Vec<f64> {
    let draws = draws.max(1);
    let targets: Vec<Target> = targets()
        .into_iter()
        .filter(|t| t.fitted && t.in_sample)
        .collect();
    let mut out = Vec::with_capacity(draws);
    for_history_draws(
        base,
        draws,
        seed,
        |_| true,
        |_, params, run, measures| {
            let residuals = residuals_of(&targets, run, params, measures);
            out.push(objective_of(&targets, &residuals));
        },
    );
    out
}

/// Runs the `history` preset's measures for each draw of `seed` around `base` that `keep`s, and
/// hands each run to `visit` with the draw's index, parameters and the measures.
pub(crate) fn for_history_draws(
    base: &Params,
    draws: usize,
    seed: u64,
    keep: impl Fn(usize) -> bool,
    mut visit: impl FnMut(usize, &Params, &Run, &Measures),
) {
    let measures = history_measures();
    let mut timeline = Timeline::new(&measures, base);
    for (draw, params) in draw_params(base, draws, seed).enumerate() {
        if !keep(draw) {
            continue;
        }
        timeline.set_params(&params);
        let run = run_on(&timeline, &params);
        visit(draw, &params, &run, &measures);
    }
}

/// The calibration weights of the draws of `seed` around `base` (rejection approximate Bayesian
/// computation with the Epanechnikov kernel, Beaumont, Zhang & Balding 2002): draw `k`, with the
/// parameters [`bands_of`] gives its draw `k`, runs the `history` preset's measures, its distance
/// `d_k` is the calibration objective ([`distances`]), the tolerance δ is the
/// [`ACCEPTED_QUANTILE`] of the distances (linear interpolation, as [`percentile`]), and its
/// weight is `1 − (d_k/δ)²` for `d_k ≤ δ`, else 0, normalised to sum to 1.
pub fn calibration_weights(base: &Params, draws: usize, seed: u64) -> Weights {
    Weights::from_distances(&distances(base, draws, seed), ACCEPTED_QUANTILE, seed)
}

/// Calibrated bands: the weighted p10 and p90 ([`weighted_percentiles`]) of each month's values
/// over the draws of `weights` (which must be the weights of the same `base`). Draws of weight 0
/// are not run. Materials not asked for are left at zero, as in [`bands_of`].
pub fn calibrated_bands_of(
    measures: &Measures,
    base: &Params,
    weights: &Weights,
    materials: &[Material],
) -> Bands {
    let kept: Vec<usize> = (0..weights.draws).filter(|k| weights.keeps(*k)).collect();
    if kept.is_empty() {
        // No draw kept (weights not made by `calibration_weights`): the assumptions-only bands.
        return bands_of(measures, base, weights.draws, weights.seed, materials);
    }
    // samples[material][output][kept draw][month]
    let mut samples = vec![vec![vec![0.0; kept.len() * MONTHS]; BANDED.len()]; materials.len()];
    let mut timeline = Timeline::new(measures, base);
    let mut slot_of_draw = 0;
    for (draw, params) in draw_params(base, weights.draws, weights.seed).enumerate() {
        if !weights.keeps(draw) {
            continue;
        }
        timeline.set_params(&params);
        for (run, &material) in materials.iter().enumerate() {
            let series = simulate_material(&timeline, &params, material);
            for (slot, output) in BANDED.iter().enumerate() {
                samples[run][slot][slot_of_draw * MONTHS..(slot_of_draw + 1) * MONTHS]
                    .copy_from_slice(series.get(*output));
            }
        }
        slot_of_draw += 1;
    }
    let mut p10 = [
        MaterialSeries::zeros(),
        MaterialSeries::zeros(),
        MaterialSeries::zeros(),
    ];
    let mut p90 = p10.clone();
    let mut pairs = vec![(0.0, 0.0); kept.len()];
    for (run, &material) in materials.iter().enumerate() {
        for (slot, output) in BANDED.iter().enumerate() {
            let store = &samples[run][slot];
            for month in 0..MONTHS {
                for (i, (pair, draw)) in pairs.iter_mut().zip(&kept).enumerate() {
                    *pair = (store[i * MONTHS + month], weights.weights[*draw]);
                }
                let [low, high] = weighted_percentiles(&mut pairs, [0.1, 0.9]);
                p10[material.index()].get_mut(*output)[month] = low;
                p90[material.index()].get_mut(*output)[month] = high;
            }
        }
    }
    Bands {
        draws: weights.draws,
        seed: weights.seed,
        p10,
        p90,
    }
}

/// Calibrated ranges of the headline figures: as [`headline_ranges`], with each draw weighted by
/// `weights` (which must be the weights of the same `base`): weighted p10 and p90, and the
/// weighted lower median of the peak month. Draws of weight 0 are not run.
pub fn calibrated_headline_ranges(
    measures: &Measures,
    base: &Params,
    weights: &Weights,
) -> HeadlineRanges {
    let figures = draw_headlines(measures, base, weights.draws, weights.seed, |k| {
        weights.keeps(k)
    });
    let (figures, kept): (Vec<Vec<Headline>>, Vec<f64>) = figures
        .into_iter()
        .zip(&weights.weights)
        .filter_map(|(figures, weight)| figures.map(|f| (f, *weight)))
        .unzip();
    if figures.is_empty() {
        // No draw kept (only when every distance is infinite): the assumptions-only ranges.
        return headline_ranges(measures, base, weights.draws, weights.seed);
    }
    ranges_of(&figures, Some(&kept), weights.draws, weights.seed)
}

/// Which uncertainty the bands and ranges show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BandKind {
    /// The Monte Carlo draws weighted by how well each reproduces the 2018–2019 observations
    /// ([`calibration_weights`]): the page's default.
    #[default]
    Calibrated,
    /// Every draw of the assumptions' intervals counted equally.
    Assumptions,
}

impl BandKind {
    pub const ALL: [BandKind; 2] = [BandKind::Calibrated, BandKind::Assumptions];

    /// Stable identifier, used in links and the page's markup.
    pub fn id(self) -> &'static str {
        match self {
            BandKind::Calibrated => "calibrated",
            BandKind::Assumptions => "assumptions",
        }
    }

    pub fn from_id(id: &str) -> Option<BandKind> {
        BandKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_stays_in_its_interval_and_peaks_at_the_mode() {
        assert_eq!(triangular(0.0, 1.0, 2.0, 4.0), 1.0);
        assert_eq!(triangular(1.0, 1.0, 2.0, 4.0), 4.0);
        let split = (2.0 - 1.0) / (4.0 - 1.0);
        assert!((triangular(split, 1.0, 2.0, 4.0) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(0.3, 5.0, 5.0, 5.0), 5.0);
    }

    #[test]
    fn the_p10_taken_below_the_p90_is_the_p10_of_all() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        for n in [1usize, 2, 3, 10, 11, 200, 1000] {
            let values: Vec<f64> = (0..n).map(|_| unit(&mut rng)).collect();
            let mut whole = values.clone();
            let expected = percentile(&mut whole, 0.1);
            let mut split = values.clone();
            percentile(&mut split, 0.9);
            let below = (0.9 * (n - 1) as f64).floor() as usize;
            assert_eq!(percentile_below(&mut split, below, 0.1), expected, "{n}");
        }
    }

    #[test]
    fn percentiles_interpolate() {
        let mut shuffled = [
            70.0, 0.0, 100.0, 30.0, 10.0, 50.0, 90.0, 20.0, 60.0, 40.0, 80.0,
        ];
        assert_eq!(percentile(&mut shuffled, 0.1), 10.0);
        assert_eq!(percentile(&mut shuffled, 0.9), 90.0);
        assert_eq!(percentile(&mut [5.0, 3.0], 0.5), 4.0);
        assert_eq!(percentile(&mut [2.0], 0.9), 2.0);
    }

    #[test]
    fn one_material_s_bands_equal_its_bands_from_the_full_run() {
        let history = crate::scenario::Preset::History.scenario();
        let all = bands(&history.measures, &history.params, 40, 3);
        let one = bands_of(
            &history.measures,
            &history.params,
            40,
            3,
            &[Material::Photoresist],
        );
        for output in BANDED {
            assert_eq!(
                all.p10(Material::Photoresist, output),
                one.p10(Material::Photoresist, output)
            );
            assert_eq!(
                all.p90(Material::Photoresist, output),
                one.p90(Material::Photoresist, output)
            );
        }
    }

    #[test]
    fn samples_respect_ranges_and_keep_certain_parameters() {
        let base = Params::default();
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        for _ in 0..50 {
            let params = sample(&base, &mut rng);
            for view in all_params() {
                let value = params.get(view.param);
                match view.values.uncertainty {
                    Some((low, high)) => assert!(low <= value && value <= high, "{}", view.key),
                    None => assert_eq!(value, view.values.default, "{}", view.key),
                }
            }
        }
    }

    fn history_ranges(draws: usize, seed: u64) -> HeadlineRanges {
        let history = crate::scenario::Preset::History.scenario();
        headline_ranges(&history.measures, &history.params, draws, seed)
    }

    /// Every numeric figure of a headline, named.
    fn fields(h: &Headline) -> [(&'static str, f64); 8] {
        [
            ("peak_lead_time_days", h.peak_lead_time_days),
            (
                "baseline_peak_lead_time_days",
                h.baseline_peak_lead_time_days,
            ),
            ("jp_exports_loss_t", h.jp_exports_loss_t),
            ("jp_exports_loss_usd", h.jp_exports_loss_usd),
            ("shortfall_months", h.shortfall_months as f64),
            ("jp_share_at_end", h.jp_share_at_end),
            ("domestic_share_at_end", h.domestic_share_at_end),
            ("licence_wait_2020_days", h.licence_wait_2020_days),
        ]
    }

    #[test]
    fn headline_ranges_are_ordered_and_seeded() {
        let ranges = history_ranges(60, 11);
        assert_eq!((ranges.draws, ranges.seed), (60, 11));
        for material in Material::ALL {
            let (low, high) = ranges.of(material);
            assert_eq!((low.material, high.material), (material, material));
            assert_eq!(low.peak_month, high.peak_month);
            for ((name, l), (_, h)) in fields(low).into_iter().zip(fields(high)) {
                assert!(l.is_finite() && l <= h, "{material:?} {name}: {l} > {h}");
            }
        }
        let hf = ranges.of(Material::Hf);
        assert!(
            hf.0.jp_exports_loss_t > 0.0 && hf.0.peak_lead_time_days < hf.1.peak_lead_time_days
        );
        assert_eq!(history_ranges(60, 11), ranges);
        assert_ne!(history_ranges(60, 12), ranges);
    }

    #[test]
    fn the_baseline_loses_no_exports_in_any_draw() {
        let baseline = crate::scenario::Preset::Baseline.scenario();
        let ranges = headline_ranges(&baseline.measures, &baseline.params, 30, 4);
        for material in Material::ALL {
            let (low, high) = ranges.of(material);
            assert_eq!(low.jp_exports_loss_t, 0.0);
            assert_eq!(high.jp_exports_loss_t, 0.0);
            assert_eq!(low.jp_exports_loss_usd, 0.0);
            assert_eq!(high.jp_exports_loss_usd, 0.0);
        }
    }

    #[test]
    fn the_deterministic_peak_lies_in_its_range() {
        let history = crate::scenario::Preset::History.scenario();
        let run = crate::model::simulate(&history.measures, &history.params);
        let baseline = crate::model::simulate(&Measures::default(), &history.params);
        let peak = headlines(&run, &baseline)[Material::Hf.index()].peak_lead_time_days;
        let ranges = history_ranges(DEFAULT_DRAWS, DEFAULT_SEED);
        let (low, high) = ranges.of(Material::Hf);
        assert!(
            low.peak_lead_time_days <= peak && peak <= high.peak_lead_time_days,
            "{peak} outside {}..{}",
            low.peak_lead_time_days,
            high.peak_lead_time_days
        );
    }

    #[test]
    fn headline_ranges_are_the_percentiles_of_each_draw_s_figures() {
        let history = crate::scenario::Preset::History.scenario();
        let draws = 11;
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(5);
        let mut peaks: Vec<Vec<f64>> = vec![Vec::new(); 3];
        for _ in 0..draws {
            let params = sample(&history.params, &mut rng);
            let run = crate::model::simulate(&history.measures, &params);
            let baseline = crate::model::simulate(&Measures::default(), &params);
            for headline in headlines(&run, &baseline) {
                peaks[headline.material.index()].push(headline.peak_lead_time_days);
            }
        }
        let ranges = history_ranges(draws, 5);
        for material in Material::ALL {
            let mut sorted = peaks[material.index()].clone();
            sorted.sort_by(f64::total_cmp);
            // With 11 draws the 10th and 90th percentiles fall exactly on the second and tenth.
            let (low, high) = ranges.of(material);
            assert_eq!(low.peak_lead_time_days, sorted[1], "{material:?}");
            assert_eq!(high.peak_lead_time_days, sorted[9], "{material:?}");
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn equal_weights_give_the_unweighted_percentiles() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(9);
        for n in [1usize, 2, 3, 10, 11, 200, 801] {
            let values: Vec<f64> = (0..n).map(|_| 100.0 * unit(&mut rng)).collect();
            for q in [0.0, 0.1, 0.25, 0.5, 0.9, 1.0] {
                let expected = percentile(&mut values.clone(), q);
                let mut pairs: Vec<(f64, f64)> =
                    values.iter().map(|v| (*v, 1.0 / n as f64)).collect();
                let [got] = weighted_percentiles(&mut pairs, [q]);
                assert!(close(got, expected), "{n} {q}: {got} against {expected}");
                // The scale of the weights does not matter.
                let mut pairs: Vec<(f64, f64)> = values.iter().map(|v| (*v, 3.0)).collect();
                let [got] = weighted_percentiles(&mut pairs, [q]);
                assert!(close(got, expected), "{n} {q}: {got} against {expected}");
            }
        }
    }

    #[test]
    fn weighted_percentiles_place_each_value_in_the_middle_of_its_weight() {
        // Positions 0, (1 + 1 − 0.5) / 3 = 0.5 and 1.
        let mut pairs = [(20.0, 1.0), (0.0, 1.0), (10.0, 2.0)];
        assert_eq!(
            weighted_percentiles(&mut pairs, [0.0, 0.25, 0.5, 1.0]),
            [0.0, 5.0, 10.0, 20.0]
        );
        // A value of weight 0 is left out.
        let mut pairs = [(1.0, 1.0), (2.0, 0.0), (3.0, 1.0)];
        assert_eq!(weighted_percentiles(&mut pairs, [0.5]), [2.0]);
        let mut pairs = [(1.0, 1.0), (100.0, 0.0), (3.0, 1.0)];
        assert_eq!(weighted_percentiles(&mut pairs, [0.9]), [2.8]);
        // A heavier value pulls the percentiles towards it: positions 0, 0.45, 0.9 and 1, where
        // equal weights would give 0, 1/3, 2/3 and 1 (and a p90 of 27).
        let mut pairs = [(0.0, 1.0), (10.0, 8.0), (20.0, 1.0), (30.0, 1.0)];
        let [low, high] = weighted_percentiles(&mut pairs, [0.1, 0.9]);
        assert!(close(low, 10.0 / 4.5) && close(high, 20.0), "{low} {high}");
        assert_eq!(
            weighted_percentiles(&mut [(4.0, 0.5)], [0.1, 0.9]),
            [4.0, 4.0]
        );
        assert!(weighted_percentiles(&mut [(4.0, 0.0)], [0.1])[0].is_nan());
    }

    #[test]
    fn the_weighted_lower_median_is_the_lower_median_with_equal_weights() {
        for n in 1..12usize {
            let months: Vec<usize> = (0..n).map(|i| (i * 7) % 13).collect();
            let mut sorted = months.clone();
            sorted.sort_unstable();
            let mut pairs: Vec<(usize, f64)> =
                months.iter().map(|m| (*m, 1.0 / n as f64)).collect();
            assert_eq!(
                weighted_lower_median(&mut pairs),
                sorted[(n - 1) / 2],
                "{n}"
            );
        }
        assert_eq!(
            weighted_lower_median(&mut [(1, 0.2), (5, 0.7), (9, 0.1)]),
            5
        );
        assert_eq!(
            weighted_lower_median(&mut [(1, 0.0), (5, 0.5), (9, 0.5)]),
            5
        );
    }

    #[test]
    fn every_function_draws_the_same_parameters() {
        let base = Params::default();
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(4);
        for params in draw_params(&base, 5, 4) {
            assert_eq!(params, sample(&base, &mut rng));
        }
        // Draw k's distance is the calibration objective of its parameters, as a full run of
        // history gives it.
        let distances = distances(&base, 3, 4);
        for (params, distance) in draw_params(&base, 3, 4).zip(distances) {
            let objective = crate::model::targets::objective(&params);
            assert!(close(distance, objective), "{distance} against {objective}");
        }
    }

    #[test]
    fn equal_weights_reproduce_the_assumptions_only_bands_and_ranges() {
        let history = crate::scenario::Preset::History.scenario();
        let (draws, seed) = (40, 3);
        let uniform = Weights::uniform(draws, seed);
        let weighted =
            calibrated_bands_of(&history.measures, &history.params, &uniform, &Material::ALL);
        let plain = bands(&history.measures, &history.params, draws, seed);
        assert_eq!((weighted.draws, weighted.seed), (draws, seed));
        for material in Material::ALL {
            for output in BANDED {
                for (bands_of_weighted, bands_of_plain) in [
                    (weighted.p10(material, output), plain.p10(material, output)),
                    (weighted.p90(material, output), plain.p90(material, output)),
                ] {
                    for (a, b) in bands_of_weighted.iter().zip(bands_of_plain) {
                        assert!(close(*a, *b), "{material:?} {output:?}: {a} against {b}");
                    }
                }
            }
        }
        let weighted = calibrated_headline_ranges(&history.measures, &history.params, &uniform);
        let plain = headline_ranges(&history.measures, &history.params, draws, seed);
        for material in Material::ALL {
            for (w, p) in [
                (weighted.of(material).0, plain.of(material).0),
                (weighted.of(material).1, plain.of(material).1),
            ] {
                assert_eq!(w.peak_month, p.peak_month, "{material:?}");
                for ((name, a), (_, b)) in fields(w).into_iter().zip(fields(p)) {
                    assert!(close(a, b), "{material:?} {name}: {a} against {b}");
                }
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_weights() {
        let base = Params::default();
        let weights = calibration_weights(&base, 120, 8);
        assert_eq!(calibration_weights(&base, 120, 8), weights);
        assert_ne!(calibration_weights(&base, 120, 9), weights);
        assert_eq!((weights.draws, weights.seed), (120, 8));
        assert!((weights.weights.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        // A closer draw never weighs less.
        let distances = distances(&base, 120, 8);
        for (a, wa) in distances.iter().zip(&weights.weights) {
            for (b, wb) in distances.iter().zip(&weights.weights) {
                if a < b {
                    assert!(wa >= wb);
                }
            }
        }
        let kept = distances.iter().filter(|d| **d < weights.tolerance).count();
        assert_eq!(weights.accepted, kept);
    }

    #[test]
    fn the_calibrated_draws_of_history_are_worth_enough_draws() {
        let history = crate::scenario::Preset::History.scenario();
        let weights = calibration_weights(&history.params, CALIBRATED_DRAWS, DEFAULT_SEED);
        assert!(weights.ess >= MIN_EFFECTIVE_DRAWS, "{weights:?}");
        assert_eq!(weights.accepted, 200);
        assert!(weights.tolerance.is_finite() && weights.tolerance > 0.0);
        // The calibrated bands are narrower than the assumptions-only ones where the data speak:
        // Japan's HF exports in the autumn of 2019.
        let calibrated = calibrated_bands_of(
            &history.measures,
            &history.params,
            &weights,
            &[Material::Hf],
        );
        let plain = bands_of(
            &history.measures,
            &history.params,
            CALIBRATED_DRAWS,
            DEFAULT_SEED,
            &[Material::Hf],
        );
        let width = |b: &Bands, month: usize| {
            b.p90(Material::Hf, Output::JpExportsT)[month]
                - b.p10(Material::Hf, Output::JpExportsT)[month]
        };
        let autumn = 20..23;
        let narrower = autumn
            .clone()
            .filter(|m| width(&calibrated, *m) < width(&plain, *m))
            .count();
        assert_eq!(narrower, autumn.len());
    }

    #[test]
    fn weights_of_equal_distances_are_equal_and_of_no_spread_sensible() {
        let weights = Weights::from_distances(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.5, 1);
        // δ = 3: weights 1 − 1/9, 1 − 4/9, 0, 0, 0.
        assert_eq!(weights.accepted, 2);
        assert!(close(
            weights.weights[0] / weights.weights[1],
            (8.0 / 9.0) / (5.0 / 9.0)
        ));
        assert_eq!(weights.tolerance, 3.0);
        let same = Weights::from_distances(&[0.0; 4], 0.25, 1);
        assert_eq!(same.weights, vec![0.25; 4]);
        assert!(close(same.ess, 4.0));
        let uniform = Weights::uniform(10, 2);
        assert!(close(uniform.ess, 10.0) && uniform.accepted == 10);
        let none = Weights::from_distances(&[f64::NAN, 1.0, 2.0], 0.5, 1);
        assert_eq!(none.weights[0], 0.0);
        let one = Weights::from_distances(&[7.0], 0.25, 1);
        assert_eq!((one.weights.clone(), one.accepted), (vec![1.0], 1));
    }
}

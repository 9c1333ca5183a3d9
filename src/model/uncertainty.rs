//! Seeded Monte Carlo over the parameters' documented uncertainty.
//!
//! Each draw samples every uncertain parameter from a triangular distribution over its interval,
//! peaking at the default, and reruns the model. The generator is xoshiro256++ seeded through
//! SplitMix64, and the model uses `libm` for every transcendental function, so the same seed gives
//! the same numbers natively and in the browser.

use super::measures::{Material, Measures};
use super::params::{all_params, ParamView, Params};
use super::simulate::{simulate_material, MaterialSeries, Output, Run, Timeline};
use super::summary::{headlines, Headline};
use super::time::MONTHS;
use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

/// Seed used by the page and, unless told otherwise, by the command line.
pub const DEFAULT_SEED: u64 = 2019;
/// Draws used by the page and, unless told otherwise, by the command line.
pub const DEFAULT_DRAWS: usize = 200;
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
fn run_on(timeline: &Timeline, params: &Params) -> Run {
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
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut timeline = Timeline::new(measures, base);
    let mut baseline_timeline = Timeline::new(&Measures::default(), base);
    // figures[draw][material]
    let mut figures: Vec<Vec<Headline>> = Vec::with_capacity(draws);
    for _ in 0..draws {
        let params = sample(base, &mut rng);
        timeline.set_params(&params);
        baseline_timeline.set_params(&params);
        let run = run_on(&timeline, &params);
        let baseline = run_on(&baseline_timeline, &params);
        figures.push(headlines(&run, &baseline));
    }
    let mut p10 = Vec::with_capacity(Material::ALL.len());
    let mut p90 = Vec::with_capacity(Material::ALL.len());
    let mut values = vec![0.0; draws];
    for material in Material::ALL {
        let slot = material.index();
        let mut range = |field: fn(&Headline) -> f64| {
            for (value, draw) in values.iter_mut().zip(&figures) {
                *value = field(&draw[slot]);
            }
            let high = percentile(&mut values, 0.9);
            let below = (0.9 * (draws - 1) as f64).floor() as usize;
            (percentile_below(&mut values, below, 0.1), high)
        };
        let peak = range(|h| h.peak_lead_time_days);
        let baseline_peak = range(|h| h.baseline_peak_lead_time_days);
        let loss_t = range(|h| h.jp_exports_loss_t);
        let loss_usd = range(|h| h.jp_exports_loss_usd);
        let shortfall = range(|h| h.shortfall_months as f64);
        let jp_share = range(|h| h.jp_share_at_end);
        let domestic_share = range(|h| h.domestic_share_at_end);
        let licence_wait = range(|h| h.licence_wait_2020_days);
        let mut months: Vec<usize> = figures.iter().map(|draw| draw[slot].peak_month).collect();
        months.sort_unstable();
        let peak_month = months[(draws - 1) / 2];
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
}

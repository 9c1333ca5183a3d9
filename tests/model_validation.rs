//! The model against what happened, in sample only: `history` set against the 2018–2019 figures in
//! `data/observed/`, and `baseline` against the absence of any disruption. Trade figures for
//! 2020–2023 are the out-of-sample check and are not used here.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::calibration::{labelled_calibrated, licence_days, Problem, CALIBRATED};
use chokepoint::model::observed::{observations_of, Observation};
use chokepoint::model::params::Params;
use chokepoint::model::time::Date;
use chokepoint::model::{simulate, Material, Output, Run};
use chokepoint::scenario::{decode, Preset};

fn run(preset: Preset) -> Run {
    let scenario = preset.scenario();
    simulate(&scenario.measures, &scenario.params)
}

fn month(text: &str) -> usize {
    Date::parse(text).expect("month").month_index()
}

/// Sum of an output over months `first..=last` (YYYY-MM).
fn total(run: &Run, material: Material, output: Output, first: &str, last: &str) -> f64 {
    run.material(material).get(output)[month(first)..=month(last)]
        .iter()
        .sum()
}

fn observed(material: Material, output: Output, pick: impl Fn(&Observation) -> bool) -> f64 {
    observations_of(material, output)
        .into_iter()
        .find(|o| pick(o))
        .expect("the observation is in data/observed")
        .value
}

fn within(model: f64, observed: f64, tolerance: f64) -> bool {
    (model - observed).abs() <= tolerance * observed.abs()
}

#[test]
fn hf_exports_from_japan_collapse_after_july_2019_and_recover_in_part_by_december() {
    let h = run(Preset::History);
    let first_half = total(&h, Material::Hf, Output::JpExportsT, "2019-01", "2019-06") / 6.0;
    let blocked = total(&h, Material::Hf, Output::JpExportsT, "2019-08", "2019-11") / 4.0;
    let december = total(&h, Material::Hf, Output::JpExportsT, "2019-12", "2019-12");
    let average = observed(Material::Hf, Output::JpExportsT, |o| o.is_monthly_average);
    assert!(
        within(first_half, average, 0.1),
        "January-June 2019 {first_half:.0} t against {average} t"
    );
    assert!(
        blocked <= 0.25 * first_half,
        "August-November 2019 {blocked:.0} t against {first_half:.0} t"
    );
    assert!(
        december > blocked,
        "December 2019 ({december:.0} t) recovers in part (observed 794 t)"
    );
    let year = total(&h, Material::Hf, Output::JpExportsT, "2019-01", "2019-12");
    let observed_year = observed(Material::Hf, Output::JpExportsT, |o| {
        o.period.months() == 12
    });
    assert!(
        within(year, observed_year, 0.2),
        "2019 {year:.0} t against {observed_year} t"
    );
}

#[test]
fn photoresist_imports_surge_in_july_2019_and_their_value_holds_near_the_observed() {
    let h = run(Preset::History);
    let june = total(
        &h,
        Material::Photoresist,
        Output::JpExportsT,
        "2019-06",
        "2019-06",
    );
    let july = total(
        &h,
        Material::Photoresist,
        Output::JpExportsT,
        "2019-07",
        "2019-07",
    );
    assert!(
        july >= 1.3 * june,
        "July {july:.1} t against June {june:.1} t (observed +87.5%)"
    );
    let value = total(
        &h,
        Material::Photoresist,
        Output::JpExportsUsd,
        "2019-01",
        "2019-12",
    );
    let observed_value = observed(Material::Photoresist, Output::JpExportsUsd, |o| {
        o.period.months() == 12 && o.period.first == month("2019-01")
    });
    assert!(
        within(value, observed_value, 0.25),
        "2019 ${value:.0} against ${observed_value}"
    );
}

#[test]
fn polyimide_keeps_most_of_its_japanese_share_in_2019() {
    // The observed 2019 share (93%) is of a broader trade code and is not fitted; the controlled
    // grade is what the model follows, and Japan keeps most of it in 2019.
    let h = run(Preset::History);
    let share = h
        .material(Material::Polyimide)
        .get(Output::JpShareOfImportsByValue)[month("2019-01")..=month("2019-12")]
        .iter()
        .sum::<f64>()
        / 12.0;
    assert!(share > 0.75 && share < 0.845 + 1e-9, "model {share:.3}");
}

#[test]
fn first_licences_come_near_the_observed_dates() {
    let measures = Preset::History.scenario().measures;
    let params = Params::default();
    for (material, share, observed, tolerance) in [
        (Material::Photoresist, 0.1, 34.0, 15.0),
        (Material::Hf, 0.1, 56.0, 20.0),
        (Material::Polyimide, 0.1, 75.0, 30.0),
        (Material::Hf, 0.5, 135.0, 40.0),
    ] {
        let days = licence_days(&params, &measures, material, share);
        assert!(
            (days - observed).abs() <= tolerance,
            "{material:?}: {share} licensed after {days:.0} days, observed {observed}"
        );
    }
    // Lead times under licensing rise well above shipping alone, and stay within the observed waits.
    let h = run(Preset::History);
    for material in Material::ALL {
        let lead = h.material(material).get(Output::LeadTimeDays);
        let peak = lead.iter().copied().fold(0.0, f64::max);
        assert!(
            peak > 1.2 * lead[month("2019-06")],
            "{material:?} peak {peak:.0} days"
        );
        assert!(peak <= 175.0, "{material:?} peak {peak:.0} days");
    }
}

#[test]
fn no_korean_line_stops() {
    let h = run(Preset::History);
    for material in Material::ALL {
        let s = h.material(material);
        for (m, (shortfall, demand)) in s
            .get(Output::ShortfallT)
            .iter()
            .zip(s.get(Output::DemandT))
            .enumerate()
        {
            assert!(
                *shortfall <= 0.03 * demand,
                "{material:?} month {m}: {shortfall:.1} t of {demand:.1} t"
            );
        }
    }
}

#[test]
fn baseline_has_steady_lead_times_no_shortfall_and_no_licence_wait() {
    let baseline = run(Preset::Baseline);
    for material in Material::ALL {
        let s = baseline.material(material);
        let lead = s.get(Output::LeadTimeDays);
        assert!(
            lead.iter().all(|l| (l - lead[0]).abs() < 0.05 * lead[0]),
            "{material:?}: {lead:?}"
        );
        assert!(s.get(Output::ShortfallT).iter().all(|v| *v == 0.0));
        assert_eq!(s.get(Output::LicenceWaitDays).iter().sum::<f64>(), 0.0);
    }
}

#[test]
fn the_dialogue_changes_the_answer_of_the_storys_dialogue_question() {
    // Step 5 of the guided story asks for the average wait for a new polyimide licence in 2020
    // without the December 2019 talks.
    use chokepoint::model::summary::headlines;
    let (frozen, _) = decode("v=3&preset=history&dialogue=frozen");
    let resumed = Preset::History.scenario();
    let base = run(Preset::Baseline);
    let wait = |s: &chokepoint::scenario::Scenario| {
        headlines(&simulate(&s.measures, &s.params), &base)[Material::Polyimide.index()]
            .licence_wait_2020_days
    };
    let (without, with) = (wait(&frozen), wait(&resumed));
    assert!(
        without > with + 5.0,
        "without talks {without:.0} days, with {with:.0} days"
    );
}

#[test]
fn the_labels_and_the_calibration_agree_and_the_fit_is_where_the_table_says() {
    let mut labelled = labelled_calibrated();
    labelled.sort_unstable();
    let mut fitted: Vec<&str> = CALIBRATED.iter().map(|(key, _)| *key).collect();
    fitted.sort_unstable();
    assert_eq!(labelled, fitted);
    let problem = Problem::new(false);
    assert!(CALIBRATED.len() * 2 < problem.fitted_targets());
    // No target is after 2019.
    // The defaults are the committed fit: moving any calibrated value by 5% of its range either
    // way does not lower the objective by more than the profile's tolerance of 1, and the fit
    // lies inside its own interval.
    let at_fit = problem.objective(&Params::default());
    for (key, _) in CALIBRATED {
        let view = chokepoint::model::params::find_param(key).unwrap();
        let value = Params::default().get(view.param);
        let (low, high) = view
            .values
            .uncertainty
            .expect("a calibrated value has an interval");
        assert!(low <= value && value <= high, "{key}");
        let step = 0.05 * (view.values.max - view.values.min);
        for moved_to in [value - step, value + step] {
            let mut moved = Params::default();
            moved.set(view.param, moved_to);
            let objective = problem.objective(&moved);
            assert!(
                objective >= at_fit - 1.0,
                "{key} at {moved_to}: {objective} against {at_fit}"
            );
        }
    }
}

#[test]
fn the_calibrated_bands_contain_the_targets_they_were_conditioned_on() {
    // Each target's band is the predictive p10-p90 of its observation: the weighted p10-p90 of
    // the model over the draws, widened by 1.2816 σ each side (the 90% normal quantile), so the
    // p10-p90 of model plus measurement error to first order. A target the fit itself reaches
    // within 1.2816 σ is therefore inside unless the draws all miss on the same side; one it
    // misses by more is inside only if the draws' spread covers the rest. With the default draws
    // and seed, four of the 40 fitted targets are outside both the calibrated and the
    // assumptions-only bands, all missed by the fit itself: Japan's HF exports in October and
    // November 2019 (about 0 t observed; the fit lets 600 and 667 t through, +1.88 σ and
    // +2.08 σ, and no kept draw goes low enough), Japan's 2019 share of Korea's HF imports (32.2%
    // observed, 24.1% at the fit, -2.70 σ) and the value of Korea's photoresist imports in January
    // 2019 ($30.5M observed, $24.3M at the fit, -4.06 σ). Nothing here is tuned to them.
    use chokepoint::model::checks::{checks, Check, PREDICTIVE_Z};
    use chokepoint::model::uncertainty::{
        calibration_weights, Weights, CALIBRATED_DRAWS, DEFAULT_SEED,
    };
    let base = Preset::History.scenario().params;
    let weights = calibration_weights(&base, CALIBRATED_DRAWS, DEFAULT_SEED);
    let calibrated = checks(&base, &weights);
    let assumptions_only = checks(&base, &Weights::uniform(CALIBRATED_DRAWS, DEFAULT_SEED));
    let conditioned = |c: &&Check| c.fitted && c.in_sample;
    let residual = |c: &Check| (c.model - c.observed) / c.sigma;
    for c in calibrated.iter().filter(conditioned) {
        if residual(c).abs() <= PREDICTIVE_Z {
            assert!(
                c.inside,
                "{}: observed {} outside {:?} (model {}, {:+.2} σ)",
                c.what,
                c.observed,
                c.band,
                c.model,
                residual(c)
            );
        }
    }
    let inside = |checks: &[Check]| {
        checks
            .iter()
            .filter(conditioned)
            .filter(|c| c.inside)
            .count()
    };
    assert!(
        inside(&calibrated) >= inside(&assumptions_only),
        "{} against {}",
        inside(&calibrated),
        inside(&assumptions_only)
    );
    // Conditioning on what happened narrows the bands of Japan's HF exports in 2019, the
    // figures the targets pin down most densely.
    for (c, a) in calibrated.iter().zip(&assumptions_only) {
        if c.what.starts_with("Japan's HF exports to Korea, ") && c.what.ends_with("2019") {
            assert!(
                c.band.1 - c.band.0 <= a.band.1 - a.band.0 + 1e-9,
                "{}",
                c.what
            );
        }
    }
}

#[test]
fn the_calibration_reads_the_shared_targets() {
    let problem = Problem::new(false);
    let shared = chokepoint::model::targets::targets();
    assert_eq!(problem.targets().len(), shared.len());
    for (a, b) in problem.targets().iter().zip(&shared) {
        assert_eq!(
            (&a.name, a.observed, a.sigma, a.fitted),
            (&b.name, b.observed, b.sigma, b.fitted)
        );
    }
    // The objective is the same function: the fit's objective as the report gives it.
    let objective = problem.objective(&Params::default());
    assert_eq!(
        objective,
        chokepoint::model::targets::objective(&Params::default())
    );
    assert!((objective - 64.12).abs() < 0.005, "{objective}");
}

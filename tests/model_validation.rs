//! The model against what happened: `history` set against the observed 2019 figures in
//! `data/observed/`, and `baseline` against the absence of any disruption.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::model::measures::LicensingRegime;
use chokepoint::model::observed::{observations_of, Observation};
use chokepoint::model::time::{month_starts, Date, MONTHS};
use chokepoint::model::{simulate, Material, Output, Run};
use chokepoint::scenario::Preset;

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

fn observed(
    material: Material,
    output: Output,
    pick: impl Fn(&Observation) -> bool,
) -> Observation {
    observations_of(material, output)
        .into_iter()
        .find(|o| pick(o))
        .expect("the observation is in data/observed")
}

fn within(model: f64, observed: f64, tolerance: f64) -> bool {
    (model - observed).abs() <= tolerance * observed.abs()
}

#[test]
fn hf_exports_from_japan_collapse_after_july_2019_and_recover_in_part_by_december() {
    let history = run(Preset::History);
    let first_half = total(
        &history,
        Material::Hf,
        Output::JpExportsT,
        "2019-01",
        "2019-06",
    ) / 6.0;
    let blocked = total(
        &history,
        Material::Hf,
        Output::JpExportsT,
        "2019-08",
        "2019-11",
    ) / 4.0;
    let december = total(
        &history,
        Material::Hf,
        Output::JpExportsT,
        "2019-12",
        "2019-12",
    );
    let observed_average = observed(Material::Hf, Output::JpExportsT, |o| o.is_monthly_average);
    assert!(
        within(first_half, observed_average.value, 0.1),
        "January-June 2019 average {first_half:.0} t against {} t observed",
        observed_average.value
    );
    assert!(
        blocked <= 0.25 * first_half,
        "August-November 2019 average {blocked:.0} t is not 75% below {first_half:.0} t"
    );
    assert!(
        december > 2.0 * blocked && december < 0.75 * first_half,
        "December 2019 ({december:.0} t) should recover in part (observed 794 t)"
    );
    let year = total(
        &history,
        Material::Hf,
        Output::JpExportsT,
        "2019-01",
        "2019-12",
    );
    let observed_year = observed(Material::Hf, Output::JpExportsT, |o| {
        o.period.months() == 12
    });
    assert!(
        within(year, observed_year.value, 0.2),
        "2019 total {year:.0} t against {} t observed",
        observed_year.value
    );
}

#[test]
fn photoresist_imports_from_japan_surge_in_july_2019_and_hold_up_over_the_year() {
    let history = run(Preset::History);
    let year_2018 = total(
        &history,
        Material::Photoresist,
        Output::JpExportsT,
        "2018-01",
        "2018-12",
    );
    let year_2019 = total(
        &history,
        Material::Photoresist,
        Output::JpExportsT,
        "2019-01",
        "2019-12",
    );
    assert!(
        within(year_2019, year_2018, 0.15),
        "2019 ({year_2019:.0} t) is not within 15% of 2018 ({year_2018:.0} t)"
    );
    let june = total(
        &history,
        Material::Photoresist,
        Output::JpExportsT,
        "2019-06",
        "2019-06",
    );
    let july = total(
        &history,
        Material::Photoresist,
        Output::JpExportsT,
        "2019-07",
        "2019-07",
    );
    assert!(
        july >= 1.5 * june,
        "July {july:.1} t against June {june:.1} t (observed +87.5%)"
    );
    let observed_july = observed(Material::Photoresist, Output::JpExportsT, |o| {
        o.period.first == month("2019-07") && o.period.months() == 1
    });
    assert!(
        within(july, observed_july.value, 0.25),
        "July 2019 {july:.1} t against {} t observed",
        observed_july.value
    );
}

#[test]
fn lead_times_under_individual_licensing_fall_in_the_observed_first_approval_range() {
    // Observed first approvals: 34 days for EUV resist to 173 days for liquid HF (Morita).
    let scenario = Preset::History.scenario();
    let history = run(Preset::History);
    let starts = month_starts();
    for material in Material::ALL {
        let series = history.material(material);
        let licensing = &scenario.measures.licensing[material.index()];
        // Months spent wholly under individual licensing.
        let waits: Vec<f64> = (0..MONTHS)
            .filter(|m| {
                (starts[*m]..starts[*m + 1])
                    .all(|day| licensing.state_on(day) == LicensingRegime::Individual)
            })
            .map(|m| series.get(Output::LicenceWaitDays)[m])
            .collect();
        assert!(
            !waits.is_empty(),
            "{material:?} has months under individual licensing"
        );
        for wait in waits {
            assert!(
                (34.0..=175.0).contains(&wait),
                "{material:?} licence wait {wait:.0} days"
            );
        }
        let peak = series
            .get(Output::LeadTimeDays)
            .iter()
            .copied()
            .fold(0.0, f64::max);
        assert!(peak <= 175.0, "{material:?} peak lead time {peak:.0} days");
    }
    let hf_peak = history
        .material(Material::Hf)
        .get(Output::LeadTimeDays)
        .iter()
        .copied()
        .fold(0.0, f64::max);
    assert!(
        hf_peak >= 34.0,
        "hydrogen fluoride peak lead time {hf_peak:.0} days"
    );
}

#[test]
fn no_korean_line_stops_no_month_has_a_shortfall_above_three_percent() {
    let history = run(Preset::History);
    for material in Material::ALL {
        let series = history.material(material);
        for (index, (shortfall, demand)) in series
            .get(Output::ShortfallT)
            .iter()
            .zip(series.get(Output::DemandT))
            .enumerate()
        {
            assert!(
                *shortfall <= 0.03 * demand,
                "{material:?} month {index}: shortfall {shortfall:.1} t of {demand:.1} t"
            );
        }
    }
}

#[test]
fn japan_loses_share_of_korean_hf_imports_in_2019() {
    let history = run(Preset::History);
    let japan = total(
        &history,
        Material::Hf,
        Output::JpExportsT,
        "2019-01",
        "2019-12",
    );
    let third = total(
        &history,
        Material::Hf,
        Output::ThirdCountryT,
        "2019-01",
        "2019-12",
    );
    let share = japan / (japan + third);
    let observed_share = observed(Material::Hf, Output::JpShareOfImports, |o| {
        o.period.months() == 12 && o.period.first == month("2019-01")
    });
    // The observed share is by value and the model's by volume, so the tolerance is wide.
    assert!(
        (share - observed_share.value).abs() <= 0.1,
        "model {share:.3} against {} observed",
        observed_share.value
    );
}

#[test]
fn baseline_has_no_fall_in_japanese_exports_and_steady_lead_times() {
    let baseline = run(Preset::Baseline);
    let starts = month_starts();
    for material in Material::ALL {
        let series = baseline.material(material);
        let per_day: Vec<f64> = (0..MONTHS)
            .map(|m| series.get(Output::JpExportsT)[m] / f64::from(starts[m + 1] - starts[m]))
            .collect();
        for pair in per_day.windows(2) {
            assert!(
                pair[1] >= pair[0] * (1.0 - 1e-9),
                "{material:?}: {} then {}",
                pair[0],
                pair[1]
            );
        }
        let lead = series.get(Output::LeadTimeDays);
        // Growing demand makes buyers top up stock a little, which shifts order shares slightly.
        assert!(
            lead.iter().all(|l| (l - lead[0]).abs() < 1e-3 * lead[0]),
            "{material:?} lead time moves: {lead:?}"
        );
        assert!(series.get(Output::ShortfallT).iter().all(|s| *s == 0.0));
    }
}

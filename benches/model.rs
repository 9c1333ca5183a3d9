//! Speed of the model, natively: one deterministic run, a 1,000-draw uncertainty run, the ranges
//! of the headline figures, their Sobol indices, and attribution over six measures.

use chokepoint::model::attribution::attribute;
use chokepoint::model::measures::MeasureId;
use chokepoint::model::sensitivity::headline_sensitivity;
use chokepoint::model::uncertainty::{bands, headline_ranges};
use chokepoint::model::{simulate, Material};
use chokepoint::scenario::{decode, encode, Preset};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn model(c: &mut Criterion) {
    let history = Preset::History.scenario();
    c.bench_function("history deterministic run", |b| {
        b.iter(|| simulate(black_box(&history.measures), black_box(&history.params)))
    });
    c.bench_function("history timeline (grid and states) alone", |b| {
        b.iter(|| {
            chokepoint::model::simulate::Timeline::new(
                black_box(&history.measures),
                black_box(&history.params),
            )
        })
    });
    c.bench_function("history 200-draw bands", |b| {
        b.iter(|| bands(black_box(&history.measures), &history.params, 200, 2019))
    });
    c.bench_function("history headline ranges, 200 draws", |b| {
        b.iter(|| headline_ranges(black_box(&history.measures), &history.params, 200, 2019))
    });
    c.bench_function("history HF headline Sobol indices, n = 64", |b| {
        b.iter(|| {
            headline_sensitivity(
                black_box(&history.measures),
                &history.params,
                Material::Hf,
                64,
                2019,
            )
        })
    });
    let mut group = c.benchmark_group("slow");
    group.sample_size(20);
    group.bench_function("history 1000-draw bands", |b| {
        b.iter(|| bands(black_box(&history.measures), &history.params, 1000, 2019))
    });
    let six = history.measures.only(&[
        MeasureId::LicensingHf,
        MeasureId::LicensingPhotoresist,
        MeasureId::LicensingPolyimide,
        MeasureId::WhiteList,
        MeasureId::Gsomia,
        MeasureId::Dialogue,
    ]);
    group.bench_function("attribution over six measures", |b| {
        b.iter(|| attribute(black_box(&six), &history.params))
    });
    group.bench_function("attribution over history (ten measures)", |b| {
        b.iter(|| attribute(black_box(&history.measures), &history.params))
    });
    group.finish();
    let run = simulate(&history.measures, &history.params);
    let base = simulate(&Default::default(), &history.params);
    let band = bands(&history.measures, &history.params, 200, 2019);
    let events: Vec<f64> = history
        .measures
        .change_days()
        .into_iter()
        .map(chokepoint::model::time::month_position)
        .collect();
    c.bench_function("lead-time chart to SVG", |b| {
        b.iter(|| {
            let m = chokepoint::model::Material::Hf;
            let o = chokepoint::model::Output::LeadTimeDays;
            let chart = chokepoint::charts::time_series::TimeSeriesChart {
                lang: chokepoint::i18n::Lang::En,
                title: "Lead time",
                y_label: "days",
                scenario_label: "Scenario",
                baseline_label: "Baseline",
                band_label: "p10–p90",
                scenario: run.material(m).get(o),
                baseline: base.material(m).get(o),
                compare: None,
                previous: None,
                band: Some((band.p10(m, o), band.p90(m, o))),
                band_stale: false,
                events: &events,
                observed: &[],
                observed_label: "Observed",
            };
            chokepoint::charts::to_svg((760, 420), |area| {
                chokepoint::charts::time_series::draw(area, &chart)
            })
        })
    });
    let link = encode(&history);
    c.bench_function("decode a link", |b| b.iter(|| decode(black_box(&link))));
}

criterion_group!(benches, model);
criterion_main!(benches);

//! Data downloads: every monthly series of a scenario, its baseline and its bands, as CSV with the
//! scenario's link and the model version in header lines, so a file can always be traced back.

use crate::i18n::{text, text_with, Lang};
use crate::model::checks::{Check, ChecksReport, Prediction, PREDICTION_LABEL};
use crate::model::targets::Hypothesis;
use crate::model::time::{month_label, MONTHS};
use crate::model::uncertainty::{BandKind, Bands, BANDED};
use crate::model::{Material, Output, Run, MODEL_VERSION};

/// Decimals an output is written with, from its unit: tonnes and days to 0.1, weeks of cover to
/// 0.01, shares to 4 decimals (0.4600), US dollars whole. Finer digits are below what the model's
/// inputs can tell apart, and the binary noise of a float (0.45999999999999996) would only mislead.
pub fn csv_decimals(output: Output) -> usize {
    // By unit, so that a new output gets its unit's precision.
    match output.unit() {
        "weeks" => 2,
        "share" => 4,
        "USD" => 0,
        // Tonnes and days.
        _ => 1,
    }
}

/// A value of an output as the CSV writes it: a fixed number of decimals ([`csv_decimals`]), and
/// never "-0.0" for a value that rounds to zero from below.
fn csv_value(output: Output, value: f64) -> String {
    let decimals = csv_decimals(output);
    let written = format!("{value:.decimals$}");
    match written.strip_prefix('-') {
        Some(positive) if positive.bytes().all(|b| b == b'0' || b == b'.') => positive.to_string(),
        _ => written,
    }
}

/// The CSV of a run against its baseline: header lines starting with `#`, then one row per month
/// and material with every output, its baseline value and, for banded outputs, p10 and p90.
/// The header lines are in the reader's language; the column names are stable identifiers, the same
/// in every language, so that scripts can read any download. Each value is rounded to its
/// meaningful precision with a fixed number of decimals (see [`csv_decimals`]).
pub fn monthly_csv(
    lang: Lang,
    link: &str,
    run: &Run,
    baseline: &Run,
    bands: &Bands,
    kind: BandKind,
) -> String {
    let mut out = Vec::new();
    {
        let mut writer = csv::WriterBuilder::new().from_writer(&mut out);
        let mut header = vec!["month".to_string(), "material".to_string()];
        for output in Output::ALL {
            header.push(output.id().to_string());
            header.push(format!("baseline_{}", output.id()));
            if BANDED.contains(&output) {
                header.push(format!("{}_p10", output.id()));
                header.push(format!("{}_p90", output.id()));
            }
        }
        // Writing to memory cannot fail; a failure would only truncate the file.
        let _ = writer.write_record(&header);
        for month in 0..MONTHS {
            for material in Material::ALL {
                let mut row = vec![month_label(month), material.id().to_string()];
                for output in Output::ALL {
                    let value = |series: &[f64]| csv_value(output, series[month]);
                    row.push(value(run.material(material).get(output)));
                    row.push(value(baseline.material(material).get(output)));
                    if BANDED.contains(&output) {
                        row.push(value(bands.p10(material, output)));
                        row.push(value(bands.p90(material, output)));
                    }
                }
                let _ = writer.write_record(&row);
            }
        }
        let _ = writer.flush();
    }
    let header = [
        text_with(lang, "csv-model", &[("version", MODEL_VERSION.into())]),
        text_with(lang, "csv-scenario", &[("link", format!("?{link}").into())]),
        text_with(
            lang,
            "csv-bands",
            &[
                ("draws", bands.draws.to_string().into()),
                ("seed", bands.seed.to_string().into()),
                ("kind", kind.id().into()),
            ],
        ),
        text(lang, "csv-columns"),
    ];
    let mut text = String::new();
    for line in header {
        text.push_str("# ");
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&String::from_utf8_lossy(&out));
    text
}

/// The observed figures the model is checked against, as CSV: one row per target with its
/// material, what it is, its unit, the observed value, its tolerance, whether it lies in the
/// calibration period and enters the fit, and its source with the source's address. The page's
/// "Download the observed data" writes it; it does not depend on the scenario.
pub fn observed_csv() -> String {
    let mut out = format!(
        "# Observed figures of 2018-2019 the Chokepoint model is checked against (model {MODEL_VERSION}); sigma is the tolerance used as the observation's standard error.\n"
    );
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "material", "what", "unit", "observed", "sigma", "sample", "fitted", "source", "url",
        ])
        .expect("writes to memory");
    for target in crate::model::targets::targets() {
        writer
            .write_record([
                target.material.map_or("", |m| m.id()),
                &target.what,
                target.unit.id(),
                &format!("{}", target.observed),
                &format!("{:.6}", target.sigma),
                if target.in_sample {
                    "in_sample"
                } else {
                    "out_of_sample"
                },
                if target.fitted { "true" } else { "false" },
                &target.source,
                target.url.as_deref().unwrap_or(""),
            ])
            .expect("writes to memory");
    }
    let rows = writer.into_inner().expect("writes to memory");
    out.push_str(&String::from_utf8(rows).expect("the rows are UTF-8"));
    out
}

/// A prediction as the report names it.
pub fn prediction_what(prediction: &Prediction) -> String {
    format!(
        "Japan's {} exports to Korea, {}",
        prediction.material.name().to_lowercase(),
        prediction.year
    )
}

fn material_id(check: &Check) -> &'static str {
    check.material.map_or("", |m| m.id())
}

/// The checks CSV, as the page downloads it and `chokepoint-cli checks` prints it: the report's
/// figures as `#` comment lines, then one row per target (sample `in_sample`) and one per
/// prediction (sample `out_of_sample`, no observation).
pub fn checks_csv(report: &ChecksReport) -> String {
    let mut out = String::new();
    for line in checks_summary_lines(report) {
        out.push_str(&format!("# {line}\n"));
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "sample",
            "fitted",
            "material",
            "what",
            "unit",
            "observed",
            "sigma",
            "model",
            "p10",
            "p90",
            "inside",
            "assumptions_only_p10",
            "assumptions_only_p90",
            "assumptions_only_inside",
            "source",
            "url",
            "note",
        ])
        .expect("writes to memory");
    let f = |value: f64| format!("{value:.6}");
    for (check, prior) in report.checks.iter().zip(&report.assumptions_only) {
        writer
            .write_record([
                if check.in_sample {
                    "in_sample"
                } else {
                    "out_of_sample"
                },
                if check.fitted { "true" } else { "false" },
                material_id(check),
                &check.what,
                check.unit.id(),
                &f(check.observed),
                &f(check.sigma),
                &f(check.model),
                &f(check.band.0),
                &f(check.band.1),
                if check.inside { "true" } else { "false" },
                &f(prior.band.0),
                &f(prior.band.1),
                if prior.inside { "true" } else { "false" },
                &check.source,
                check.url.as_deref().unwrap_or(""),
                if check.fitted {
                    ""
                } else {
                    "reported, not fitted"
                },
            ])
            .expect("writes to memory");
    }
    for (prediction, prior) in report
        .predictions
        .iter()
        .zip(&report.assumptions_only_predictions)
    {
        writer
            .write_record([
                "out_of_sample",
                "false",
                prediction.material.id(),
                &prediction_what(prediction),
                prediction.unit.id(),
                "",
                "",
                &f(prediction.model),
                &f(prediction.band.0),
                &f(prediction.band.1),
                "",
                &f(prior.band.0),
                &f(prior.band.1),
                "",
                "",
                "",
                PREDICTION_LABEL,
            ])
            .expect("writes to memory");
    }
    let rows = writer.into_inner().expect("writes to memory");
    out.push_str(&String::from_utf8(rows).expect("the rows are UTF-8"));
    out
}

/// The report's figures in sentences: draws, weights and both hypotheses' fit.
pub fn checks_summary_lines(report: &ChecksReport) -> Vec<String> {
    let w = &report.weights;
    let (inside, inside_prior) = report.inside();
    let (fitted_inside, fitted_inside_prior, conditioned) = report.inside_conditioned();
    let mut lines = vec![
        format!(
            "Calibrated bands: {} draws, seed {}; tolerance {:.2} (the {} quantile of the distances); {} draws kept; effective sample size {:.1}.",
            w.draws, w.seed, w.tolerance, report.accepted_quantile, w.accepted, w.ess
        ),
        format!(
            "Targets inside their predictive p10-p90: {inside} of {} with the calibrated bands, {inside_prior} with the assumptions-only bands; of the {conditioned} fitted targets, {fitted_inside} and {fitted_inside_prior}.",
            report.checks.len()
        ),
        format!(
            "The scenario's parameters: objective {:.2} over {} fitted targets, {:.2} over the licence dates alone{}.",
            report.fit.objective,
            report.fit.targets,
            report.fit.licence_dates_objective,
            match report.hypothesis {
                Some(Hypothesis::Fitted) => " (the fit, lever free)",
                Some(Hypothesis::TechnicalOnly) => " (Japan's hypothesis, lever at 0)",
                None => "",
            }
        ),
    ];
    for (hypothesis, fit) in &report.hypotheses {
        lines.push(format!(
            "Hypothesis {}: objective {:.2} over {} fitted targets, {:.2} over the licence dates alone.",
            hypothesis.id(),
            fit.objective,
            fit.targets,
            fit.licence_dates_objective
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_observed_data_file_has_every_target_with_its_source() {
        let csv = observed_csv();
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        let targets = crate::model::targets::targets();
        assert_eq!(rows.len(), targets.len());
        for (row, target) in rows.iter().zip(&targets) {
            assert_eq!(&row[3].parse::<f64>().unwrap(), &target.observed);
            assert!(!row[7].is_empty(), "a source for {}", &row[1]);
            assert!(
                row[8].is_empty() || row[8].starts_with("http"),
                "{}",
                &row[8]
            );
        }
        // Most sources have an address; every licence date does.
        let linked = rows.iter().filter(|r| !r[8].is_empty()).count();
        assert!(linked * 2 > rows.len(), "{linked} of {}", rows.len());
        assert!(rows
            .iter()
            .filter(|r| r[2] == *"days")
            .all(|r| !r[8].is_empty()));
    }

    use super::*;
    use crate::model::uncertainty::bands;
    use crate::model::{simulate, Measures};
    use crate::scenario::{encode, Preset};

    #[test]
    fn the_csv_traces_its_scenario_and_holds_every_series() {
        let history = Preset::History.scenario();
        let run = simulate(&history.measures, &history.params);
        let baseline = simulate(&Measures::default(), &history.params);
        let band = bands(&history.measures, &history.params, 20, 5);
        let text = monthly_csv(
            Lang::En,
            &encode(&history),
            &run,
            &baseline,
            &band,
            BandKind::Assumptions,
        );
        let mut lines = text.lines();
        assert!(lines.next().unwrap().contains(MODEL_VERSION));
        assert_eq!(lines.next(), Some("# scenario: ?v=4&preset=history"));
        assert_eq!(
            lines.next(),
            Some("# bands: 20 draws, seed 5, every draw counted equally")
        );
        assert!(lines.next().unwrap().starts_with("# columns:"));
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header.len(), 2 + 2 * Output::ALL.len() + 2 * BANDED.len());
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), MONTHS * Material::ALL.len());
        let lead = header.iter().position(|h| *h == "lead_time_days").unwrap();
        let first: Vec<&str> = rows[0].split(',').collect();
        let lead_time = run.material(Material::Hf).get(Output::LeadTimeDays)[0];
        assert!((first[lead].parse::<f64>().unwrap() - lead_time).abs() <= 0.05);
        assert_eq!(first[lead], format!("{lead_time:.1}"));
        // In Korean the header lines are Korean and the columns and numbers the same.
        let korean = monthly_csv(
            Lang::Ko,
            &encode(&history),
            &run,
            &baseline,
            &band,
            BandKind::Assumptions,
        );
        assert!(korean.starts_with("# Chokepoint 모델"), "{}", &korean[..80]);
        assert_eq!(
            korean.lines().skip(4).collect::<Vec<_>>(),
            text.lines().skip(4).collect::<Vec<_>>()
        );
    }

    #[test]
    fn csv_values_are_written_to_their_meaningful_precision() {
        let history = Preset::History.scenario();
        let run = simulate(&history.measures, &history.params);
        let baseline = simulate(&Measures::default(), &history.params);
        let band = bands(&history.measures, &history.params, 20, 5);
        let text = monthly_csv(
            Lang::En,
            &encode(&history),
            &run,
            &baseline,
            &band,
            BandKind::Assumptions,
        );
        let mut lines = text.lines().skip(4);
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
        for row in &rows {
            for (name, field) in header.iter().zip(row).skip(2) {
                let decimals = field.split_once('.').map_or(0, |(_, d)| d.len());
                assert!(decimals <= 4, "{name}: {field}");
                assert!(
                    field.parse::<f64>().is_ok() && !field.starts_with("-0"),
                    "{name}: {field}"
                );
            }
        }
        // Polyimide's inventory cover in January 2018 is 6.5 weeks, give or take float noise
        // (6.499999999999999); its lead time 23.17 days (23.16999999999999).
        let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let polyimide = run.material(Material::Polyimide);
        let weeks = polyimide.get(Output::InventoryWeeks)[0];
        assert!((weeks - 6.5).abs() < 1e-9, "{weeks}");
        assert_eq!(rows[2][1], "polyimide");
        assert_eq!(rows[2][column("inventory_weeks")], "6.50");
        let days = polyimide.get(Output::LeadTimeDays)[0];
        assert!((days - 23.17).abs() < 1e-9, "{days}");
        assert_eq!(rows[2][column("lead_time_days")], "23.2");
        // Shares have four decimals, dollars none.
        let share = rows[0][column("jp_share_of_imports")];
        assert!(share.starts_with("0.") && share.len() == 6, "{share}");
        assert!(!rows[0][column("jp_exports_usd")].contains('.'));
        assert_eq!(csv_value(Output::JpExportsUsd, 1234.5678), "1235");
        assert_eq!(csv_value(Output::InventoryWeeks, 4.3), "4.30");
        assert_eq!(csv_value(Output::ShortfallT, -1e-12), "0.0");
        assert_eq!(csv_value(Output::JpExportsUsd, -0.2), "0");
        assert_eq!(csv_value(Output::DemandT, -3.26), "-3.3");
    }
}

//! The command line's output formats.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::cli::{
    checks_json, checks_markdown, checks_report, to_json, write_checks_csv, write_csv,
    write_sensitivity_csv, Args, Command, Format, ReportFormat,
};
use chokepoint::model::checks::checks;
use chokepoint::model::sensitivity::{headline_sensitivity, varied_params, Figure};
use chokepoint::model::targets::targets;
use chokepoint::model::time::MONTHS;
use chokepoint::model::uncertainty::bands;
use chokepoint::model::uncertainty::calibration_weights;
use chokepoint::model::Material;
use chokepoint::model::{simulate, Output};
use chokepoint::scenario::Preset;
use clap::Parser;

#[test]
fn the_csv_has_a_row_per_month_and_material_with_the_documented_columns() {
    let history = Preset::History.scenario();
    let run = simulate(&history.measures, &history.params);
    let band = bands(&history.measures, &history.params, 20, 1);
    let mut out = Vec::new();
    write_csv(&mut out, &run, &band).expect("written");
    let text = String::from_utf8(out).expect("utf-8");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let mut expected = vec!["month", "material"];
    expected.extend(Output::CSV.iter().map(|o| o.id()));
    expected.extend([
        "lead_time_days_p10",
        "lead_time_days_p90",
        "jp_exports_t_p10",
        "jp_exports_t_p90",
    ]);
    assert_eq!(header, expected);
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), MONTHS * 3);
    assert_eq!(rows[0][..2], ["2018-01", "hf"]);
    assert_eq!(rows[MONTHS * 3 - 1][..2], ["2023-12", "polyimide"]);
    assert!(rows
        .iter()
        .all(|r| r.len() == expected.len() && r[2..].iter().all(|v| v.parse::<f64>().is_ok())));
}

#[test]
fn the_json_carries_the_link_outputs_bands_and_attribution() {
    let history = Preset::History.scenario();
    let run = simulate(&history.measures, &history.params);
    let band = bands(&history.measures, &history.params, 20, 1);
    let json = to_json(&history, &run, &band);
    assert_eq!(json["scenario"], "v=4&preset=history");
    assert_eq!(json["months"].as_array().map(Vec::len), Some(MONTHS));
    assert_eq!(
        json["materials"]["hf"]["outputs"]["lead_time_days"]
            .as_array()
            .map(Vec::len),
        Some(MONTHS)
    );
    assert_eq!(
        json["materials"]["photoresist"]["bands"]["jp_exports_t_p90"]
            .as_array()
            .map(Vec::len),
        Some(MONTHS)
    );
    assert_eq!(json["attribution"].as_array().map(Vec::len), Some(3));
}

#[test]
fn the_sensitivity_csv_has_a_row_per_figure_and_parameter() {
    let history = Preset::History.scenario();
    let result = headline_sensitivity(
        &history.measures,
        &history.params,
        Material::Photoresist,
        8,
        1,
    );
    let mut out = Vec::new();
    write_sensitivity_csv(&mut out, &result).expect("written");
    let text = String::from_utf8(out).expect("utf-8");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("figure,param,first,total"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let params = varied_params(Material::Photoresist);
    assert_eq!(rows.len(), Figure::ALL.len() * params.len());
    assert!(rows.iter().all(|r| r.len() == 4
        && Figure::ALL.iter().any(|f| f.id() == r[0])
        && params.iter().any(|p| p.key == r[1])
        && r[2..]
            .iter()
            .all(|v| v.parse::<f64>().is_ok_and(f64::is_finite))));
    assert_eq!(rows[0][0], "peak_lead_time_days");
    let json = serde_json::to_value(&result).expect("serialisable");
    assert_eq!(json["material"], "photoresist");
    assert_eq!(json["figures"][2]["figure"], "jp_share_at_end");
}

#[test]
fn the_sensitivity_command_reads_its_options() {
    let args = Args::try_parse_from([
        "chokepoint-cli",
        "sensitivity",
        "--preset",
        "history",
        "--material",
        "polyimide",
        "--n",
        "16",
        "--format",
        "json",
    ])
    .expect("parsed");
    match args.command {
        Some(Command::Sensitivity {
            preset,
            material,
            n,
            format,
            ..
        }) => {
            assert_eq!(preset.as_deref(), Some("history"));
            assert_eq!(Material::from(material), Material::Polyimide);
            assert_eq!((n, format), (16, Format::Json));
        }
        other => panic!("{other:?}"),
    }
    // A design needs two rows at least, and the sequence has 65,536 points.
    for n in ["0", "1", "65537", "many"] {
        let refused = Args::try_parse_from(["chokepoint-cli", "sensitivity", "--n", n]);
        assert!(refused.is_err(), "--n {n} accepted");
    }
    assert!(Args::try_parse_from(["chokepoint-cli", "sensitivity", "--n", "2"]).is_ok());
}

/// The command line's standard output for these arguments.
fn cli(args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chokepoint-cli"))
        .args(args)
        .output()
        .expect("the command line runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn the_checks_command_prints_the_library_s_report_the_same_for_the_same_seed() {
    let (scenario, warnings, report) = checks_report(None, None, 60, 5).expect("history");
    assert!(warnings.is_empty());
    assert_eq!(scenario, Preset::History.scenario());
    let expected = calibration_weights(&scenario.params, 60, 5);
    assert_eq!(report.weights, expected);
    assert_eq!(
        report.checks,
        checks(&scenario.params, &expected),
        "the report's checks are the library's"
    );
    let mut csv = Vec::new();
    write_checks_csv(&mut csv, &report).expect("written");
    let printed = cli(&["checks", "--draws", "60", "--seed", "5"]);
    assert_eq!(printed, String::from_utf8(csv).expect("utf-8"));
    assert_eq!(cli(&["checks", "--draws", "60", "--seed", "5"]), printed);
    assert_ne!(cli(&["checks", "--draws", "60", "--seed", "6"]), printed);
    assert_eq!(
        cli(&[
            "checks", "--preset", "history", "--draws", "60", "--seed", "5", "--format", "markdown"
        ]),
        checks_markdown(&report)
    );
    let json: serde_json::Value = serde_json::from_str(&cli(&[
        "checks", "--draws", "60", "--seed", "5", "--format", "json",
    ]))
    .expect("json");
    assert_eq!(json, checks_json(&scenario, &report));
    assert_eq!(json["report"]["weights"]["draws"], 60);
    assert_eq!(
        json["report"]["checks"].as_array().map(Vec::len),
        Some(targets().len())
    );
}

#[test]
fn the_checks_csv_has_a_row_per_target_then_a_row_per_prediction() {
    let (_, _, report) = checks_report(Some("history"), None, 40, 2).expect("history");
    let mut out = Vec::new();
    write_checks_csv(&mut out, &report).expect("written");
    let text = String::from_utf8(out).expect("utf-8");
    // The figures of the weights and both hypotheses' fit come first, as comments.
    let comments: Vec<&str> = text.lines().take_while(|l| l.starts_with("# ")).collect();
    assert!(
        comments[0].contains("40 draws, seed 2") && comments[0].contains("effective sample size")
    );
    assert!(comments.iter().any(|l| l.contains("technical_only")));
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "sample");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let targets = targets();
    let in_sample: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[0] == "in_sample").collect();
    assert_eq!(in_sample.len(), targets.len());
    for (row, target) in in_sample.iter().zip(&targets) {
        assert_eq!(&row[3], target.what);
        assert_eq!(&row[5], format!("{:.6}", target.observed));
        assert_eq!(&row[1], if target.fitted { "true" } else { "false" });
    }
    let out_of_sample: Vec<&csv::StringRecord> =
        rows.iter().filter(|r| &r[0] == "out_of_sample").collect();
    assert_eq!(out_of_sample.len(), 3 * 4);
    assert!(out_of_sample
        .iter()
        .all(|r| r[5].is_empty() && &r[16] == "prediction, no observation in this repository"));
    assert_eq!(rows.len(), targets.len() + 12);
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn the_checks_command_reads_its_options() {
    let args = Args::try_parse_from([
        "chokepoint-cli",
        "checks",
        "--scenario",
        "v=4&preset=settlement",
        "--draws",
        "100",
        "--format",
        "markdown",
    ])
    .expect("parsed");
    match args.command {
        Some(Command::Checks {
            preset,
            scenario,
            draws,
            seed,
            format,
        }) => {
            assert_eq!(preset, None);
            assert_eq!(scenario.as_deref(), Some("v=4&preset=settlement"));
            assert_eq!((draws, seed, format), (100, 2019, ReportFormat::Markdown));
        }
        other => panic!("{other:?}"),
    }
    let args = Args::try_parse_from(["chokepoint-cli", "checks"]).expect("parsed");
    assert!(matches!(
        args.command,
        Some(Command::Checks {
            draws: 800,
            format: ReportFormat::Csv,
            ..
        })
    ));
}

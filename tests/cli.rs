//! The command line's output formats.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::cli::{to_json, write_csv, write_sensitivity_csv, Args, Command, Format};
use chokepoint::model::sensitivity::{headline_sensitivity, varied_params, Figure};
use chokepoint::model::time::MONTHS;
use chokepoint::model::uncertainty::bands;
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
}

//! The command line's output formats.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::cli::{to_json, write_csv};
use chokepoint::model::time::MONTHS;
use chokepoint::model::uncertainty::bands;
use chokepoint::model::{simulate, Output};
use chokepoint::scenario::Preset;

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

//! Data downloads: every monthly series of a scenario, its baseline and its bands, as CSV with the
//! scenario's link and the model version in header lines, so a file can always be traced back.

use crate::model::time::{month_label, MONTHS};
use crate::model::uncertainty::{Bands, BANDED};
use crate::model::{Material, Output, Run, MODEL_VERSION};

/// The CSV of a run against its baseline: header lines starting with `#`, then one row per month
/// and material with every output, its baseline value and, for banded outputs, p10 and p90.
pub fn monthly_csv(link: &str, run: &Run, baseline: &Run, bands: &Bands) -> String {
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
                    row.push(run.material(material).get(output)[month].to_string());
                    row.push(baseline.material(material).get(output)[month].to_string());
                    if BANDED.contains(&output) {
                        row.push(bands.p10(material, output)[month].to_string());
                        row.push(bands.p90(material, output)[month].to_string());
                    }
                }
                let _ = writer.write_record(&row);
            }
        }
        let _ = writer.flush();
    }
    format!(
        "# Chokepoint model {MODEL_VERSION}: monthly outputs 2018-01 to 2023-12\n# scenario: ?{link}\n# bands: {} draws, seed {}\n{}",
        bands.draws,
        bands.seed,
        String::from_utf8_lossy(&out)
    )
}

#[cfg(test)]
mod tests {
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
        let text = monthly_csv(&encode(&history), &run, &baseline, &band);
        let mut lines = text.lines();
        assert!(lines.next().unwrap().contains(MODEL_VERSION));
        assert_eq!(lines.next(), Some("# scenario: ?v=2&preset=history"));
        assert_eq!(lines.next(), Some("# bands: 20 draws, seed 5"));
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header.len(), 2 + 2 * Output::ALL.len() + 2 * BANDED.len());
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), MONTHS * Material::ALL.len());
        let lead = header.iter().position(|h| *h == "lead_time_days").unwrap();
        let first: Vec<&str> = rows[0].split(',').collect();
        assert_eq!(
            first[lead].parse::<f64>().unwrap(),
            run.material(Material::Hf).get(Output::LeadTimeDays)[0]
        );
    }
}

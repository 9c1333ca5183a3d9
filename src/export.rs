//! Data downloads: every monthly series of a scenario, its baseline and its bands, as CSV with the
//! scenario's link and the model version in header lines, so a file can always be traced back.

use crate::i18n::{text, text_with, Lang};
use crate::model::time::{month_label, MONTHS};
use crate::model::uncertainty::{Bands, BANDED};
use crate::model::{Material, Output, Run, MODEL_VERSION};

/// The CSV of a run against its baseline: header lines starting with `#`, then one row per month
/// and material with every output, its baseline value and, for banded outputs, p10 and p90.
/// The header lines are in the reader's language; the column names are stable identifiers, the same
/// in every language, so that scripts can read any download.
pub fn monthly_csv(lang: Lang, link: &str, run: &Run, baseline: &Run, bands: &Bands) -> String {
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
    let header = [
        text_with(lang, "csv-model", &[("version", MODEL_VERSION.into())]),
        text_with(lang, "csv-scenario", &[("link", format!("?{link}").into())]),
        text_with(
            lang,
            "csv-bands",
            &[
                ("draws", bands.draws.to_string().into()),
                ("seed", bands.seed.to_string().into()),
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
        let text = monthly_csv(Lang::En, &encode(&history), &run, &baseline, &band);
        let mut lines = text.lines();
        assert!(lines.next().unwrap().contains(MODEL_VERSION));
        assert_eq!(lines.next(), Some("# scenario: ?v=4&preset=history"));
        assert_eq!(lines.next(), Some("# bands: 20 draws, seed 5"));
        assert!(lines.next().unwrap().starts_with("# columns:"));
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
        // In Korean the header lines are Korean and the columns and numbers the same.
        let korean = monthly_csv(Lang::Ko, &encode(&history), &run, &baseline, &band);
        assert!(korean.starts_with("# Chokepoint 모델"), "{}", &korean[..80]);
        assert_eq!(
            korean.lines().skip(4).collect::<Vec<_>>(),
            text.lines().skip(4).collect::<Vec<_>>()
        );
    }
}

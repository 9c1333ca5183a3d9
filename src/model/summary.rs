//! Headline figures and plain-language sentences about a run, against the baseline run.

use super::measures::Material;
use super::simulate::{Output, Run};
use super::time::{month_label, MONTHS};
use serde::Serialize;

/// The figures shown at the top of the page for one material.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Headline {
    pub material: Material,
    /// Highest monthly lead time, days, and its month index.
    pub peak_lead_time_days: f64,
    pub peak_month: usize,
    /// The baseline's highest monthly lead time, days.
    pub baseline_peak_lead_time_days: f64,
    /// Japanese exports lost against the baseline over 2018–2023.
    pub jp_exports_loss_t: f64,
    pub jp_exports_loss_usd: f64,
    /// Months in which some demand went unmet.
    pub shortfall_months: usize,
    /// Japan's share of Korea's imports in December 2023.
    pub jp_share_at_end: f64,
    /// Korean producers' share of demand in December 2023.
    pub domestic_share_at_end: f64,
}

fn peak(values: &[f64]) -> (usize, f64) {
    values
        .iter()
        .copied()
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |best, (m, v)| {
            if v > best.1 {
                (m, v)
            } else {
                best
            }
        })
}

/// Headline figures of every material.
pub fn headlines(run: &Run, baseline: &Run) -> Vec<Headline> {
    Material::ALL
        .into_iter()
        .map(|material| {
            let series = run.material(material);
            let base = baseline.material(material);
            let (peak_month, peak_lead_time_days) = peak(series.get(Output::LeadTimeDays));
            let sum = |s: &super::simulate::MaterialSeries, o: Output| s.get(o).iter().sum::<f64>();
            let last = MONTHS - 1;
            Headline {
                material,
                peak_lead_time_days,
                peak_month,
                baseline_peak_lead_time_days: peak(base.get(Output::LeadTimeDays)).1,
                jp_exports_loss_t: sum(base, Output::JpExportsT) - sum(series, Output::JpExportsT),
                jp_exports_loss_usd: sum(base, Output::JpExportsUsd)
                    - sum(series, Output::JpExportsUsd),
                shortfall_months: series
                    .get(Output::ShortfallT)
                    .iter()
                    .zip(series.get(Output::DemandT))
                    .filter(|(shortfall, demand)| **shortfall > 1e-6 * **demand)
                    .count(),
                jp_share_at_end: series.get(Output::JpShareOfImports)[last],
                domestic_share_at_end: series.get(Output::DomesticT)[last]
                    / series.get(Output::DemandT)[last],
            }
        })
        .collect()
}

/// A whole number with thousands separators: 137,266.
pub fn thousands(value: f64) -> String {
    let rounded = value.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0 {
        format!("−{out}")
    } else {
        out
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "October 2019" for a month index.
pub fn month_name(index: usize) -> String {
    let label = month_label(index);
    format!("{} {}", MONTH_NAMES[index % 12], &label[..4])
}

/// A few sentences on what the scenario changed, per material, from the run and its headlines.
pub fn what_changed(run: &Run, headlines: &[Headline]) -> Vec<String> {
    let mut sentences = Vec::new();
    for headline in headlines.iter().cloned() {
        let name = headline.material.name();
        let above = headline.peak_lead_time_days - headline.baseline_peak_lead_time_days;
        if above < 0.5 {
            sentences.push(format!(
                "{name}: lead time stays at its baseline level of about {:.0} days.",
                headline.baseline_peak_lead_time_days
            ));
            continue;
        }
        let series = run.material(headline.material);
        let mut sentence = format!(
            "{name} lead time peaks at {:.0} days in {}, {:.0} days above baseline",
            headline.peak_lead_time_days,
            month_name(headline.peak_month),
            above
        );
        // When alternatives first cover a fifth of demand, if they do.
        let domestic = series.get(Output::DomesticT);
        let demand = series.get(Output::DemandT);
        if let Some(month) = (0..MONTHS).find(|m| domestic[*m] >= 0.2 * demand[*m]) {
            sentence.push_str(&format!(
                "; Korean producers cover {:.0}% of demand by {}",
                100.0 * domestic[month] / demand[month],
                month_name(month)
            ));
        }
        sentence.push('.');
        sentences.push(sentence);
        if headline.jp_exports_loss_t > 0.0 {
            sentences.push(format!(
                "Japan's exports of {} to Korea are {} t (${:.1} million) lower over 2018–2023, and Japan ends with {:.0}% of Korea's imports.",
                name.to_lowercase(),
                thousands(headline.jp_exports_loss_t),
                headline.jp_exports_loss_usd / 1e6,
                100.0 * headline.jp_share_at_end
            ));
        }
        if headline.shortfall_months > 0 {
            sentences.push(format!(
                "Korean users of {} go short in {} month{}.",
                name.to_lowercase(),
                headline.shortfall_months,
                if headline.shortfall_months == 1 {
                    ""
                } else {
                    "s"
                }
            ));
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::simulate;
    use crate::scenario::Preset;

    fn runs(preset: Preset) -> (Run, Run) {
        let s = preset.scenario();
        let b = Preset::Baseline.scenario();
        (
            simulate(&s.measures, &s.params),
            simulate(&b.measures, &b.params),
        )
    }

    #[test]
    fn baseline_has_no_effect_and_history_has_one() {
        let (base, _) = runs(Preset::Baseline);
        for headline in headlines(&base, &base) {
            assert_eq!(headline.jp_exports_loss_t, 0.0);
            assert_eq!(
                headline.peak_lead_time_days,
                headline.baseline_peak_lead_time_days
            );
        }
        let (history, base) = runs(Preset::History);
        let hf = &headlines(&history, &base)[0];
        assert!(hf.peak_lead_time_days > hf.baseline_peak_lead_time_days + 30.0);
        assert_eq!(month_label(hf.peak_month).get(..4), Some("2019"));
        assert!(hf.jp_exports_loss_t > 0.0 && hf.jp_exports_loss_usd > 0.0);
        let sentences = what_changed(&history, &headlines(&history, &base));
        assert!(
            sentences[0].starts_with("Hydrogen fluoride lead time peaks at"),
            "{sentences:?}"
        );
        assert!(sentences[0].contains("2019"));
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(137266.4), "137,266");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(-1234.0), "−1,234");
        assert_eq!(thousands(0.0), "0");
    }

    #[test]
    fn month_names_read_naturally() {
        assert_eq!(month_name(21), "October 2019");
        assert_eq!(month_name(0), "January 2018");
    }
}

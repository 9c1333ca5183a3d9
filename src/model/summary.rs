//! Headline figures and plain-language sentences about a run, against the baseline run.

use super::measures::Material;
use super::simulate::{MaterialSeries, Output, Run};
use super::time::MONTHS;
use serde::{Deserialize, Serialize};

/// The figures shown at the top of the page for one material.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// Expected wait for a new licence, averaged over 2020, days.
    pub licence_wait_2020_days: f64,
}

/// The highest value of a series and its index (the first, if it repeats).
pub fn peak(values: &[f64]) -> (usize, f64) {
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
            headline(
                material,
                run.material(material),
                baseline.material(material),
            )
        })
        .collect()
}

/// Headline figures of one material, from its series in the scenario and in the baseline.
pub fn headline(material: Material, series: &MaterialSeries, base: &MaterialSeries) -> Headline {
    let (peak_month, peak_lead_time_days) = peak(series.get(Output::LeadTimeDays));
    let sum = |s: &MaterialSeries, o: Output| s.get(o).iter().sum::<f64>();
    let last = MONTHS - 1;
    Headline {
        material,
        peak_lead_time_days,
        peak_month,
        baseline_peak_lead_time_days: peak(base.get(Output::LeadTimeDays)).1,
        jp_exports_loss_t: sum(base, Output::JpExportsT) - sum(series, Output::JpExportsT),
        jp_exports_loss_usd: sum(base, Output::JpExportsUsd) - sum(series, Output::JpExportsUsd),
        shortfall_months: series
            .get(Output::ShortfallT)
            .iter()
            .zip(series.get(Output::DemandT))
            .filter(|(shortfall, demand)| **shortfall > 1e-6 * **demand)
            .count(),
        jp_share_at_end: series.get(Output::JpShareOfImports)[last],
        domestic_share_at_end: series.get(Output::DomesticT)[last]
            / series.get(Output::DemandT)[last],
        licence_wait_2020_days: series.get(Output::LicenceWaitDays)[24..36]
            .iter()
            .sum::<f64>()
            / 12.0,
    }
}

/// One finding about a run, as data; the page words it in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// Lead time never rises above its baseline level.
    Unchanged {
        material: Material,
        baseline_days: f64,
    },
    /// Lead time peaks above baseline; `domestic` is when Korean producers first cover a fifth of
    /// demand, if they do: (share of demand, month).
    Peak {
        material: Material,
        days: f64,
        month: usize,
        above: f64,
        domestic: Option<(f64, usize)>,
    },
    /// Japan's exports are lower than in the baseline over 2018–2023.
    ExportsLost {
        material: Material,
        tonnes: f64,
        usd: f64,
        jp_share_end: f64,
    },
    /// Korean users go short in some months.
    Shortfall { material: Material, months: usize },
}

/// What the scenario changed, per material, from the run and its headlines.
pub fn what_changed(run: &Run, headlines: &[Headline]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for headline in headlines.iter().cloned() {
        let material = headline.material;
        let above = headline.peak_lead_time_days - headline.baseline_peak_lead_time_days;
        if above < 0.5 {
            findings.push(Finding::Unchanged {
                material,
                baseline_days: headline.baseline_peak_lead_time_days,
            });
            continue;
        }
        let series = run.material(material);
        let domestic = series.get(Output::DomesticT);
        let demand = series.get(Output::DemandT);
        findings.push(Finding::Peak {
            material,
            days: headline.peak_lead_time_days,
            month: headline.peak_month,
            above,
            domestic: (0..MONTHS)
                .find(|m| domestic[*m] >= 0.2 * demand[*m])
                .map(|m| (domestic[m] / demand[m], m)),
        });
        if headline.jp_exports_loss_t > 0.0 {
            findings.push(Finding::ExportsLost {
                material,
                tonnes: headline.jp_exports_loss_t,
                usd: headline.jp_exports_loss_usd,
                jp_share_end: headline.jp_share_at_end,
            });
        }
        if headline.shortfall_months > 0 {
            findings.push(Finding::Shortfall {
                material,
                months: headline.shortfall_months,
            });
        }
    }
    findings
}

/// Lead times closer than this, days, count as unchanged by an edit.
const LEAD_TIME_TOLERANCE_DAYS: f64 = 0.05;
/// Japanese exports closer than this fraction of the larger count as unchanged by an edit.
const EXPORTS_RELATIVE_TOLERANCE: f64 = 1e-6;

/// What an edit did to one material, as data; the page words it in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct EditEffect {
    pub material: Material,
    /// First month whose lead time or Japanese exports differ (by more than a tolerance: 0.05 day,
    /// or 1e-6 relative for tonnes), None when nothing moved.
    pub first_month: Option<usize>,
    /// After minus before: the peak lead time, days.
    pub peak_days_change: f64,
    /// After minus before: Japanese exports lost against the baseline, tonnes.
    pub exports_lost_change_t: f64,
    /// After minus before: Japan's share of Korea's imports in December 2023.
    pub jp_share_end_change: f64,
}

/// What an edit changed, per material in [`Material::ALL`] order, from the runs and headline
/// figures before and after it.
pub fn edit_effects(
    before: &Run,
    after: &Run,
    before_headlines: &[Headline],
    after_headlines: &[Headline],
) -> Vec<EditEffect> {
    let figure = |headlines: &[Headline], material: Material| {
        headlines.iter().find(|h| h.material == material).cloned()
    };
    Material::ALL
        .into_iter()
        .map(|material| {
            let (old, new) = (before.material(material), after.material(material));
            let lead = (old.get(Output::LeadTimeDays), new.get(Output::LeadTimeDays));
            let exports = (old.get(Output::JpExportsT), new.get(Output::JpExportsT));
            let first_month = (0..MONTHS).find(|&m| {
                let (a, b) = (exports.0[m], exports.1[m]);
                (lead.0[m] - lead.1[m]).abs() > LEAD_TIME_TOLERANCE_DAYS
                    || (a - b).abs() > EXPORTS_RELATIVE_TOLERANCE * a.abs().max(b.abs())
            });
            let (old, new) = (
                figure(before_headlines, material),
                figure(after_headlines, material),
            );
            let change = |f: fn(&Headline) -> f64| match (&old, &new) {
                (Some(old), Some(new)) => f(new) - f(old),
                _ => 0.0,
            };
            EditEffect {
                material,
                first_month,
                peak_days_change: change(|h| h.peak_lead_time_days),
                exports_lost_change_t: change(|h| h.jp_exports_loss_t),
                jp_share_end_change: change(|h| h.jp_share_at_end),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::simulate;
    use crate::model::time::month_label;
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
        assert!(hf.peak_lead_time_days > hf.baseline_peak_lead_time_days + 20.0);
        assert_eq!(month_label(hf.peak_month).get(..4), Some("2019"));
        assert!(hf.jp_exports_loss_t > 0.0 && hf.jp_exports_loss_usd > 0.0);
        let findings = what_changed(&history, &headlines(&history, &base));
        let Finding::Peak {
            material, month, ..
        } = findings[0]
        else {
            panic!("{findings:?}")
        };
        assert_eq!(material, Material::Hf);
        assert_eq!(month_label(month).get(..4), Some("2019"));
        assert!(findings
            .iter()
            .any(|f| matches!(f, Finding::ExportsLost { material: Material::Hf, tonnes, .. } if *tonnes > 0.0)));
        let (base_run, base) = runs(Preset::Baseline);
        assert!(what_changed(&base_run, &headlines(&base_run, &base))
            .iter()
            .all(|f| matches!(f, Finding::Unchanged { .. })));
    }

    fn effects(before: &Run, after: &Run, baseline: &Run) -> Vec<EditEffect> {
        edit_effects(
            before,
            after,
            &headlines(before, baseline),
            &headlines(after, baseline),
        )
    }

    #[test]
    fn an_edit_s_effect_starts_when_the_runs_part() {
        let (history, base) = runs(Preset::History);
        let from_baseline = effects(&base, &history, &base);
        assert_eq!(
            from_baseline.iter().map(|e| e.material).collect::<Vec<_>>(),
            Material::ALL
        );
        let hf = &from_baseline[0];
        let first = hf.first_month.expect("history moves HF");
        assert_eq!(month_label(first).get(..4), Some("2019"));
        assert!(hf.peak_days_change > 20.0 && hf.exports_lost_change_t > 0.0);
        assert!(hf.jp_share_end_change < 0.0);
        for effect in effects(&history, &history, &base) {
            assert_eq!(effect.first_month, None);
            assert_eq!(effect.peak_days_change, 0.0);
            assert_eq!(effect.exports_lost_change_t, 0.0);
            assert_eq!(effect.jp_share_end_change, 0.0);
        }
    }
}

//! Which measure caused how much: Shapley values over the measures in a scenario.
//!
//! For each material, the value of a set of measures is an outcome of the model run with only those
//! measures (the others at their default), less the outcome with none. A measure's Shapley value is
//! its marginal contribution averaged over every order in which the measures could be added, so the
//! contributions add up exactly to the scenario's total effect. Licensing of another material cannot
//! change a material's outcome and is left out of its game.

use super::measures::{Material, MeasureId, Measures};
use super::params::Params;
use super::simulate::{simulate_material, MaterialSeries, Output, Timeline};
use serde::{Deserialize, Serialize};

/// The outcomes attributed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Highest monthly lead time over the period, days.
    pub peak_lead_time_days: f64,
    /// Japanese exports lost against the no-measure run, summed over the period, tonnes.
    pub jp_exports_loss_t: f64,
    /// The same loss in US dollars.
    pub jp_exports_loss_usd: f64,
}

impl Outcome {
    fn of(series: &MaterialSeries, baseline: &MaterialSeries) -> Outcome {
        let peak = series
            .get(Output::LeadTimeDays)
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        let sum = |s: &MaterialSeries, o: Output| s.get(o).iter().sum::<f64>();
        Outcome {
            peak_lead_time_days: peak,
            jp_exports_loss_t: sum(baseline, Output::JpExportsT) - sum(series, Output::JpExportsT),
            jp_exports_loss_usd: sum(baseline, Output::JpExportsUsd)
                - sum(series, Output::JpExportsUsd),
        }
    }

    fn minus(self, other: Outcome) -> Outcome {
        Outcome {
            peak_lead_time_days: self.peak_lead_time_days - other.peak_lead_time_days,
            jp_exports_loss_t: self.jp_exports_loss_t - other.jp_exports_loss_t,
            jp_exports_loss_usd: self.jp_exports_loss_usd - other.jp_exports_loss_usd,
        }
    }

    fn add_scaled(&mut self, other: Outcome, weight: f64) {
        self.peak_lead_time_days += other.peak_lead_time_days * weight;
        self.jp_exports_loss_t += other.jp_exports_loss_t * weight;
        self.jp_exports_loss_usd += other.jp_exports_loss_usd * weight;
    }
}

/// One measure's share of a material's outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub measure: MeasureId,
    pub value: Outcome,
}

/// Attribution for one material.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MaterialAttribution {
    pub material: Material,
    /// Outcome with no measures.
    pub baseline: Outcome,
    /// Outcome with every measure of the scenario.
    pub scenario: Outcome,
    /// Contributions, in the fixed order of [`MeasureId::ALL`]; they sum to `scenario - baseline`.
    pub contributions: Vec<Contribution>,
}

/// Shapley attribution of every material's outcomes to the scenario's measures.
pub fn attribute(measures: &Measures, params: &Params) -> Vec<MaterialAttribution> {
    Material::ALL
        .into_iter()
        .map(|material| attribute_material(measures, params, material))
        .collect()
}

fn binomial(n: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// Shapley attribution for one material.
pub fn attribute_material(
    measures: &Measures,
    params: &Params,
    material: Material,
) -> MaterialAttribution {
    let players: Vec<MeasureId> = measures
        .active()
        .into_iter()
        .filter(|id| id.can_affect(material))
        .collect();
    let n = players.len();
    let empty = simulate_material(
        &Timeline::new(&Measures::default(), params),
        params,
        material,
    );
    // value[mask] = outcome of the coalition of players whose bits are set.
    let values: Vec<Outcome> = (0..1usize << n)
        .map(|mask| {
            let keep: Vec<MeasureId> = (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| players[i])
                .collect();
            let series = simulate_material(
                &Timeline::new(&measures.only(&keep), params),
                params,
                material,
            );
            Outcome::of(&series, &empty)
        })
        .collect();
    let contributions = players
        .iter()
        .enumerate()
        .map(|(i, measure)| {
            let mut value = Outcome::default();
            for mask in 0..1usize << n {
                if mask & (1 << i) == 0 {
                    let size = mask.count_ones() as usize;
                    let weight = 1.0 / (n as f64 * binomial(n - 1, size));
                    value.add_scaled(values[mask | (1 << i)].minus(values[mask]), weight);
                }
            }
            Contribution {
                measure: *measure,
                value,
            }
        })
        .collect();
    MaterialAttribution {
        material,
        baseline: values[0],
        scenario: values[(1 << n) - 1],
        contributions,
    }
}

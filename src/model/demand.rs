//! Demand: Korean use of each material, driven by an observed production index.
//!
//! ```text
//! demand = demand_2018 × (1 + activity_elasticity × (index / index_2018 − 1)) × (1 − recycled)
//! ```
//!
//! The index is Statistics Korea's seasonally adjusted production index for semiconductors
//! (`data/drivers/korea_production_index.csv`), stored as the month-on-month changes first
//! published in its monthly release. [`semiconductor_index`] rebuilds levels from it, reproducibly:
//! 1. chain the monthly changes from January 2018 (a month without a published change keeps the
//!    level of the month before);
//! 2. where a calendar-year change is published, scale that year and the years after it so that the
//!    year's average matches it (this undoes the drift of chaining first-published figures);
//! 3. average each month with its neighbours (three months, centred), and divide by the 2018 mean.
//!
//! Hydrogen fluoride and photoresist follow the semiconductor index. No display series was found,
//! so polyimide demand stays at its 2018 level. The driver is an input, after 2019 too: it is not
//! fitted to anything.

use super::measures::Material;
use super::time::MONTHS;

/// The driver file's months and changes (build.rs drops its comments and sources).
const DRIVER_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/korea_production_index.csv"));

/// The semiconductor production index per month of the simulation, 2018 mean = 1.
pub fn semiconductor_index() -> &'static [f64; MONTHS] {
    static INDEX: std::sync::OnceLock<[f64; MONTHS]> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| build_index(DRIVER_CSV))
}

/// The driver of a material's demand per month, 2018 mean = 1.
pub fn driver(material: Material) -> &'static [f64; MONTHS] {
    static FLAT: [f64; MONTHS] = [1.0; MONTHS];
    match material {
        Material::Hf | Material::Photoresist => semiconductor_index(),
        Material::Polyimide => &FLAT,
    }
}

/// Demand from the driver value, the activity elasticity and the share saved by recycling.
pub fn demand_rate(demand_2018: f64, driver: f64, elasticity: f64, recycled: f64) -> f64 {
    (demand_2018 * (1.0 + elasticity * (driver - 1.0))).max(0.0) * (1.0 - recycled)
}

/// Monthly changes and yearly changes read from the driver file.
fn read_changes(text: &str) -> ([Option<f64>; MONTHS], Vec<(usize, f64)>) {
    let mut monthly = [None; MONTHS];
    let mut yearly = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        let record = record.expect("the driver file is valid CSV");
        let period = record.get(0).unwrap_or("");
        let Some(change) = record.get(1).and_then(|v| v.trim().parse::<f64>().ok()) else {
            continue;
        };
        if let Some(date) = super::time::Date::parse(period).filter(|_| period.len() == 7) {
            monthly[date.month_index()] = Some(change / 100.0);
        } else if let Ok(year) = period.parse::<usize>() {
            if (2019..2024).contains(&year) {
                yearly.push((year - 2018, change / 100.0));
            }
        }
    }
    (monthly, yearly)
}

fn build_index(text: &str) -> [f64; MONTHS] {
    let (monthly, yearly) = read_changes(text);
    let mut level = [0.0; MONTHS];
    let mut current = 1.0;
    for (month, change) in monthly.iter().enumerate() {
        current *= 1.0 + change.unwrap_or(0.0);
        level[month] = current;
    }
    let mean = |level: &[f64; MONTHS], year: usize| {
        level[year * 12..year * 12 + 12].iter().sum::<f64>() / 12.0
    };
    for (year, change) in yearly {
        let factor = (1.0 + change) * mean(&level, year - 1) / mean(&level, year);
        for value in &mut level[year * 12..] {
            *value *= factor;
        }
    }
    let mut smooth = [0.0; MONTHS];
    for month in 0..MONTHS {
        let window = &level[month.saturating_sub(1)..(month + 2).min(MONTHS)];
        smooth[month] = window.iter().sum::<f64>() / window.len() as f64;
    }
    let base = smooth[..12].iter().sum::<f64>() / 12.0;
    smooth.map(|value| value / base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_positive_has_a_2018_mean_of_one_and_matches_the_published_yearly_changes() {
        let index = semiconductor_index();
        assert!(index.iter().all(|v| v.is_finite() && *v > 0.0));
        let mean = |year: usize| index[year * 12..year * 12 + 12].iter().sum::<f64>() / 12.0;
        assert!((mean(0) - 1.0).abs() < 1e-12);
        let (_, yearly) = read_changes(DRIVER_CSV);
        assert!(!yearly.is_empty(), "the file has yearly changes");
        for (year, change) in yearly {
            // Smoothing across the turn of a year moves the yearly mean a little.
            let model = mean(year) / mean(year - 1) - 1.0;
            assert!(
                (model - change).abs() < 0.03,
                "year {year}: {model} against {change}"
            );
        }
    }

    #[test]
    fn demand_follows_the_driver_by_the_elasticity_and_recycling_lowers_it() {
        assert!((demand_rate(100.0, 1.2, 0.5, 0.0) - 110.0).abs() < 1e-9);
        assert_eq!(demand_rate(100.0, 1.2, 0.0, 0.0), 100.0);
        assert_eq!(demand_rate(100.0, 1.0, 0.5, 0.1), 90.0);
    }

    #[test]
    fn a_month_without_a_published_change_keeps_the_level() {
        let text = "month,semiconductors\n2018-01,10\n2018-03,-10\n";
        let index = build_index(text);
        assert!(index.iter().all(|v| v.is_finite()));
        assert!(index[1] > index[4] || index[2] > index[4]);
    }
}

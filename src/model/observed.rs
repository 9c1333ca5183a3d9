//! The observed data the model is calibrated and validated against: the project's copy of the
//! 2019 figures in `data/observed/`, each row with its source. The files are compiled into the
//! program so that the page, the command line and the tests all read the same copy.

use super::measures::Material;
use super::simulate::Output;
use super::time::{Date, FIRST_YEAR, MONTHS};
use serde::Deserialize;

pub const EVENTS_CSV: &str = include_str!("../../data/observed/events.csv");
pub const HF_EXPORTS_CSV: &str = include_str!("../../data/observed/hf_japan_exports_monthly.csv");
pub const KOREA_IMPORTS_CSV: &str = include_str!("../../data/observed/korea_imports.csv");
pub const LICENSING_CSV: &str = include_str!("../../data/observed/licensing_and_stocks.csv");
pub const LOCALIZATION_CSV: &str = include_str!("../../data/observed/localization.csv");

fn read<T: for<'de> Deserialize<'de>>(text: &str) -> Vec<T> {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes())
        .deserialize()
        .map(|row| row.expect("the shipped data files parse"))
        .collect()
}

fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', "").parse().ok()
}

/// The `url` column: the web address of the source named in `source`, `None` where the cell is
/// empty (no address was found) or the column is absent.
fn url(cell: Option<String>) -> Option<String> {
    cell.map(|text| text.trim().to_string())
        .filter(|text| !text.is_empty())
}

/// A row of the licence and stock facts (`licensing_and_stocks.csv`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LicensingRow {
    pub item: String,
    pub quantity: String,
    pub value: String,
    pub unit: String,
    pub source: String,
    #[serde(default)]
    pub note: String,
    #[serde(default, deserialize_with = "url_cell")]
    pub url: Option<String>,
}

fn url_cell<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(url(Option::<String>::deserialize(deserializer)?))
}

/// The licence and stock facts, in file order.
pub fn licensing_facts() -> Vec<LicensingRow> {
    read(LICENSING_CSV)
}

/// A dated event of the dispute.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    pub actor: String,
    pub measure: String,
    pub change: String,
    pub detail: String,
    pub source: String,
    /// Web address of the source, where one was found.
    pub url: Option<String>,
}

#[derive(Deserialize)]
struct EventRow {
    date: String,
    actor: String,
    measure: String,
    change: String,
    detail: String,
    source: String,
    #[serde(default)]
    url: Option<String>,
}

/// Every event in `events.csv`, in file order.
pub fn events() -> Vec<Event> {
    read::<EventRow>(EVENTS_CSV)
        .into_iter()
        .map(|row| Event {
            date: Date::parse(&row.date).expect("event dates lie in the simulated period"),
            actor: row.actor,
            measure: row.measure,
            change: row.change,
            detail: row.detail,
            source: row.source,
            url: url(row.url),
        })
        .collect()
}

/// A period as written in the data: one month, a range of months, a quarter or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// First month index (0 = 2018-01).
    pub first: usize,
    /// Last month index, inclusive.
    pub last: usize,
}

impl Period {
    /// Parses `2019-07`, `2019-01..2019-06`, `2019-Q4` or `2019`.
    pub fn parse(text: &str) -> Option<Period> {
        let month = |t: &str| Date::parse(t).map(Date::month_index);
        if let Some((a, b)) = text.split_once("..") {
            return Some(Period {
                first: month(a)?,
                last: month(b)?,
            });
        }
        if let Some((year, quarter)) = text.split_once("-Q") {
            let year: usize = year.parse().ok()?;
            let quarter: usize = quarter.parse().ok()?;
            let first =
                (year.checked_sub(usize::from(FIRST_YEAR))?) * 12 + (quarter.checked_sub(1)?) * 3;
            return (quarter <= 4 && first + 2 < MONTHS).then_some(Period {
                first,
                last: first + 2,
            });
        }
        if text.len() == 4 {
            let year: usize = text.parse().ok()?;
            let first = year.checked_sub(usize::from(FIRST_YEAR))? * 12;
            return (first + 11 < MONTHS).then_some(Period {
                first,
                last: first + 11,
            });
        }
        month(text).map(|m| Period { first: m, last: m })
    }

    pub fn months(self) -> usize {
        self.last - self.first + 1
    }
}

/// One observed figure that a model output can be set against.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub material: Material,
    pub output: Output,
    pub period: Period,
    /// Total over the period, or the monthly average when `is_monthly_average`.
    pub value: f64,
    pub is_monthly_average: bool,
    /// For shares: whether the share is of import values (Korea's statistics in US dollars) rather
    /// than of tonnes. Only a note saying "by volume" marks a volume share.
    pub by_value: bool,
    pub source: String,
    /// Web address of the source, where one was found.
    pub url: Option<String>,
    pub note: String,
}

impl Observation {
    /// The period as the data write it: `2019-07`, `2019-01..2019-06` or `2019`.
    pub fn period_label(&self) -> String {
        let label = |m: usize| super::time::month_label(m);
        if self.period.months() == 1 {
            label(self.period.first)
        } else if self.period.months() == 12 && self.period.first.is_multiple_of(12) {
            label(self.period.first)[..4].to_string()
        } else {
            format!("{}..{}", label(self.period.first), label(self.period.last))
        }
    }
}

#[derive(Deserialize)]
struct HfRow {
    month: String,
    tonnes: String,
    #[allow(dead_code)]
    value_jpy_million: String,
    source: String,
    note: String,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Deserialize)]
struct ImportRow {
    material: String,
    period: String,
    origin: String,
    usd_million: String,
    tonnes: String,
    share_of_korean_imports: String,
    source: String,
    note: String,
    #[serde(default)]
    url: Option<String>,
}

/// Observations of Japan's exports to Korea (tonnes, US dollars) and of Japan's share of Korea's
/// imports. Hydrogen fluoride tonnes come from Japan's export statistics; photoresist and polyimide
/// from Korea's imports from Japan, since Japan's statistics cannot isolate them.
pub fn observations() -> Vec<Observation> {
    let mut out = Vec::new();
    for row in read::<HfRow>(HF_EXPORTS_CSV) {
        if let (Some(period), Some(tonnes)) = (Period::parse(&row.month), number(&row.tonnes)) {
            out.push(Observation {
                material: Material::Hf,
                output: Output::JpExportsT,
                is_monthly_average: period.months() > 1 && row.note.contains("average"),
                period,
                value: tonnes,
                by_value: false,
                source: row.source,
                url: url(row.url),
                note: row.note,
            });
        }
    }
    for row in read::<ImportRow>(KOREA_IMPORTS_CSV) {
        let (Some(material), Some(period)) =
            (Material::from_id(&row.material), Period::parse(&row.period))
        else {
            continue;
        };
        if row.origin != "JP" {
            continue;
        }
        let source_url = url(row.url.clone());
        let mut push = |output: Output, value: f64| {
            out.push(Observation {
                material,
                output,
                period,
                value,
                is_monthly_average: false,
                by_value: !row.note.contains("by volume"),
                source: row.source.clone(),
                url: source_url.clone(),
                note: row.note.clone(),
            })
        };
        // Hydrogen fluoride tonnes are taken from Japan's side (above) to keep one definition.
        if material != Material::Hf {
            if let Some(tonnes) = number(&row.tonnes) {
                push(Output::JpExportsT, tonnes);
            }
        }
        if let Some(usd) = number(&row.usd_million) {
            push(Output::JpExportsUsd, usd * 1e6);
        }
        if let Some(share) = number(&row.share_of_korean_imports) {
            push(Output::JpShareOfImports, share);
        }
    }
    out
}

/// Observations of one material and output.
pub fn observations_of(material: Material, output: Output) -> Vec<Observation> {
    observations()
        .into_iter()
        .filter(|o| o.material == material && o.output == output)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_in_every_form_the_data_uses() {
        assert_eq!(
            Period::parse("2019-07"),
            Some(Period {
                first: 18,
                last: 18
            })
        );
        assert_eq!(
            Period::parse("2019-01..2019-06"),
            Some(Period {
                first: 12,
                last: 17
            })
        );
        assert_eq!(
            Period::parse("2019-Q4"),
            Some(Period {
                first: 21,
                last: 23
            })
        );
        assert_eq!(
            Period::parse("2019"),
            Some(Period {
                first: 12,
                last: 23
            })
        );
        assert_eq!(Period::parse("2030"), None);
        assert_eq!(Period::parse("2019-Q9"), None);
    }

    #[test]
    fn the_copied_data_reads_with_sources() {
        let events = events();
        assert!(events.len() >= 25);
        assert!(events.iter().all(|e| !e.source.is_empty()));
        let observations = observations();
        assert!(observations.iter().all(|o| !o.source.is_empty()));
        let hf_2019 = observations
            .iter()
            .find(|o| {
                o.material == Material::Hf
                    && o.output == Output::JpExportsT
                    && o.period.months() == 12
            })
            .expect("2019 HF total");
        assert_eq!(hf_2019.value, 19793.0);
        let average = observations
            .iter()
            .find(|o| o.material == Material::Hf && o.is_monthly_average)
            .expect("Jan-Jun 2019 average");
        assert_eq!(average.value, 3086.0);
        assert!(!observations_of(Material::Photoresist, Output::JpExportsT).is_empty());
    }

    /// Every address in a `url` cell, of every file in `data/observed/`, with the row's source.
    fn all_urls() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for text in [
            EVENTS_CSV,
            HF_EXPORTS_CSV,
            KOREA_IMPORTS_CSV,
            LICENSING_CSV,
            LOCALIZATION_CSV,
        ] {
            let mut reader = csv::ReaderBuilder::new()
                .comment(Some(b'#'))
                .from_reader(text.as_bytes());
            let headers = reader.headers().expect("a header row").clone();
            let column = |name: &str| headers.iter().position(|h| h == name);
            let (source, url_column) = (column("source").expect("a source column"), column("url"));
            let url_column = url_column.expect("every observed file has a url column");
            assert_eq!(url_column, headers.len() - 1, "url is the last column");
            for record in reader.records() {
                let record = record.expect("the shipped data files parse");
                assert_eq!(record.len(), headers.len(), "every row has a url cell");
                if !record[url_column].is_empty() {
                    out.push((record[source].to_string(), record[url_column].to_string()));
                }
            }
        }
        out
    }

    #[test]
    fn source_urls_are_web_addresses() {
        let urls = all_urls();
        assert!(urls.len() >= 40, "most sources carry an address");
        for (source, url) in &urls {
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{source}: {url}"
            );
            assert!(!url.chars().any(char::is_whitespace), "{source}: {url}");
        }
        // The readers carry the column through, and leave an empty cell as None.
        let events = events();
        let observations = observations();
        assert!(events.iter().any(|e| e.url.is_some()));
        assert!(events.iter().any(|e| e.url.is_none()));
        assert!(observations.iter().any(|o| o.url.is_some()));
        let read = events
            .iter()
            .filter_map(|e| e.url.as_deref())
            .chain(observations.iter().filter_map(|o| o.url.as_deref()));
        for url in read {
            assert!(urls.iter().any(|(_, u)| u == url), "{url}");
        }
    }
}

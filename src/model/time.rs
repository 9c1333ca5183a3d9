//! Calendar of the simulation: days counted from 1 January 2018, months 2018-01 to 2023-12.
//!
//! The model uses its own tiny calendar rather than a date crate because it only ever needs
//! Gregorian dates between 2018 and 2023, and the same arithmetic must give the same numbers in the
//! browser and natively.

use serde::{Deserialize, Serialize};
use std::fmt;

/// First simulated year.
pub const FIRST_YEAR: u16 = 2018;
/// Last simulated year (inclusive).
pub const LAST_YEAR: u16 = 2023;
/// Number of simulated months (2018-01 to 2023-12).
pub const MONTHS: usize = ((LAST_YEAR - FIRST_YEAR + 1) as usize) * 12;
/// Mean days per month, used to turn monthly rates into daily ones.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;
/// Weeks per month, used to turn inventory tonnes into weeks of cover.
pub const WEEKS_PER_MONTH: f64 = DAYS_PER_MONTH / 7.0;

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month of a year (month 1..=12).
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

/// A calendar date inside the simulated period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The first simulated day, 2018-01-01.
    pub const START: Date = Date {
        year: FIRST_YEAR,
        month: 1,
        day: 1,
    };
    /// The last simulated day, 2023-12-31.
    pub const END: Date = Date {
        year: LAST_YEAR,
        month: 12,
        day: 31,
    };

    /// A date if it exists in the calendar and lies in the simulated period.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        (valid && date >= Date::START && date <= Date::END).then_some(date)
    }

    /// The first day of a month.
    pub fn month_start(year: u16, month: u8) -> Option<Date> {
        Date::new(year, month, 1)
    }

    /// Days since 2018-01-01.
    pub fn day_index(self) -> u32 {
        // A date lies inside the period (Date::new checks it), so its month has a start.
        const STARTS: [u32; MONTHS + 1] = month_starts();
        STARTS[self.month_index()] + u32::from(self.day) - 1
    }

    /// The date a number of days after 2018-01-01, clamped to the simulated period.
    pub fn from_day_index(index: u32) -> Date {
        let mut rest = index.min(total_days() - 1);
        let mut year = FIRST_YEAR;
        loop {
            let len = if is_leap(year) { 366 } else { 365 };
            if rest < len {
                break;
            }
            rest -= len;
            year += 1;
        }
        let mut month = 1;
        loop {
            let len = u32::from(days_in_month(year, month));
            if rest < len {
                break;
            }
            rest -= len;
            month += 1;
        }
        Date {
            year,
            month,
            day: rest as u8 + 1,
        }
    }

    /// Index of the month this date falls in (0 = 2018-01).
    pub fn month_index(self) -> usize {
        usize::from(self.year - FIRST_YEAR) * 12 + usize::from(self.month) - 1
    }

    /// `YYYY-MM-DD`, always with the day (as date inputs want it).
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM` meaning the first of that month.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse::<u16>().ok()?;
        let month_text = parts.next()?;
        if month_text.len() != 2 {
            return None;
        }
        let month = month_text.parse::<u8>().ok()?;
        let day = match parts.next() {
            Some(day_text) if day_text.len() == 2 => day_text.parse::<u8>().ok()?,
            Some(_) => return None,
            None => 1,
        };
        if parts.next().is_some() {
            return None;
        }
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    /// Writes `YYYY-MM` for the first of a month and `YYYY-MM-DD` otherwise, the short form the
    /// scenario links use.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.day == 1 {
            write!(f, "{:04}-{:02}", self.year, self.month)
        } else {
            write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }
}

/// Number of simulated days (2018-01-01 to 2023-12-31).
pub fn total_days() -> u32 {
    Date::END.day_index() + 1
}

/// First day index of each simulated month, plus the day after the last month.
pub const fn month_starts() -> [u32; MONTHS + 1] {
    let mut starts = [0u32; MONTHS + 1];
    let mut index = 0;
    let mut day = 0u32;
    while index < MONTHS {
        starts[index] = day;
        let year = FIRST_YEAR + (index / 12) as u16;
        day += days_in_month(year, (index % 12) as u8 + 1) as u32;
        index += 1;
    }
    starts[MONTHS] = day;
    starts
}

/// Position of a day on the month axis: the month index plus the fraction of the month elapsed
/// (2019-07-04 is 18.1).
pub fn month_position(day: u32) -> f64 {
    const STARTS: [u32; MONTHS + 1] = month_starts();
    let month = STARTS
        .partition_point(|start| *start <= day)
        .saturating_sub(1)
        .min(MONTHS - 1);
    let length = f64::from(STARTS[month + 1] - STARTS[month]);
    month as f64 + f64::from(day - STARTS[month]) / length
}

/// Label of a month index, `YYYY-MM`.
pub fn month_label(index: usize) -> String {
    format!(
        "{:04}-{:02}",
        FIRST_YEAR as usize + index / 12,
        index % 12 + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_round_trip(text: &str, expected_index: u32) {
        let date = Date::parse(text).expect("valid date");
        assert_eq!(date.day_index(), expected_index, "{text}");
        assert_eq!(Date::from_day_index(expected_index), date, "{text}");
    }

    #[test]
    fn day_indices_follow_the_calendar() {
        check_round_trip("2018-01-01", 0);
        check_round_trip("2018-12-31", 364);
        check_round_trip("2019-07-04", 365 + 184);
        check_round_trip("2020-03-01", 365 * 2 + 31 + 29);
        check_round_trip("2023-12-31", 2190);
        assert_eq!(total_days(), 2191);
    }

    #[test]
    fn parse_rejects_what_is_not_a_date_in_the_period() {
        for bad in [
            "",
            "2019",
            "2019-13",
            "2019-02-29",
            "2017-12-31",
            "2024-01",
            "2019-7",
            "x-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2020-02-29").map(|d| d.day), Some(29));
    }

    #[test]
    fn display_uses_the_short_form_for_first_days() {
        assert_eq!(Date::parse("2019-07").unwrap().to_string(), "2019-07");
        assert_eq!(Date::parse("2019-07-04").unwrap().to_string(), "2019-07-04");
    }

    #[test]
    fn month_starts_cover_the_period() {
        let starts = month_starts();
        assert_eq!(starts[0], 0);
        assert_eq!(starts[12], 365);
        assert_eq!(starts[MONTHS], total_days());
        assert_eq!(month_label(18), "2019-07");
        let july_4 = Date::parse("2019-07-04").unwrap().day_index();
        assert!((month_position(july_4) - (18.0 + 3.0 / 31.0)).abs() < 1e-12);
        assert_eq!(month_position(0), 0.0);
    }
}

//! Numbers and dates as each language writes them. All three group thousands with commas and use
//! a point for decimals; they differ in large units (k and M against 万 and 億, 만 and 억), in
//! month names and in the order of day, month and year.

use super::Lang;
use crate::model::time::{month_label, Date};

const MONTHS_EN: [&str; 12] = [
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

/// A whole number with thousands separators and a true minus sign: 137,266 or −1,234.
pub fn whole(value: f64) -> String {
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

/// A whole number with its sign: +55, −3, 0.
pub fn signed(value: f64) -> String {
    let rounded = value.round();
    if rounded > 0.0 {
        format!("+{}", whole(rounded))
    } else {
        whole(rounded)
    }
}

/// A month of the simulation (0 = January 2018): "October 2019", "2019年10月", "2019년 10월".
pub fn month_year(lang: Lang, index: usize) -> String {
    let label = month_label(index);
    let (year, month) = (&label[..4], index % 12 + 1);
    match lang {
        Lang::En => format!("{} {year}", MONTHS_EN[month - 1]),
        Lang::Ja => format!("{year}年{month}月"),
        Lang::Ko => format!("{year}년 {month}월"),
    }
}

/// A date: "4 July 2019", "2019年7月4日", "2019년 7월 4일".
pub fn date_text(lang: Lang, date: Date) -> String {
    let (y, m, d) = (date.year, date.month, date.day);
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS_EN[usize::from(m) - 1]),
        Lang::Ja => format!("{y}年{m}月{d}日"),
        Lang::Ko => format!("{y}년 {m}월 {d}일"),
    }
}

/// A short number for an axis: "38k", "3.1k", "25.0M" in English; "3.8万", "2.5億" in Japanese
/// and "3.8만", "2.5억" in Korean, which count in ten thousands.
pub fn compact_number(lang: Lang, value: f64) -> String {
    let magnitude = value.abs();
    let (ten_thousand, hundred_million) = match lang {
        Lang::En => ("", ""),
        Lang::Ja => ("万", "億"),
        Lang::Ko => ("만", "억"),
    };
    match lang {
        Lang::En if magnitude >= 1e6 => format!("{:.1}M", value / 1e6),
        Lang::En if magnitude >= 1e4 => format!("{:.0}k", value / 1e3),
        Lang::En if magnitude >= 1e3 => format!("{:.1}k", value / 1e3),
        Lang::Ja | Lang::Ko if magnitude >= 1e8 => {
            format!("{:.1}{hundred_million}", value / 1e8)
        }
        Lang::Ja | Lang::Ko if magnitude >= 1e5 => format!("{:.0}{ten_thousand}", value / 1e4),
        Lang::Ja | Lang::Ko if magnitude >= 1e4 => format!("{:.1}{ten_thousand}", value / 1e4),
        Lang::Ja | Lang::Ko if magnitude >= 1e3 => whole(value),
        _ if magnitude >= 10.0 || magnitude == 0.0 => format!("{value:.0}"),
        _ => format!("{value:.1}"),
    }
}

/// US dollars in millions, with the sign before the currency: "$6.3M", "−$6.3M"; "630万ドル",
/// "2.4億ドル"; "630만 달러", "2.4억 달러".
pub fn money_millions(lang: Lang, usd: f64) -> String {
    let sign = if usd < -0.05e6 { "−" } else { "" };
    let magnitude = usd.abs();
    match lang {
        Lang::En => format!("{sign}${:.1}M", magnitude / 1e6),
        Lang::Ja | Lang::Ko => {
            let (man, oku, currency) = if lang == Lang::Ja {
                ("万", "億", "ドル")
            } else {
                ("만", "억", " 달러")
            };
            if magnitude >= 1e8 {
                format!("{sign}{:.1}{oku}{currency}", magnitude / 1e8)
            } else {
                format!("{sign}{}{man}{currency}", whole(magnitude / 1e4))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_and_sign() {
        assert_eq!(whole(137266.4), "137,266");
        assert_eq!(whole(-1234.0), "−1,234");
        assert_eq!(whole(0.0), "0");
        assert_eq!(signed(55.2), "+55");
        assert_eq!(signed(-3.0), "−3");
        assert_eq!(signed(0.2), "0");
    }

    #[test]
    fn months_and_dates_read_naturally_in_each_language() {
        assert_eq!(month_year(Lang::En, 21), "October 2019");
        assert_eq!(month_year(Lang::Ja, 21), "2019年10月");
        assert_eq!(month_year(Lang::Ko, 0), "2018년 1월");
        let date = Date::parse("2019-07-04").unwrap();
        assert_eq!(date_text(Lang::En, date), "4 July 2019");
        assert_eq!(date_text(Lang::Ja, date), "2019年7月4日");
        assert_eq!(date_text(Lang::Ko, date), "2019년 7월 4일");
    }

    #[test]
    fn large_numbers_use_each_language_units() {
        assert_eq!(compact_number(Lang::En, 3148.0), "3.1k");
        assert_eq!(compact_number(Lang::En, 38305.0), "38k");
        assert_eq!(compact_number(Lang::En, 2.5e7), "25.0M");
        assert_eq!(compact_number(Lang::Ja, 3148.0), "3,148");
        assert_eq!(compact_number(Lang::Ja, 38305.0), "3.8万");
        assert_eq!(compact_number(Lang::Ko, 250000.0), "25만");
        assert_eq!(compact_number(Lang::Ko, 2.5e8), "2.5억");
        assert_eq!(compact_number(Lang::En, 2.5), "2.5");
        assert_eq!(compact_number(Lang::Ja, 86.0), "86");
        assert_eq!(money_millions(Lang::En, 239.4e6), "$239.4M");
        assert_eq!(money_millions(Lang::En, -6.3e6), "−$6.3M");
        assert_eq!(money_millions(Lang::Ja, 6.3e6), "630万ドル");
        assert_eq!(money_millions(Lang::Ja, 239.4e6), "2.4億ドル");
        assert_eq!(money_millions(Lang::Ko, 20.7e6), "2,070만 달러");
    }
}

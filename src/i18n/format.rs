//! Numbers and dates as each language writes them. All three group thousands with commas and use
//! a point for decimals; they differ in large units (k and M against 万 and 億, 만 and 억), in
//! month names and in the order of day, month and year.

use super::Lang;
use crate::model::time::{Date, FIRST_YEAR};

/// The months in English, January first.
pub const MONTHS_EN: [&str; 12] = [
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

/// Largest magnitude written out digit by digit; from here on a number is written in scientific
/// form (1.0×10¹⁵), which stays short and exact enough however large the number is.
const LARGEST_WRITTEN_OUT: f64 = 1e15;

/// What a number that is not a number shows.
const NOT_A_NUMBER: &str = "–";

/// A number that is infinite or not a number, as the page writes it; None for a finite one.
fn not_finite(value: f64) -> Option<String> {
    if value.is_nan() {
        Some(NOT_A_NUMBER.to_string())
    } else if value.is_infinite() {
        Some(if value > 0.0 { "∞" } else { "−∞" }.to_string())
    } else {
        None
    }
}

/// A number in scientific form with superscript powers: 1.0×10³⁰⁸, −2.5×10¹⁵, 1×10⁻²¹.
/// `precision` is the number of decimals of the mantissa, or None for as many as it takes.
fn scientific(value: f64, precision: Option<usize>) -> String {
    let written = match precision {
        Some(decimals) => format!("{:.*e}", decimals, value.abs()),
        None => format!("{:e}", value.abs()),
    };
    let (mantissa, exponent) = written.split_once('e').unwrap_or((&written, "0"));
    let power: String = exponent
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect();
    let sign = if value < 0.0 { "−" } else { "" };
    format!("{sign}{mantissa}×10{power}")
}

/// A whole number with thousands separators and a true minus sign: 137,266 or −1,234. Numbers
/// from 10¹⁵ up are written 1.0×10¹⁵; infinities as ∞ and −∞; a value that is not a number as –.
pub fn whole(value: f64) -> String {
    if let Some(text) = not_finite(value) {
        return text;
    }
    let rounded = value.round();
    if rounded.abs() >= LARGEST_WRITTEN_OUT {
        return scientific(rounded, Some(1));
    }
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

/// A number exactly as short as it can be written: 0.5, 120, −3.25; in scientific form when that
/// is shorter than 16 characters would allow (1×10³⁰⁸, 1.5×10⁻²¹). For numbers read from a link,
/// which may be any size.
pub fn exact(value: f64) -> String {
    if let Some(text) = not_finite(value) {
        return text;
    }
    let plain = value.abs().to_string();
    let sign = if value < 0.0 { "−" } else { "" };
    if plain.len() <= 16 {
        format!("{sign}{plain}")
    } else {
        scientific(value, None)
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
    let (year, month) = (usize::from(FIRST_YEAR) + index / 12, index % 12 + 1);
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
        Lang::En => match MONTHS_EN.get(usize::from(m).wrapping_sub(1)) {
            Some(name) => format!("{d} {name} {y}"),
            None => format!("{y}-{m:02}-{d:02}"),
        },
        Lang::Ja => format!("{y}年{m}月{d}日"),
        Lang::Ko => format!("{y}년 {m}월 {d}일"),
    }
}

/// A short number for an axis: "38k", "3.1k", "25.0M" in English; "3.8万", "2.5億" in Japanese
/// and "3.8만", "2.5억" in Korean, which count in ten thousands.
pub fn compact_number(lang: Lang, value: f64) -> String {
    let magnitude = value.abs();
    if !value.is_finite() || magnitude >= LARGEST_WRITTEN_OUT {
        return whole(value);
    }
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
    if !usd.is_finite() || magnitude >= LARGEST_WRITTEN_OUT {
        // Too large (or not a number) for millions: the whole amount, in dollars.
        let amount = whole(usd);
        return match lang {
            Lang::En => match amount.strip_prefix('−') {
                Some(positive) => format!("−${positive}"),
                None => format!("${amount}"),
            },
            Lang::Ja => format!("{amount}ドル"),
            Lang::Ko => format!("{amount} 달러"),
        };
    }
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
    fn numbers_of_any_size_are_written_correctly_and_briefly() {
        // Beyond what an i64 holds, nothing saturates at 9,223,372,036,854,775,807.
        assert_eq!(whole(1e308), "1.0×10³⁰⁸");
        assert_eq!(whole(-2.5e19), "−2.5×10¹⁹");
        assert_eq!(whole(999_999_999_999_999.0), "999,999,999,999,999");
        assert_eq!(whole(1e15), "1.0×10¹⁵");
        assert_eq!(whole(f64::INFINITY), "∞");
        assert_eq!(whole(f64::NEG_INFINITY), "−∞");
        assert_eq!(whole(f64::NAN), "–");
        assert_eq!(whole(-0.4), "0");
        assert_eq!(signed(1e308), "+1.0×10³⁰⁸");
        assert_eq!(signed(-1e300), "−1.0×10³⁰⁰");
        assert_eq!(exact(1e308), "1×10³⁰⁸");
        assert_eq!(exact(1.5e-21), "1.5×10⁻²¹");
        assert_eq!(exact(-12.5), "−12.5");
        assert_eq!(exact(120.0), "120");
        assert_eq!(money_millions(Lang::En, 1e308), "$1.0×10³⁰⁸");
        assert_eq!(money_millions(Lang::En, -1e20), "−$1.0×10²⁰");
        assert_eq!(money_millions(Lang::Ja, 1e308), "1.0×10³⁰⁸ドル");
        assert_eq!(money_millions(Lang::Ko, f64::NAN), "– 달러");
        assert_eq!(compact_number(Lang::En, -1e308), "−1.0×10³⁰⁸");
        assert_eq!(month_year(Lang::En, 12 * 10_000), "January 12018");
        let extremes = [
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            9.3e18,
            -9.3e18,
            1e200,
            f64::INFINITY,
            f64::NAN,
        ];
        for value in extremes {
            let mut written = vec![whole(value), signed(value), exact(value)];
            for lang in Lang::ALL {
                written.push(compact_number(lang, value));
                written.push(money_millions(lang, value));
            }
            for text in written {
                // At most 17 significant digits and a power of ten.
                assert!(text.chars().count() <= 28, "{value}: {text}");
                assert!(!text.contains("9,223,372"), "{value}: {text}");
            }
        }
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

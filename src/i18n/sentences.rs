//! Sentences built from the model's and the scenario module's data: what changed, what a link
//! could not use, why a file was refused.

use super::names::{material, material_lower};
use super::{money_millions, month_year, text_with, whole, Arg, Lang};
use crate::model::summary::Finding;
use crate::scenario::codec::{Problem, Warning};
use crate::scenario::file::FileError;

/// A finding about a run as a sentence.
pub fn finding(lang: Lang, finding: &Finding) -> String {
    let days = |d: f64| whole(d);
    match finding {
        Finding::Unchanged {
            material: m,
            baseline_days,
        } => text_with(
            lang,
            "finding-unchanged",
            &[
                ("material", material(lang, *m).into()),
                ("days", days(*baseline_days).into()),
            ],
        ),
        Finding::Peak {
            material: m,
            days: peak,
            month,
            above,
            domestic,
        } => {
            let mut args: Vec<(&str, Arg)> = vec![
                ("material", material(lang, *m).into()),
                ("days", days(*peak).into()),
                ("month", month_year(lang, *month).into()),
                ("above", days(*above).into()),
            ];
            match domestic {
                Some((share, at)) => {
                    args.push(("share", whole(100.0 * share).into()));
                    args.push(("domestic-month", month_year(lang, *at).into()));
                    text_with(lang, "finding-peak-domestic", &args)
                }
                None => text_with(lang, "finding-peak", &args),
            }
        }
        Finding::ExportsLost {
            material: m,
            tonnes,
            usd,
            jp_share_end,
        } => text_with(
            lang,
            "finding-exports",
            &[
                ("material", material_lower(lang, *m).into()),
                ("tonnes", whole(*tonnes).into()),
                ("money", money_millions(lang, *usd).into()),
                ("share", whole(100.0 * jp_share_end).into()),
            ],
        ),
        Finding::Shortfall {
            material: m,
            months,
        } => text_with(
            lang,
            "finding-shortfall",
            &[
                ("material", material_lower(lang, *m).into()),
                ("months", (*months).into()),
            ],
        ),
    }
}

/// A warning about a link as "key: what was wrong".
pub fn warning(lang: Lang, warning: &Warning) -> String {
    let t = |id: &str, args: &[(&str, Arg)]| text_with(lang, id, args);
    let message = match &warning.problem {
        Problem::TooLong { bytes, max } => t(
            "warning-too-long",
            &[
                ("bytes", bytes.to_string().into()),
                ("max", max.to_string().into()),
            ],
        ),
        Problem::Version { value, current } => t(
            "warning-version",
            &[
                ("version", value.as_str().into()),
                ("current", current.to_string().into()),
            ],
        ),
        Problem::Preset { value, known } => t(
            "warning-preset",
            &[
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::State { item, value, known } => t(
            "warning-state",
            &[
                ("item", item.as_str().into()),
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::Date { item, value } => t(
            "warning-date",
            &[
                ("item", item.as_str().into()),
                ("value", value.as_str().into()),
            ],
        ),
        Problem::Clamped {
            param,
            value,
            min,
            max,
            applied,
        } => {
            let unit = super::names::param_unit(lang, &param.view());
            t(
                "warning-clamped",
                &[
                    ("value", value.as_str().into()),
                    ("min", min.as_str().into()),
                    ("max", max.as_str().into()),
                    ("unit", unit.into()),
                    ("applied", applied.as_str().into()),
                ],
            )
        }
        Problem::NotNumber { value, default } => t(
            "warning-not-number",
            &[
                ("value", value.as_str().into()),
                ("default", default.as_str().into()),
            ],
        ),
        Problem::Unknown => t("warning-unknown", &[]),
        Problem::Retired { version } => t(
            "warning-retired",
            &[("version", version.to_string().into())],
        ),
        Problem::TooManyChanges {
            max,
            count,
            dropped,
        } => t(
            "warning-too-many-changes",
            &[
                ("max", max.to_string().into()),
                ("count", count.to_string().into()),
                ("dropped", dropped.join(", ").into()),
            ],
        ),
        Problem::Packed => t("warning-packed", &[]),
        Problem::MoreWarnings { count } => {
            t("warning-more", &[("count", count.to_string().into())])
        }
        Problem::ComparePreset => t("warning-compare-preset", &[]),
        Problem::Material { value, known } => t(
            "warning-material",
            &[
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::OneOrZero { value } => {
            t("warning-one-or-zero", &[("value", value.as_str().into())])
        }
        Problem::OneOf { value, known } => t(
            "warning-one-of",
            &[
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::Chart { value, known } => t(
            "warning-chart",
            &[
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::NoChart => t("warning-no-chart", &[]),
        Problem::NeedsEmbed => t("warning-needs-embed", &[]),
        Problem::NeedsLesson => t("warning-needs-lesson", &[]),
        Problem::Language { value, known } => t(
            "warning-language",
            &[
                ("value", value.as_str().into()),
                ("known", known.as_str().into()),
            ],
        ),
    };
    if warning.key.is_empty() {
        message
    } else {
        format!("{}: {message}", warning.key)
    }
}

/// Why a file was refused, as a sentence.
pub fn file_error(lang: Lang, error: &FileError) -> String {
    match error {
        FileError::TooLarge { bytes, max } => text_with(
            lang,
            "file-too-large",
            &[
                ("bytes", whole(*bytes as f64).into()),
                ("max", whole(*max as f64).into()),
            ],
        ),
        FileError::NotScenario { reason } => text_with(
            lang,
            "file-not-scenario",
            &[("reason", reason.as_str().into())],
        ),
        FileError::WrongFormat { format } => text_with(
            lang,
            "file-wrong-format",
            &[("format", format.as_str().into())],
        ),
        FileError::WrongVersion { version } => text_with(
            lang,
            "file-wrong-version",
            &[("version", version.to_string().into())],
        ),
        FileError::LinkTooLong { bytes, max } => text_with(
            lang,
            "file-link-too-long",
            &[
                ("bytes", whole(*bytes as f64).into()),
                ("max", whole(*max as f64).into()),
            ],
        ),
        FileError::Unreadable { reason } => text_with(
            lang,
            "file-unreadable",
            &[("reason", reason.as_str().into())],
        ),
    }
}

/// Why the page does not hand out a link (copy, embed, address bar): it would be too long to read
/// back.
pub fn link_refusal(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { bytes, max } => text_with(
            lang,
            "link-too-long-to-share",
            &[
                ("bytes", whole(*bytes as f64).into()),
                ("max", whole(*max as f64).into()),
            ],
        ),
        other => warning(
            lang,
            &Warning {
                key: String::new(),
                problem: other.clone(),
            },
        ),
    }
}

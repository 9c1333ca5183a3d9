//! Sentences built from the model's and the scenario module's data: what changed, what a link
//! could not use, why a file or a lesson was refused.
//!
//! Text from outside the page (a link's keys and values, a file's fields, a parser's reasons) is
//! quoted cut to a sensible length and directionally isolated (see [`quoted`]): however long it is,
//! and whatever direction marks it holds, it stays a piece of the sentence.

use super::names::{self, material, material_lower};
use super::{
    date_text, exact, money_millions, month_year, quoted, quoted_reason, text, text_with, whole,
    Arg, Lang,
};
use crate::model::measures::{Adjustment, MAX_SCHEDULE_CHANGES};
use crate::model::summary::{EditEffect, Finding};
use crate::model::time::Date;
use crate::model::MeasureId;
use crate::scenario::codec::{Problem, Warning};
use crate::scenario::file::FileError;
use crate::scenario::lesson::{Fault, GuessProblem, LessonError, MAX_GUESS};
use crate::scenario::saved::Unreadable;

/// A number from outside the page, as written in a sentence: exactly, and short however large it
/// is (1×10³⁰⁸); anything that does not read as a number is quoted as text.
fn number(text: &str) -> Arg {
    match text.parse::<f64>() {
        Ok(value) => exact(value).into(),
        Err(_) => quoted(text).into(),
    }
}

/// A piece of text from outside the page, as a sentence quotes it.
fn outside(text: &str) -> Arg {
    quoted(text).into()
}

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

/// What the last edit did to a material as a sentence: "Hydrogen fluoride: no effect.", or the
/// month before which nothing moved (when it is not the first) and what changed from then on: the
/// peak lead time in whole days, signed, or unchanged when it moved by less than half a day; the
/// Japanese exports lost in whole tonnes, left out when they moved by less than half a tonne.
pub fn edit_effect(lang: Lang, effect: &EditEffect) -> String {
    let name = material(lang, effect.material);
    let Some(first) = effect.first_month else {
        return text_with(lang, "edit-effect-none", &[("material", name.into())]);
    };
    let days = effect.peak_days_change.round();
    let peak = if days.abs() < 0.5 {
        text(lang, "edit-effect-peak-unchanged")
    } else if days > 0.0 {
        text_with(
            lang,
            "edit-effect-peak-longer",
            &[("days", Arg::Count(days))],
        )
    } else {
        text_with(
            lang,
            "edit-effect-peak-shorter",
            &[("days", Arg::Count(-days))],
        )
    };
    let tonnes = effect.exports_lost_change_t;
    let changes = if tonnes.abs() < 0.5 {
        peak
    } else {
        let exports = if tonnes > 0.0 {
            text_with(
                lang,
                "edit-effect-exports-more",
                &[("tonnes", whole(tonnes).into())],
            )
        } else {
            text_with(
                lang,
                "edit-effect-exports-fewer",
                &[("tonnes", whole(-tonnes).into())],
            )
        };
        text_with(
            lang,
            "edit-effect-and",
            &[("first", peak.into()), ("second", exports.into())],
        )
    };
    if first == 0 {
        text_with(
            lang,
            "edit-effect-throughout",
            &[("material", name.into()), ("changes", changes.into())],
        )
    } else {
        text_with(
            lang,
            "edit-effect-from",
            &[
                ("material", name.into()),
                ("month", month_year(lang, first).into()),
                ("changes", changes.into()),
            ],
        )
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
                ("version", outside(value)),
                ("current", current.to_string().into()),
            ],
        ),
        Problem::Preset { value, known } => t(
            "warning-preset",
            &[("value", outside(value)), ("known", known.as_str().into())],
        ),
        Problem::State { item, value, known } => t(
            "warning-state",
            &[
                ("item", outside(item)),
                ("value", outside(value)),
                ("known", known.as_str().into()),
            ],
        ),
        Problem::Date { item, value } => t(
            "warning-date",
            &[("item", outside(item)), ("value", outside(value))],
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
                    ("value", number(value)),
                    ("min", number(min)),
                    ("max", number(max)),
                    ("unit", unit.into()),
                    ("applied", number(applied)),
                ],
            )
        }
        Problem::NotNumber { value, default } => t(
            "warning-not-number",
            &[
                ("value", outside(value)),
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
                ("count", whole(*count as f64).into()),
                ("dropped", dropped.join(", ").into()),
            ],
        ),
        Problem::Packed => t("warning-packed", &[]),
        Problem::NotInFile => t("warning-not-in-file", &[]),
        Problem::StepFromOne { value } => t("warning-step-from-one", &[("value", outside(value))]),
        Problem::SameDate { date, count } => t(
            "warning-same-date",
            &[
                ("date", date.as_str().into()),
                ("count", count.to_string().into()),
            ],
        ),
        Problem::MoreWarnings { count } => {
            t("warning-more", &[("count", whole(*count as f64).into())])
        }
        Problem::ComparePreset => t("warning-compare-preset", &[]),
        Problem::Material { value, known } => t(
            "warning-material",
            &[("value", outside(value)), ("known", known.as_str().into())],
        ),
        Problem::OneOrZero { value } => t("warning-one-or-zero", &[("value", outside(value))]),
        Problem::OneOf { value, known } => t(
            "warning-one-of",
            &[("value", outside(value)), ("known", known.as_str().into())],
        ),
        Problem::Chart { value, known } => t(
            "warning-chart",
            &[("value", outside(value)), ("known", known.as_str().into())],
        ),
        Problem::NoChart => t("warning-no-chart", &[]),
        Problem::NeedsEmbed => t("warning-needs-embed", &[]),
        Problem::NeedsLesson => t("warning-needs-lesson", &[]),
        Problem::Language { value, known } => t(
            "warning-language",
            &[("value", outside(value)), ("known", known.as_str().into())],
        ),
    };
    if warning.key.is_empty() {
        message
    } else {
        format!("{}: {message}", quoted(&warning.key))
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
            &[("reason", quoted_reason(reason).into())],
        ),
        FileError::WrongFormat { format } => {
            text_with(lang, "file-wrong-format", &[("format", outside(format))])
        }
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
        FileError::LinkDamaged => text_with(lang, "file-link-damaged", &[]),
        FileError::Unreadable { reason } => text_with(
            lang,
            "file-unreadable",
            &[("reason", quoted_reason(reason).into())],
        ),
    }
}

/// Why a file or message whose link cannot be used was refused: nothing was changed.
pub fn refusal(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { bytes, max } => text_with(
            lang,
            "refused-too-long",
            &[
                ("bytes", whole(*bytes as f64).into()),
                ("max", whole(*max as f64).into()),
            ],
        ),
        other => text_with(
            lang,
            "refused-unusable",
            &[(
                "problem",
                warning(
                    lang,
                    &Warning {
                        key: String::new(),
                        problem: other.clone(),
                    },
                )
                .into(),
            )],
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

/// Why a lesson was refused, as a sentence (what follows "This lesson could not be used:").
pub fn lesson_error(lang: Lang, error: &LessonError) -> String {
    let count = |n: usize| whole(n as f64);
    match error {
        LessonError::TooLarge { bytes, max } => text_with(
            lang,
            "lesson-error-too-large",
            &[("bytes", count(*bytes).into()), ("max", count(*max).into())],
        ),
        LessonError::NotLesson { reason } => text_with(
            lang,
            "lesson-error-not-lesson",
            &[("reason", quoted_reason(reason).into())],
        ),
        LessonError::WrongFormat { format } => {
            text_with(lang, "lesson-error-format", &[("format", outside(format))])
        }
        LessonError::WrongVersion { version } => text_with(
            lang,
            "lesson-error-version",
            &[("version", version.to_string().into())],
        ),
        LessonError::StepCount { count: steps, max } => text_with(
            lang,
            "lesson-error-steps",
            &[("count", count(*steps).into()), ("max", count(*max).into())],
        ),
        LessonError::Unreadable { reason } => text_with(
            lang,
            "lesson-error-unreadable",
            &[("reason", quoted_reason(reason).into())],
        ),
        LessonError::At { path, fault } => {
            // The path is the page's own words (`steps[2].title.ja`): its language was checked.
            let path: Arg = path.as_str().into();
            match fault {
                Fault::NoText => text_with(lang, "lesson-error-no-text", &[("path", path)]),
                Fault::NotLanguage { lang: value } => text_with(
                    lang,
                    "lesson-error-language",
                    &[("path", path), ("value", outside(value))],
                ),
                Fault::TextTooLong { max } => text_with(
                    lang,
                    "lesson-error-text-too-long",
                    &[("path", path), ("max", count(*max).into())],
                ),
                Fault::Link(problem) => text_with(
                    lang,
                    "lesson-error-link",
                    &[("path", path), ("problem", warning(lang, problem).into())],
                ),
                Fault::Control { value } => text_with(
                    lang,
                    "lesson-error-control",
                    &[("path", path), ("value", outside(value))],
                ),
                Fault::Chart { value } => text_with(
                    lang,
                    "lesson-error-chart",
                    &[("path", path), ("value", outside(value))],
                ),
                Fault::Material { value } => text_with(
                    lang,
                    "lesson-error-material",
                    &[("path", path), ("value", outside(value))],
                ),
                Fault::Figure { value } => text_with(
                    lang,
                    "lesson-error-figure",
                    &[("path", path), ("value", outside(value))],
                ),
            }
        }
    }
}

/// Why a guess cannot be taken, as a sentence.
pub fn guess_problem(lang: Lang, problem: GuessProblem) -> String {
    match problem {
        GuessProblem::NotNumber => text_with(lang, "lesson-guess-not-number", &[]),
        GuessProblem::OutOfRange => text_with(
            lang,
            "lesson-guess-out-of-range",
            &[
                ("min", whole(-MAX_GUESS).into()),
                ("max", whole(MAX_GUESS).into()),
            ],
        ),
    }
}

/// Why the saved scenarios could not be read, as a phrase (what follows "could not be read:").
pub fn saved_unreadable(lang: Lang, reason: &Unreadable) -> String {
    match reason {
        Unreadable::TooLarge { bytes, max } => text_with(
            lang,
            "saved-reason-too-large",
            &[
                ("bytes", whole(*bytes as f64).into()),
                ("max", whole(*max as f64).into()),
            ],
        ),
        Unreadable::NotList { reason } => text_with(
            lang,
            "saved-reason-not-list",
            &[("reason", quoted_reason(reason).into())],
        ),
        Unreadable::Version { version } => text_with(
            lang,
            "saved-reason-version",
            &[("version", version.to_string().into())],
        ),
    }
}

/// What making a measure's schedule canonical did to an edit, as a sentence.
pub fn schedule_adjustment(lang: Lang, measure: MeasureId, adjustment: &Adjustment) -> String {
    let date = |d: Date| -> Arg { date_text(lang, d).into() };
    let state = |index: usize| -> Arg { names::state(lang, measure, index).into() };
    match *adjustment {
        Adjustment::Sorted {
            date: moved,
            before,
        } => text_with(
            lang,
            "schedule-sorted",
            &[("date", date(moved)), ("before", date(before))],
        ),
        Adjustment::SameDate {
            date: on,
            state: kept,
        } => text_with(
            lang,
            "schedule-same-date",
            &[("date", date(on)), ("state", state(kept))],
        ),
        Adjustment::Redundant {
            date: on,
            state: index,
            since: Some(since),
        } => text_with(
            lang,
            "schedule-redundant",
            &[
                ("date", date(on)),
                ("state", state(index)),
                ("measure", names::measure(lang, measure).into()),
                ("since", date(since)),
            ],
        ),
        Adjustment::Redundant {
            date: on,
            state: index,
            since: None,
        } => text_with(
            lang,
            "schedule-redundant-start",
            &[
                ("date", date(on)),
                ("state", state(index)),
                ("measure", names::measure(lang, measure).into()),
            ],
        ),
        Adjustment::OverCap { dropped } => text_with(
            lang,
            "schedule-over-cap",
            &[
                ("dropped", dropped.into()),
                ("max", MAX_SCHEDULE_CHANGES.into()),
            ],
        ),
    }
}

/// Why a date typed into a schedule was not taken, and the date the change keeps.
pub fn schedule_date_needed(lang: Lang, kept: Date) -> String {
    text_with(
        lang,
        "schedule-date-needed",
        &[
            ("first", date_text(lang, Date::START).into()),
            ("last", date_text(lang, Date::END).into()),
            ("date", date_text(lang, kept).into()),
        ],
    )
}

/// A schedule as one line: "As it happened: Individual from 4 July 2019, Bulk from 16 March 2023".
pub fn history_line(lang: Lang, measure: MeasureId, changes: &[(Date, usize)]) -> String {
    let separator = text_with(lang, "measure-history-separator", &[]);
    let list = changes
        .iter()
        .map(|&(on, index)| {
            text_with(
                lang,
                "measure-history-change",
                &[
                    ("state", names::state(lang, measure, index).into()),
                    ("date", date_text(lang, on).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(&separator);
    text_with(lang, "measure-history-line", &[("changes", list.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{plain, MAX_QUOTED_CHARS};
    use crate::scenario::decode_link;

    fn words_in(lang: Lang, link: &str) -> Vec<String> {
        let (_, warnings) = decode_link(link);
        warnings.iter().map(|w| warning(lang, w)).collect()
    }

    fn words(link: &str) -> Vec<String> {
        words_in(Lang::En, link)
    }

    #[test]
    fn a_huge_number_in_a_link_is_written_briefly() {
        let link = format!("v=3&notice_days=1{}", "0".repeat(308));
        let warning = &words(&link)[0];
        assert_eq!(
            plain(warning),
            "notice_days: 1×10³⁰⁸ is outside 0..60 days; 60 is used"
        );
        let negative = &words("v=3&notice_days=-5")[0];
        assert!(plain(negative).starts_with("notice_days: −5 is outside"));
    }

    #[test]
    fn long_keys_and_values_are_cut_in_warnings() {
        let key = "k".repeat(3000);
        let warning = &words(&format!("v=3&{key}=1"))[0];
        assert!(warning.chars().count() < MAX_QUOTED_CHARS + 40, "{warning}");
        assert!(plain(warning).starts_with(&format!("{}…: unknown", "k".repeat(39))));
        let value = "x".repeat(3000);
        let warning = &words(&format!("v=3&show={value}"))[0];
        assert!(warning.chars().count() < 120, "{warning}");
        let file = file_error(
            Lang::En,
            &FileError::WrongFormat {
                format: "f".repeat(3000),
            },
        );
        assert!(file.chars().count() < 120, "{file}");
    }

    #[test]
    fn text_from_a_link_cannot_reorder_the_sentence_around_it() {
        for lang in Lang::ALL {
            let warning = &words_in(lang, "v=3&%E2%80%AEabc=1&show=%E2%80%AEhf")[0];
            // The key, with its right-to-left override, sits inside an isolate that closes
            // before the sentence goes on.
            assert!(
                warning.starts_with("\u{2068}\u{202E}abc\u{2069}: "),
                "{lang:?}: {warning:?}"
            );
            for sentence in words_in(lang, "v=3&show=%E2%80%AEhf&lang=%E2%80%AEen") {
                let opened = sentence.matches('\u{2068}').count();
                assert_eq!(opened, sentence.matches('\u{2069}').count());
                assert!(opened >= 2, "{sentence:?}");
                let override_at = sentence.find('\u{202E}').expect("kept");
                let closed_at = sentence[override_at..].find('\u{2069}');
                assert!(closed_at.is_some(), "{sentence:?}");
            }
        }
        // The command line and the message API get the sentence without the marks.
        let (_, warnings) = decode_link("v=3&colour=red");
        assert_eq!(warnings[0].to_string(), "colour: unknown setting, ignored");
    }

    #[test]
    fn every_schedule_adjustment_is_worded_with_its_dates() {
        let date = |t: &str| Date::parse(t).unwrap();
        let adjustments = [
            Adjustment::Sorted {
                date: date("2019-09-01"),
                before: date("2019-12-16"),
            },
            Adjustment::SameDate {
                date: date("2019-12-16"),
                state: 1,
            },
            Adjustment::Redundant {
                date: date("2019-12-16"),
                state: 1,
                since: Some(date("2019-09-01")),
            },
            Adjustment::Redundant {
                date: date("2019-12-16"),
                state: 0,
                since: None,
            },
        ];
        for lang in Lang::ALL {
            let on = date_text(lang, date("2019-12-16"));
            for adjustment in &adjustments {
                let text = schedule_adjustment(lang, MeasureId::Dialogue, adjustment);
                assert!(text.contains(&on), "{lang:?} {adjustment:?}: {text}");
                assert!(!text.contains('['), "{lang:?}: {text}");
            }
            let sorted = schedule_adjustment(lang, MeasureId::Dialogue, &adjustments[0]);
            assert!(
                sorted.contains(&date_text(lang, date("2019-09-01"))),
                "{sorted}"
            );
            let redundant = schedule_adjustment(lang, MeasureId::Dialogue, &adjustments[2]);
            assert!(redundant.contains(&names::state(lang, MeasureId::Dialogue, 1)));
            assert!(redundant.contains(&date_text(lang, date("2019-09-01"))));
            let over = schedule_adjustment(
                lang,
                MeasureId::Dialogue,
                &Adjustment::OverCap { dropped: 3 },
            );
            assert!(
                over.contains('3') && over.contains("24") && !over.contains('['),
                "{over}"
            );
            let needed = schedule_date_needed(lang, date("2023-03-16"));
            assert!(
                needed.contains(&date_text(lang, date("2023-03-16"))),
                "{needed}"
            );
            assert!(needed.contains(&date_text(lang, Date::START)), "{needed}");
            let line = history_line(
                lang,
                MeasureId::LicensingHf,
                &[(date("2019-07-04"), 1), (date("2023-03-16"), 0)],
            );
            assert!(
                line.contains(&date_text(lang, date("2019-07-04"))),
                "{line}"
            );
            assert!(
                line.contains(&names::state(lang, MeasureId::LicensingHf, 1)),
                "{line}"
            );
            assert!(!line.contains('['), "{line}");
        }
        assert_eq!(
            schedule_adjustment(Lang::En, MeasureId::Dialogue, &adjustments[2]),
            "The change on 16 December 2019 to Resumed was removed: Export-control dialogue was already Resumed from 1 September 2019."
        );
        assert_eq!(
            history_line(
                Lang::Ko,
                MeasureId::LicensingHf,
                &[(date("2019-07-04"), 1), (date("2023-03-16"), 0)]
            ),
            "실제 경과: 2019년 7월 4일부터 개별허가, 2023년 3월 16일부터 포괄허가"
        );
    }

    #[test]
    fn each_licensing_help_speaks_of_its_own_material_only() {
        use crate::model::Material;
        for lang in Lang::ALL {
            for own in Material::ALL {
                let help = names::measure_help(lang, MeasureId::licensing(own));
                for m in Material::ALL {
                    let name = material_lower(lang, m);
                    assert_eq!(help.contains(&name), m == own, "{lang:?} {own:?}: {help}");
                }
            }
        }
    }

    #[test]
    fn an_edit_s_effect_is_worded_from_its_first_month() {
        use crate::model::summary::{edit_effects, headlines};
        use crate::model::time::{month_label, Date};
        use crate::model::{simulate, Material, MeasureId, Measures, Run};
        use crate::scenario::Preset;
        let history = Preset::History.scenario();
        let params = &history.params;
        let baseline = simulate(&Measures::default(), params);
        let effects = |before: &Run, after: &Run| {
            edit_effects(
                before,
                after,
                &headlines(before, &baseline),
                &headlines(after, &baseline),
            )
        };
        let before = simulate(&history.measures, params);
        // Japan lifts HF licensing in September 2023 rather than March.
        let mut later = history.measures.clone();
        let mut changes = later.changes_of(MeasureId::LicensingHf);
        let lifting = changes.last_mut().expect("history lifts licensing");
        assert_eq!(lifting.0, Date::parse("2023-03-16").unwrap());
        lifting.0 = Date::parse("2023-09-01").unwrap();
        later.set_changes(MeasureId::LicensingHf, &changes);
        let after = simulate(&later, params);
        let hf = &effects(&before, &after)[Material::Hf.index()];
        let first = hf.first_month.expect("a later lifting moves HF");
        let year = month_label(first);
        assert!(
            year.starts_with("2022") || year.starts_with("2023"),
            "{year}"
        );
        let sentence = edit_effect(Lang::En, hf);
        assert!(sentence.starts_with("Hydrogen fluoride: "), "{sentence}");
        assert!(sentence.contains("no effect before"), "{sentence}");
        for lang in Lang::ALL {
            let worded = edit_effect(lang, hf);
            assert!(!worded.contains('['), "{lang:?}: {worded}");
            assert!(
                worded.contains(&month_year(lang, first)),
                "{lang:?}: {worded}"
            );
        }
        for effect in effects(&before, &before) {
            assert_eq!(effect.first_month, None);
            let sentence = edit_effect(Lang::En, &effect);
            assert!(sentence.ends_with(": no effect."), "{sentence}");
        }
        // Against the baseline, history moves HF from 2019, and the exports lost are worded.
        let from_baseline = &effects(&baseline, &before)[Material::Hf.index()];
        let first = from_baseline.first_month.expect("history moves HF");
        assert_eq!(month_label(first).get(..4), Some("2019"));
        let sentence = edit_effect(Lang::En, from_baseline);
        assert!(sentence.contains("days, "), "{sentence}");
        assert!(
            sentence.contains(" t more Japanese exports lost."),
            "{sentence}"
        );
        let worded = |effect: EditEffect| edit_effect(Lang::En, &effect);
        let effect = EditEffect {
            material: Material::Photoresist,
            first_month: Some(26),
            peak_days_change: -3.2,
            exports_lost_change_t: -1234.4,
            jp_share_end_change: 0.01,
        };
        assert_eq!(
            worded(effect.clone()),
            "Photoresist: no effect before March 2020; from then on, peak lead time −3 days, \
             1,234 t fewer Japanese exports lost."
        );
        assert_eq!(
            worded(EditEffect {
                first_month: Some(0),
                peak_days_change: 1.0,
                exports_lost_change_t: 0.3,
                ..effect.clone()
            }),
            "Photoresist: peak lead time +1 day."
        );
        assert_eq!(
            worded(EditEffect {
                peak_days_change: 0.4,
                ..effect
            }),
            "Photoresist: no effect before March 2020; from then on, peak lead time unchanged, \
             1,234 t fewer Japanese exports lost."
        );
    }
}

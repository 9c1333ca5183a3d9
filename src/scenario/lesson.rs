//! Lessons: a path through scenarios that a class can follow. A lesson is data in a documented
//! JSON form (see the README): steps, each with a scenario link, a text in one or more languages,
//! the control and chart to look at, and an optional question whose answer the model computes.
//! The built-in story of the 2019 dispute is itself such a file (lessons/story.json).

use super::codec::{decode_link, Warning};
use super::view::{ChartId, Link};
use crate::i18n::Lang;
use crate::model::params::find_param;
use crate::model::summary::Headline;
use crate::model::{Material, MeasureId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the `format` field of every lesson says.
pub const FORMAT: &str = "chokepoint-lesson";
/// Largest lesson read at all, as JSON text. At this size a lesson of ordinary text (and even one of
/// printable characters drawn at random) fits in a link together with the biggest scenarios (see
/// `codec::tests::a_lesson_at_the_cap_fits_in_a_link_with_the_biggest_scenarios`); text that does
/// not compress at all may not, and then the page does not write the link and says so.
pub const MAX_LESSON_BYTES: usize = 40 * 1024;
/// Most steps a lesson may have.
pub const MAX_STEPS: usize = 40;
/// Longest text of one language in a lesson, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// The built-in story of the dispute.
pub const STORY: &str = include_str!("../../lessons/story.json");

/// A text in the languages its author wrote it in, by language id (`en`, `ja`, `ko`).
pub type Texts = BTreeMap<String, String>;

/// The text in a language: that language's, else English, else the first one written.
pub fn in_language(texts: &Texts, lang: Lang) -> &str {
    texts
        .get(lang.id())
        .or_else(|| texts.get(Lang::En.id()))
        .or_else(|| texts.values().next())
        .map_or("", String::as_str)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub format: String,
    pub version: u32,
    pub title: Texts,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Texts,
    pub text: Texts,
    /// The scenario of the step, as a link's query string.
    pub link: String,
    /// The control to look at: a measure (`licensing_hf`) or a parameter key (`hf.review_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<String>,
    /// The chart to look at (`lead-time`, `jp-exports`, `supply`, `inventory`, `attribution`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Question>,
}

/// "Predict, then reveal": the reader guesses a headline figure of the step's scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub prompt: Texts,
    /// `hf`, `photoresist` or `polyimide`.
    pub material: String,
    /// One of [`Figure::ALL`]'s ids.
    pub figure: String,
    /// The scenario the answer is set against, as a link's query string: the step's scenario
    /// without the change the question is about. The reveal gives its figure too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare: Option<String>,
    /// Why the answer is what it is, shown with it. `{answer}`, `{compare}` and `{change}` stand
    /// for the model's answer, the comparison's figure and the distance between them.
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub explain: Texts,
}

/// A headline figure a question can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    PeakLeadTimeDays,
    ExportsLostT,
    JpShareEndPercent,
    LicenceWait2020Days,
}

impl Figure {
    pub const ALL: [Figure; 4] = [
        Figure::PeakLeadTimeDays,
        Figure::ExportsLostT,
        Figure::JpShareEndPercent,
        Figure::LicenceWait2020Days,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Figure::PeakLeadTimeDays => "peak_lead_time_days",
            Figure::ExportsLostT => "exports_lost_t",
            Figure::JpShareEndPercent => "jp_share_end_percent",
            Figure::LicenceWait2020Days => "licence_wait_2020_days",
        }
    }

    pub fn from_id(id: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The unit a figure is in: `days`, `t` or `percent`.
    pub fn unit(self) -> &'static str {
        match self {
            Figure::PeakLeadTimeDays | Figure::LicenceWait2020Days => "days",
            Figure::ExportsLostT => "t",
            Figure::JpShareEndPercent => "percent",
        }
    }

    /// The figure in a headline.
    pub fn of(self, headline: &Headline) -> f64 {
        match self {
            Figure::PeakLeadTimeDays => headline.peak_lead_time_days,
            Figure::ExportsLostT => headline.jp_exports_loss_t,
            Figure::JpShareEndPercent => 100.0 * headline.jp_share_at_end,
            Figure::LicenceWait2020Days => headline.licence_wait_2020_days,
        }
    }
}

impl Step {
    /// The step's scenario (and material, if its link names one).
    pub fn scenario(&self) -> Link {
        decode_link(&self.link).0
    }

    pub fn measure(&self) -> Option<MeasureId> {
        let control = self.control.as_deref()?;
        MeasureId::ALL.into_iter().find(|m| m.id() == control)
    }

    pub fn chart(&self) -> Option<ChartId> {
        ChartId::from_id(self.chart.as_deref()?)
    }
}

/// The model's answer to a question: the figure under the step's scenario, and under the
/// question's comparison if it has one (each at its own parameters, against the baseline at them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answer {
    pub value: f64,
    pub compare: Option<f64>,
}

/// A headline figure of the scenario of a link.
pub fn figure_of(link: &str, material: Material, figure: Figure) -> f64 {
    let scenario = decode_link(link).0.scenario;
    let run = crate::model::simulate(&scenario.measures, &scenario.params);
    let base = crate::model::simulate(&crate::model::Measures::default(), &scenario.params);
    figure.of(&crate::model::summary::headlines(&run, &base)[material.index()])
}

/// An explanation with its placeholders filled: `{answer}`, `{compare}` and `{change}` by the
/// texts given (the figures as the page writes them).
pub fn explained(text: &str, answer: &str, compare: &str, change: &str) -> String {
    text.replace("{answer}", answer)
        .replace("{compare}", compare)
        .replace("{change}", change)
}

impl Question {
    /// The model's answer to the question asked at `step`.
    pub fn answer(&self, step: &Step) -> Answer {
        let (material, figure) = (self.material(), self.figure());
        Answer {
            value: figure_of(&step.link, material, figure),
            compare: self
                .compare
                .as_deref()
                .map(|link| figure_of(link, material, figure)),
        }
    }

    pub fn material(&self) -> Material {
        Material::from_id(&self.material).unwrap_or(Material::Hf)
    }

    pub fn figure(&self) -> Figure {
        Figure::from_id(&self.figure).unwrap_or(Figure::PeakLeadTimeDays)
    }
}

impl Lesson {
    /// An empty lesson to record steps into.
    pub fn new(title: Texts) -> Lesson {
        Lesson {
            format: FORMAT.to_string(),
            version: 1,
            title,
            steps: Vec::new(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a plain struct serializes")
    }

    /// The built-in story.
    pub fn story() -> Lesson {
        parse(STORY).expect("the built-in story is a valid lesson")
    }
}

/// Why a lesson was refused, as data; `i18n::lesson_error` words it in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonError {
    /// Longer than [`MAX_LESSON_BYTES`] as JSON text.
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not JSON of the documented form; the parser's reason.
    NotLesson {
        reason: String,
    },
    WrongFormat {
        format: String,
    },
    WrongVersion {
        version: u32,
    },
    /// No step, or more than [`MAX_STEPS`].
    StepCount {
        count: usize,
        max: usize,
    },
    /// A part of the lesson is wrong: `path` names it as the JSON does (`title`,
    /// `steps[2].question.prompt`, ...).
    At {
        path: String,
        fault: Fault,
    },
    /// The browser could not read the file.
    Unreadable {
        reason: String,
    },
}

/// What is wrong with a part of a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A title or prompt without text in any language.
    NoText,
    /// A text keyed by something other than a language of the page.
    NotLanguage {
        lang: String,
    },
    /// A text longer than `max` characters.
    TextTooLong {
        max: usize,
    },
    /// The step's link has a part that cannot be used.
    Link(Box<Warning>),
    /// `control` is neither a measure nor a parameter.
    Control {
        value: String,
    },
    Chart {
        value: String,
    },
    Material {
        value: String,
    },
    Figure {
        value: String,
    },
}

impl std::fmt::Display for LessonError {
    /// The reason in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = crate::i18n::lesson_error(Lang::En, self);
        write!(f, "{}", crate::i18n::plain(&sentence))
    }
}

fn at(path: impl Into<String>, fault: Fault) -> LessonError {
    LessonError::At {
        path: path.into(),
        fault,
    }
}

fn check_texts(path: &str, texts: &Texts, required: bool) -> Result<(), LessonError> {
    if required && texts.values().all(|t| t.trim().is_empty()) {
        return Err(at(path, Fault::NoText));
    }
    for (lang, text) in texts {
        if Lang::from_id(lang).is_none() {
            return Err(at(path, Fault::NotLanguage { lang: lang.clone() }));
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(at(
                format!("{path}.{lang}"),
                Fault::TextTooLong {
                    max: MAX_TEXT_CHARS,
                },
            ));
        }
    }
    Ok(())
}

/// Reads a lesson, or says what is wrong with it (where, and why) as data.
pub fn parse(text: &str) -> Result<Lesson, LessonError> {
    if text.len() > MAX_LESSON_BYTES {
        return Err(LessonError::TooLarge {
            bytes: text.len(),
            max: MAX_LESSON_BYTES,
        });
    }
    let lesson: Lesson = serde_json::from_str(text).map_err(|e| LessonError::NotLesson {
        reason: e.to_string(),
    })?;
    if lesson.format != FORMAT {
        return Err(LessonError::WrongFormat {
            format: lesson.format,
        });
    }
    if lesson.version != 1 {
        return Err(LessonError::WrongVersion {
            version: lesson.version,
        });
    }
    check_texts("title", &lesson.title, true)?;
    if lesson.steps.is_empty() || lesson.steps.len() > MAX_STEPS {
        return Err(LessonError::StepCount {
            count: lesson.steps.len(),
            max: MAX_STEPS,
        });
    }
    for (index, step) in lesson.steps.iter().enumerate() {
        let place = format!("steps[{}]", index + 1);
        check_texts(&format!("{place}.title"), &step.title, true)?;
        check_texts(&format!("{place}.text"), &step.text, false)?;
        let (_, warnings) = decode_link(&step.link);
        if let Some(warning) = warnings.into_iter().next() {
            return Err(at(format!("{place}.link"), Fault::Link(Box::new(warning))));
        }
        if let Some(control) = &step.control {
            if step.measure().is_none() && find_param(control).is_none() {
                return Err(at(
                    format!("{place}.control"),
                    Fault::Control {
                        value: control.clone(),
                    },
                ));
            }
        }
        if let Some(chart) = &step.chart {
            if step.chart().is_none() {
                return Err(at(
                    format!("{place}.chart"),
                    Fault::Chart {
                        value: chart.clone(),
                    },
                ));
            }
        }
        if let Some(question) = &step.question {
            check_texts(&format!("{place}.question.prompt"), &question.prompt, true)?;
            if Material::from_id(&question.material).is_none() {
                return Err(at(
                    format!("{place}.question.material"),
                    Fault::Material {
                        value: question.material.clone(),
                    },
                ));
            }
            if Figure::from_id(&question.figure).is_none() {
                return Err(at(
                    format!("{place}.question.figure"),
                    Fault::Figure {
                        value: question.figure.clone(),
                    },
                ));
            }
            if let Some(compare) = &question.compare {
                let (_, warnings) = decode_link(compare);
                if let Some(warning) = warnings.into_iter().next() {
                    return Err(at(
                        format!("{place}.question.compare"),
                        Fault::Link(Box::new(warning)),
                    ));
                }
            }
            check_texts(
                &format!("{place}.question.explain"),
                &question.explain,
                false,
            )?;
        }
    }
    Ok(lesson)
}

/// A lesson written in the page as the JSON it is kept as, if the page can use it: it must read
/// back (every check of [`parse`], every cap included). Every lesson that reads travels in a link
/// (see [`MAX_LESSON_BYTES`]). Otherwise the reason.
pub fn written(lesson: &Lesson) -> Result<String, LessonError> {
    let json = lesson.to_json();
    parse(&json)?;
    Ok(json)
}

/// Largest guess a question takes, either way: far beyond any figure the model gives.
pub const MAX_GUESS: f64 = 1e9;

/// Why a guess cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessProblem {
    /// The field holds something that is not a number (or an infinite one).
    NotNumber,
    /// A number beyond [`MAX_GUESS`] either way.
    OutOfRange,
}

/// Reads a reader's guess, as a number field gives it: None for an empty field, else the number or
/// why it cannot be taken.
pub fn read_guess(text: &str) -> Option<Result<f64, GuessProblem>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match text.parse::<f64>() {
        Ok(value) if value.is_nan() => Err(GuessProblem::NotNumber),
        Ok(value) if value.abs() > MAX_GUESS => Err(GuessProblem::OutOfRange),
        Ok(value) => Ok(value),
        Err(_) => Err(GuessProblem::NotNumber),
    })
}

/// How far a guess was from the model's answer: (difference, difference as a share of the answer).
pub fn how_far(guess: f64, answer: f64) -> (f64, Option<f64>) {
    let difference = guess - answer;
    (
        difference,
        (answer.abs() > 1e-9).then(|| difference / answer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{simulate, summary::headlines, Measures};

    #[test]
    fn the_story_is_a_valid_lesson_in_three_languages() {
        let story = Lesson::story();
        assert_eq!(story.steps.len(), 8);
        for step in &story.steps {
            for lang in Lang::ALL {
                assert!(step.title.contains_key(lang.id()) && step.text.contains_key(lang.id()));
            }
        }
        assert!(story.steps.iter().filter(|s| s.question.is_some()).count() >= 2);
        assert_eq!(parse(&story.to_json()), Ok(story));
    }

    #[test]
    fn a_question_is_answered_by_the_model() {
        let story = Lesson::story();
        let (step, question) = story
            .steps
            .iter()
            .find_map(|s| s.question.as_ref().map(|q| (s, q)))
            .unwrap();
        let scenario = step.scenario().scenario;
        let run = simulate(&scenario.measures, &scenario.params);
        let base = simulate(&Measures::default(), &scenario.params);
        let answer = question
            .figure()
            .of(&headlines(&run, &base)[question.material().index()]);
        assert!(answer > 40.0, "{answer}");
        assert!((how_far(answer + 10.0, answer).0 - 10.0).abs() < 1e-9);
    }

    #[test]
    fn malformed_lessons_say_what_is_wrong() {
        let good = Lesson::story().to_json();
        for (text, expected) in [
            ("nonsense", "not a lesson"),
            (
                r#"{"format":"other","version":1,"title":{"en":"t"},"steps":[]}"#,
                "format",
            ),
            (
                &good.replace("\"version\": 1", "\"version\": 3"),
                "version 3",
            ),
            (
                r#"{"format":"chokepoint-lesson","version":1,"title":{"en":"t"},"steps":[]}"#,
                "1 to 40 steps",
            ),
            (
                &good.replacen("\"link\": \"v=4\"", "\"link\": \"v=4&colour=red\"", 1),
                "steps[1].link: colour",
            ),
            (
                &good.replacen("\"chart\": \"supply\"", "\"chart\": \"pie\"", 1),
                "steps[1].chart",
            ),
            (
                &good.replacen(
                    "\"control\": \"licensing_hf\"",
                    "\"control\": \"tariffs\"",
                    1,
                ),
                "steps[2].control",
            ),
            (
                &good.replacen(
                    "\"figure\": \"peak_lead_time_days\"",
                    "\"figure\": \"mood\"",
                    1,
                ),
                "question.figure",
            ),
            (
                &good.replacen("\"en\": \"The 2019", "\"fr\": \"The 2019", 1),
                "'fr' is not a language",
            ),
            (
                &good.replacen("\"steps\"", "\"extra\": 1, \"steps\"", 1),
                "unknown field",
            ),
        ] {
            let error = parse(text).expect_err(text).to_string();
            assert!(error.contains(expected), "{expected}: {error}");
        }
        assert!(parse(&" ".repeat(MAX_LESSON_BYTES + 1)).is_err());
    }

    /// A lesson of `steps` copies of the story's first step, its text `chars` characters long.
    fn lesson_of(steps: usize, chars: usize, letter: char) -> Lesson {
        let mut lesson = Lesson::story();
        let mut step = lesson.steps[0].clone();
        step.text = Texts::from([("ja".to_string(), letter.to_string().repeat(chars))]);
        lesson.steps = vec![step; steps];
        lesson
    }

    #[test]
    fn refusals_are_data_worded_in_every_language() {
        let good = Lesson::story().to_json();
        let refusals = [
            parse("nonsense"),
            parse(&good.replacen("\"chart\": \"supply\"", "\"chart\": \"pie\"", 1)),
            parse(&lesson_of(MAX_STEPS + 1, 10, 'a').to_json()),
            parse(&lesson_of(1, MAX_TEXT_CHARS + 1, 'a').to_json()),
        ];
        assert!(matches!(
            refusals[1],
            Err(LessonError::At {
                fault: Fault::Chart { .. },
                ..
            })
        ));
        assert_eq!(
            refusals[2],
            Err(LessonError::StepCount {
                count: MAX_STEPS + 1,
                max: MAX_STEPS
            })
        );
        assert_eq!(
            refusals[3],
            Err(LessonError::At {
                path: "steps[1].text.ja".into(),
                fault: Fault::TextTooLong {
                    max: MAX_TEXT_CHARS
                }
            })
        );
        for refusal in &refusals {
            let error = refusal.as_ref().expect_err("refused");
            let english = crate::i18n::lesson_error(Lang::En, error);
            for lang in [Lang::Ja, Lang::Ko] {
                let words = crate::i18n::lesson_error(lang, error);
                assert!(!words.contains("[lesson-"), "{lang:?}: {words}");
                assert_ne!(words, english, "{lang:?} is not English");
            }
        }
        assert!(
            crate::i18n::lesson_error(Lang::Ja, refusals[2].as_ref().unwrap_err())
                .contains("ステップ")
        );
        assert!(
            crate::i18n::lesson_error(Lang::Ko, refusals[3].as_ref().unwrap_err())
                .contains("4,000자")
        );
    }

    #[test]
    fn a_written_lesson_is_kept_only_if_the_page_would_use_it() {
        assert!(written(&lesson_of(MAX_STEPS, 10, 'a')).is_ok());
        assert!(matches!(
            written(&lesson_of(MAX_STEPS + 1, 10, 'a')),
            Err(LessonError::StepCount { .. })
        ));
        // 12 steps of 4,000 letters each: every text fits, the whole does not.
        assert!(matches!(
            written(&lesson_of(12, MAX_TEXT_CHARS, 'a')),
            Err(LessonError::TooLarge { .. })
        ));
        // Japanese text up to the lesson's bytes is kept, and travels in a link.
        let japanese = lesson_of(3, MAX_TEXT_CHARS, '日');
        assert!(japanese.to_json().len() <= MAX_LESSON_BYTES);
        let json = written(&japanese).expect("kept");
        assert!(parse(&json).is_ok());
        let link = super::super::view::Link {
            view: super::super::view::View {
                lesson: Some((json, 1)),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(super::super::codec::shareable(&link).is_ok());
    }

    #[test]
    fn guesses_are_numbers_of_a_sensible_size() {
        assert_eq!(read_guess(""), None);
        assert_eq!(read_guess(" 50 "), Some(Ok(50.0)));
        assert_eq!(read_guess("-12.5"), Some(Ok(-12.5)));
        assert_eq!(read_guess("1e308"), Some(Err(GuessProblem::OutOfRange)));
        assert_eq!(read_guess("1e999"), Some(Err(GuessProblem::OutOfRange)));
        assert_eq!(read_guess("-inf"), Some(Err(GuessProblem::OutOfRange)));
        assert_eq!(read_guess("NaN"), Some(Err(GuessProblem::NotNumber)));
        assert_eq!(read_guess("fifty"), Some(Err(GuessProblem::NotNumber)));
        assert_eq!(read_guess("1e9"), Some(Ok(1e9)));
        for lang in Lang::ALL {
            let words = crate::i18n::guess_problem(lang, GuessProblem::OutOfRange);
            assert!(words.contains("1,000,000,000"), "{words}");
        }
    }

    #[test]
    fn texts_fall_back_to_english_then_to_any() {
        let mut texts = Texts::new();
        texts.insert("ko".into(), "한국어".into());
        assert_eq!(in_language(&texts, Lang::Ja), "한국어");
        texts.insert("en".into(), "English".into());
        assert_eq!(in_language(&texts, Lang::Ja), "English");
        assert_eq!(in_language(&texts, Lang::Ko), "한국어");
    }
}

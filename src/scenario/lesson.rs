//! Lessons: a path through scenarios that a class can follow. A lesson is data in a documented
//! JSON form (see the README): steps, each with a scenario link, a text in one or more languages,
//! the control and chart to look at, and an optional question whose answer the model computes.
//! The built-in story of the 2019 dispute is itself such a file (lessons/story.json).

use super::codec::decode_link;
use super::view::{ChartId, Link};
use crate::i18n::Lang;
use crate::model::params::find_param;
use crate::model::summary::Headline;
use crate::model::{Material, MeasureId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the `format` field of every lesson says.
pub const FORMAT: &str = "chokepoint-lesson";
/// Largest lesson read at all, as JSON text. At this size any lesson fits in a link together with
/// the biggest scenarios (see `codec::tests::every_lesson_a_page_accepts_fits_in_a_link...`).
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

impl Question {
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

fn check_texts(path: &str, texts: &Texts, required: bool) -> Result<(), String> {
    if required && texts.values().all(|t| t.trim().is_empty()) {
        return Err(format!("{path}: no text in any language"));
    }
    for (lang, text) in texts {
        if Lang::from_id(lang).is_none() {
            return Err(format!(
                "{path}: '{lang}' is not a language of this page (en, ja, ko)"
            ));
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(format!(
                "{path}.{lang}: longer than {MAX_TEXT_CHARS} characters"
            ));
        }
    }
    Ok(())
}

/// Reads a lesson, or says what is wrong with it (where, and why) in English.
pub fn parse(text: &str) -> Result<Lesson, String> {
    if text.len() > MAX_LESSON_BYTES {
        return Err(format!(
            "the lesson is {} bytes, more than the {MAX_LESSON_BYTES} a lesson can be",
            text.len()
        ));
    }
    let lesson: Lesson = serde_json::from_str(text)
        .map_err(|e| format!("not a lesson in the documented form ({e})"))?;
    if lesson.format != FORMAT {
        return Err(format!("format is '{}', not '{FORMAT}'", lesson.format));
    }
    if lesson.version != 1 {
        return Err(format!(
            "version {} is not known; this page reads version 1",
            lesson.version
        ));
    }
    check_texts("title", &lesson.title, true)?;
    if lesson.steps.is_empty() || lesson.steps.len() > MAX_STEPS {
        return Err(format!(
            "a lesson has 1 to {MAX_STEPS} steps, not {}",
            lesson.steps.len()
        ));
    }
    for (index, step) in lesson.steps.iter().enumerate() {
        let at = format!("steps[{}]", index + 1);
        check_texts(&format!("{at}.title"), &step.title, true)?;
        check_texts(&format!("{at}.text"), &step.text, false)?;
        let (_, warnings) = decode_link(&step.link);
        if let Some(warning) = warnings.first() {
            return Err(format!("{at}.link: {warning}"));
        }
        if let Some(control) = &step.control {
            if step.measure().is_none() && find_param(control).is_none() {
                return Err(format!(
                    "{at}.control: '{control}' is neither a measure nor a parameter"
                ));
            }
        }
        if let Some(chart) = &step.chart {
            if step.chart().is_none() {
                return Err(format!("{at}.chart: '{chart}' is not a chart"));
            }
        }
        if let Some(question) = &step.question {
            check_texts(&format!("{at}.question.prompt"), &question.prompt, true)?;
            if Material::from_id(&question.material).is_none() {
                return Err(format!(
                    "{at}.question.material: '{}' is not a material",
                    question.material
                ));
            }
            if Figure::from_id(&question.figure).is_none() {
                return Err(format!(
                    "{at}.question.figure: '{}' is not a figure",
                    question.figure
                ));
            }
        }
    }
    Ok(lesson)
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
                &good.replacen("\"link\": \"v=3\"", "\"link\": \"v=3&colour=red\"", 1),
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
            let error = parse(text).expect_err(text);
            assert!(error.contains(expected), "{expected}: {error}");
        }
        assert!(parse(&" ".repeat(MAX_LESSON_BYTES + 1)).is_err());
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

//! The message API for pages that embed the simulator (`window.postMessage`). Requests are checked
//! against the documented shape here, as plain JSON; the page only passes messages in and out.
//!
//! Requests from the embedding page:
//!
//! ```json
//! {"type": "chokepoint:set-scenario", "link": "v=4&preset=history&dialogue=frozen", "id": 1}
//! {"type": "chokepoint:get-scenario", "id": "any string or integer, optional"}
//! ```
//!
//! Both are answered with a `chokepoint:scenario` message; every change of the scenario, from the
//! controls or a request, is announced with a `chokepoint:scenario-changed` message of the same
//! shape (see [`scenario_message`]). A `set-scenario` request whose link is too long to read, or
//! whose lesson cannot be read, changes nothing and is answered with a `chokepoint:refused`
//! message that says why (see [`refusal_message`]). Anything else is ignored.
//!
//! Two more messages go to the embedding page unasked: `chokepoint:answered` when a reader
//! reveals the answer to a lesson's question, with the question, the guess, the model's answer
//! and its likely range (see [`answered_message`]), so that a course page can record students'
//! predictions; and `chokepoint:resize` with the page's height in CSS pixels whenever it changes
//! (see [`resize_message`]), so that it can size the frame to fit.

use super::codec::{decode_link, encode_link, unusable, Warning, MAX_LINK_BYTES, MAX_QUERY_BYTES};
use super::lesson;
use super::view::Link;
use super::Scenario;
use crate::model::summary::{headlines, Headline};
use crate::model::time::month_label;
use crate::model::{simulate, Measures, MODEL_VERSION};
use serde_json::{json, Map, Value};

/// Version of the message shapes, sent in every message.
pub const API_VERSION: u32 = 1;
/// Largest request read at all, as JSON text.
pub const MAX_MESSAGE_BYTES: usize = MAX_QUERY_BYTES + MAX_LINK_BYTES + 1024;
/// Longest string id a request may carry.
const MAX_ID_CHARS: usize = 200;

const SET: &str = "chokepoint:set-scenario";
const GET: &str = "chokepoint:get-scenario";
const REPLY: &str = "chokepoint:scenario";
const CHANGED: &str = "chokepoint:scenario-changed";
const REFUSED: &str = "chokepoint:refused";
const ANSWERED: &str = "chokepoint:answered";
/// The type of the message that gives the page's height (the embed snippet's script reads it).
pub const RESIZE: &str = "chokepoint:resize";

/// A request the simulator answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Show the scenario (and compared scenario and material) of a link.
    SetScenario {
        link: Box<Link>,
        warnings: Vec<Warning>,
        id: Option<Value>,
    },
    /// Say what is shown.
    GetScenario { id: Option<Value> },
    /// A `set-scenario` request that cannot be carried out: its link is too long to read, or the
    /// lesson it carries cannot be read. What is shown stays; the reply says why.
    Refused { id: Option<Value>, reason: String },
}

/// Why a message was not a request; the page ignores such messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored(pub String);

fn ignored(why: impl Into<String>) -> Ignored {
    Ignored(why.into())
}

/// Reads a message's data, given as JSON text.
pub fn parse_request(text: &str) -> Result<Request, Ignored> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(ignored(format!("longer than {MAX_MESSAGE_BYTES} bytes")));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ignored(e.to_string()))?;
    let Value::Object(fields) = value else {
        return Err(ignored("not an object"));
    };
    let Some(Value::String(kind)) = fields.get("type") else {
        return Err(ignored("no type"));
    };
    let allowed: &[&str] = match kind.as_str() {
        SET => &["type", "link", "id"],
        GET => &["type", "id"],
        _ => return Err(ignored(format!("type '{kind}' is not a request"))),
    };
    if let Some(extra) = fields.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ignored(format!("unexpected field '{extra}'")));
    }
    let id = match fields.get("id") {
        None => None,
        Some(Value::String(s)) if s.chars().count() <= MAX_ID_CHARS => Some(Value::from(s.clone())),
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => Some(Value::Number(n.clone())),
        Some(_) => {
            return Err(ignored(format!(
                "id must be a string of at most {MAX_ID_CHARS} characters or an integer"
            )))
        }
    };
    if kind == GET {
        return Ok(Request::GetScenario { id });
    }
    let Some(Value::String(link)) = fields.get("link") else {
        return Err(ignored("link must be a string"));
    };
    if let Some(problem) = unusable(link) {
        return Ok(Request::Refused {
            id,
            reason: crate::i18n::refusal(crate::i18n::Lang::En, &problem),
        });
    }
    let (link, warnings) = decode_link(link);
    if let Some((raw, _)) = &link.view.lesson {
        if raw != "story" {
            if let Err(reason) = lesson::parse(raw) {
                return Ok(Request::Refused {
                    id,
                    reason: format!("the lesson cannot be read: {reason}"),
                });
            }
        }
    }
    Ok(Request::SetScenario {
        link: Box::new(link),
        warnings,
        id,
    })
}

fn headline_json(h: &Headline) -> Value {
    json!({
        "material": h.material.id(),
        "peakLeadTimeDays": h.peak_lead_time_days,
        "peakMonth": month_label(h.peak_month),
        "baselinePeakLeadTimeDays": h.baseline_peak_lead_time_days,
        "jpExportsLostT": h.jp_exports_loss_t,
        "jpExportsLostUsd": h.jp_exports_loss_usd,
        "shortfallMonths": h.shortfall_months,
        "jpShareOfImportsDec2023": h.jp_share_at_end,
        "domesticShareDec2023": h.domestic_share_at_end,
    })
}

/// Headline figures of a scenario against the baseline with the same assumptions.
fn headlines_of(scenario: &Scenario) -> Vec<Headline> {
    let run = simulate(&scenario.measures, &scenario.params);
    let baseline = simulate(&Measures::default(), &scenario.params);
    headlines(&run, &baseline)
}

/// What a link shows, as a message: `reply` answers a request (with its id and the warnings of a
/// link it sent), otherwise the message announces a change. The message's link leaves out the
/// embed options, which belong to the embedding page's address.
pub fn scenario_message(reply: Option<(Option<Value>, &[Warning])>, shown: &Link) -> String {
    let mut link = shown.clone();
    link.view.embed = None;
    let link = encode_link(&link);
    let headlines = headlines_of(&shown.scenario);
    let compare_headlines = shown.compare.as_ref().map(headlines_of);
    let compare_headlines = compare_headlines.as_deref();
    let mut message = Map::new();
    let kind = if reply.is_some() { REPLY } else { CHANGED };
    message.insert("type".into(), kind.into());
    message.insert("apiVersion".into(), API_VERSION.into());
    message.insert("modelVersion".into(), MODEL_VERSION.into());
    message.insert("link".into(), link.into());
    message.insert(
        "headlines".into(),
        headlines.iter().map(headline_json).collect(),
    );
    if let Some(compare) = compare_headlines {
        message.insert(
            "compareHeadlines".into(),
            compare.iter().map(headline_json).collect(),
        );
    }
    if let Some((id, warnings)) = reply {
        if let Some(id) = id {
            message.insert("id".into(), id);
        }
        message.insert(
            "warnings".into(),
            warnings
                .iter()
                .map(|w| Value::from(w.to_string()))
                .collect(),
        );
    }
    Value::Object(message).to_string()
}

/// The reply to a refused request: its id and the reason, in English (the embedding page's
/// developer reads it).
pub fn refusal_message(id: Option<Value>, reason: &str) -> String {
    let mut message = Map::new();
    message.insert("type".into(), REFUSED.into());
    message.insert("apiVersion".into(), API_VERSION.into());
    if let Some(id) = id {
        message.insert("id".into(), id);
    }
    message.insert("reason".into(), reason.into());
    Value::Object(message).to_string()
}

/// A reader's answer to a lesson's question, as the page tells the embedding page.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered<'a> {
    /// The lesson's title and the step, counted from 1.
    pub lesson: &'a str,
    pub step: usize,
    /// The question as the reader read it.
    pub question: &'a str,
    pub material: crate::model::Material,
    pub figure: lesson::Figure,
    pub guess: f64,
    /// The model's answer, and its likely range (p10–p90) where the page had one.
    pub answer: f64,
    pub range: Option<(f64, f64)>,
    /// The figure in the question's comparison scenario, if it has one.
    pub compare: Option<f64>,
}

/// The `chokepoint:answered` message: `{type, apiVersion, lesson, step, question, material,
/// figure, unit, guess, answer, range: [low, high] | null, comparison: number | null}`.
pub fn answered_message(answered: &Answered) -> String {
    json!({
        "type": ANSWERED,
        "apiVersion": API_VERSION,
        "lesson": answered.lesson,
        "step": answered.step,
        "question": answered.question,
        "material": answered.material.id(),
        "figure": answered.figure.id(),
        "unit": answered.figure.unit(),
        "guess": answered.guess,
        "answer": answered.answer,
        "range": answered.range.map(|(low, high)| json!([low, high])),
        "comparison": answered.compare,
    })
    .to_string()
}

/// The `chokepoint:resize` message: `{type, apiVersion, height}`, the page's height in CSS pixels.
pub fn resize_message(height: u32) -> String {
    json!({"type": RESIZE, "apiVersion": API_VERSION, "height": height}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Preset;

    #[test]
    fn an_answer_and_a_height_are_told_in_the_documented_shape() {
        let message: Value = serde_json::from_str(&answered_message(&Answered {
            lesson: "The 2019 dispute",
            step: 2,
            question: "How many days?",
            material: crate::model::Material::Hf,
            figure: lesson::Figure::PeakLeadTimeDays,
            guess: 40.0,
            answer: 47.4,
            range: Some((44.0, 51.5)),
            compare: None,
        }))
        .unwrap();
        assert_eq!(message["type"], "chokepoint:answered");
        assert_eq!(message["apiVersion"], API_VERSION);
        assert_eq!(message["step"], 2);
        assert_eq!(message["material"], "hf");
        assert_eq!(message["figure"], "peak_lead_time_days");
        assert_eq!(message["unit"], "days");
        assert_eq!(message["guess"], 40.0);
        assert_eq!(message["answer"], 47.4);
        assert_eq!(message["range"], json!([44.0, 51.5]));
        assert_eq!(message["comparison"], Value::Null);
        let resize: Value = serde_json::from_str(&resize_message(912)).unwrap();
        assert_eq!(
            resize,
            json!({"type": "chokepoint:resize", "apiVersion": 1, "height": 912})
        );
    }

    #[test]
    fn requests_of_the_documented_shape_are_read() {
        assert_eq!(
            parse_request(r#"{"type":"chokepoint:get-scenario"}"#),
            Ok(Request::GetScenario { id: None })
        );
        assert_eq!(
            parse_request(r#"{"type":"chokepoint:get-scenario","id":"q1"}"#),
            Ok(Request::GetScenario {
                id: Some("q1".into())
            })
        );
        let Ok(Request::SetScenario { link, warnings, id }) = parse_request(
            r#"{"type":"chokepoint:set-scenario","link":"?v=3&preset=history&colour=red","id":7}"#,
        ) else {
            panic!("a set request")
        };
        assert_eq!(link.scenario, Preset::History.scenario());
        assert_eq!(warnings.len(), 1, "the bad part is named");
        assert_eq!(id, Some(7.into()));
    }

    #[test]
    fn a_request_that_cannot_be_carried_out_is_refused_with_the_reason() {
        let long = format!("v=4&x={}", "a".repeat(MAX_QUERY_BYTES));
        let text = serde_json::json!({"type": SET, "link": long, "id": 3}).to_string();
        let Ok(Request::Refused { id, reason }) = parse_request(&text) else {
            panic!("refused")
        };
        assert_eq!(id, Some(3.into()));
        assert!(reason.contains("bytes"), "{reason}");
        assert!(reason.contains("nothing was changed"), "{reason}");
        let reply: Value = serde_json::from_str(&refusal_message(id, &reason)).unwrap();
        assert_eq!(reply["type"], REFUSED);
        assert_eq!(reply["id"], 3);

        let text =
            serde_json::json!({"type": SET, "link": "v=4&lesson=%7Bnot%20a%20lesson"}).to_string();
        let Ok(Request::Refused { reason, .. }) = parse_request(&text) else {
            panic!("refused")
        };
        assert!(reason.starts_with("the lesson cannot be read"), "{reason}");

        // So is a link whose compressed part does not read, or expands too far.
        for link in ["#z=garbage!!", "v=4#z=AAAA"] {
            let text = serde_json::json!({"type": SET, "link": link}).to_string();
            assert!(
                matches!(parse_request(&text), Ok(Request::Refused { .. })),
                "{link}"
            );
        }

        // A lesson that reads is carried to the page, at its step.
        let text = serde_json::json!({"type": SET, "link": "v=4&lesson=story&step=3"}).to_string();
        let Ok(Request::SetScenario { link, .. }) = parse_request(&text) else {
            panic!("a set request")
        };
        assert_eq!(link.view.lesson, Some(("story".to_string(), 3)));
    }

    #[test]
    fn anything_else_is_ignored() {
        for text in [
            "",
            "null",
            "42",
            r#""chokepoint:get-scenario""#,
            "[]",
            "{}",
            r#"{"type":7}"#,
            r#"{"type":"chokepoint:scenario"}"#,
            r#"{"type":"chokepoint:reset"}"#,
            r#"{"type":"chokepoint:get-scenario","extra":1}"#,
            r#"{"type":"chokepoint:get-scenario","id":1.5}"#,
            r#"{"type":"chokepoint:get-scenario","id":{"a":1}}"#,
            r#"{"type":"chokepoint:set-scenario"}"#,
            r#"{"type":"chokepoint:set-scenario","link":5}"#,
            r#"{"type":"chokepoint:set-scenario","link":"v=3","scenario":{}}"#,
        ] {
            assert!(parse_request(text).is_err(), "{text}");
        }
        let long_id = format!(
            r#"{{"type":"chokepoint:get-scenario","id":"{}"}}"#,
            "x".repeat(201)
        );
        assert!(parse_request(&long_id).is_err());
        let huge = format!(
            r#"{{"type":"chokepoint:set-scenario","link":"{}"}}"#,
            "a".repeat(MAX_MESSAGE_BYTES)
        );
        assert!(parse_request(&huge).is_err());
    }

    #[test]
    fn messages_carry_the_link_and_headline_figures() {
        let s = Preset::History.scenario();
        let run = simulate(&s.measures, &s.params);
        let base = simulate(&Measures::default(), &s.params);
        let figures = headlines(&run, &base);
        let mut shown = Link {
            scenario: s,
            ..Link::default()
        };
        shown.view.embed = Some(crate::scenario::view::Embed::default());
        let text = scenario_message(None, &shown);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["type"], CHANGED);
        assert_eq!(
            value["link"], "v=4&preset=history",
            "without the embed options"
        );
        assert_eq!(value["headlines"].as_array().unwrap().len(), 3);
        assert_eq!(value["headlines"][0]["material"], "hf");
        assert_eq!(
            value["headlines"][0]["peakLeadTimeDays"].as_f64(),
            Some(figures[0].peak_lead_time_days)
        );
        assert_eq!(
            value["headlines"][1]["jpExportsLostT"].as_f64(),
            Some(figures[1].jp_exports_loss_t)
        );
        assert!(value.get("id").is_none() && value.get("warnings").is_none());
        assert!(value.get("compareHeadlines").is_none());

        let warning = Warning {
            key: "colour".into(),
            problem: crate::scenario::codec::Problem::Unknown,
        };
        shown.compare = Some(Scenario::default());
        let text = scenario_message(
            Some((Some("q".into()), std::slice::from_ref(&warning))),
            &shown,
        );
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["type"], REPLY);
        assert_eq!(value["id"], "q");
        assert_eq!(value["warnings"][0], "colour: unknown setting, ignored");
        assert_eq!(value["link"], "v=4&preset=history&compare=baseline");
        assert_eq!(
            value["compareHeadlines"][0]["peakLeadTimeDays"].as_f64(),
            Some(figures[0].baseline_peak_lead_time_days),
            "the baseline compared shows the baseline's figures"
        );
    }
}

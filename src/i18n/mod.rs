//! Languages: every word the page shows, in English, Japanese and Korean.
//!
//! Texts are Fluent messages (`locales/{en,ja,ko}.ftl`, compiled in), looked up by id. The English
//! of the model's own tables (measures, parameters, presets, materials) stays next to the tables,
//! where the command line and docs/MODEL.md use it; Japanese and Korean have a message for each
//! entry, and `tests/i18n.rs` fails on any id missing from a language. The notes on where each
//! parameter's default comes from are a second file per language, `locales/{ja,ko}-sources.ftl`.
//! Numbers and dates are formatted here for each language. Pure Rust: no browser, tested natively.

mod format;

pub use format::{
    compact_number, date_text, exact, money_millions, month_year, signed, whole, MONTHS_EN,
};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

/// A language the page speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ko];

    /// BCP 47 tag, as in links and the page's `lang` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The first of a browser's preferred languages (`ja-JP`, `ko`, `en-GB`, ...) that the page
    /// speaks, else English.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or("");
                Lang::from_id(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }

    /// The language's own name, as offered in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
        }
    }

    /// The Fluent source of the language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../locales/en.ftl"),
            Lang::Ja => include_str!("../../locales/ja.ftl"),
            Lang::Ko => include_str!("../../locales/ko.ftl"),
        }
    }

    /// The Fluent source of the notes on where the parameters' defaults come from
    /// (`source-` and the key), for a language other than English; English reads them from the
    /// parameter table.
    pub fn param_sources(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Ja => Some(include_str!("../../locales/ja-sources.ftl")),
            Lang::Ko => Some(include_str!("../../locales/ko-sources.ftl")),
        }
    }

    /// Every Fluent source of the language: its own, then its notes on the parameters' sources.
    pub fn resources(self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.source()).chain(self.param_sources())
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.id().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks around every placeable would end up in SVG text and file names; text from
    // outside the page is isolated where it is put into a sentence instead (see `quoted`).
    bundle.set_use_isolating(false);
    for source in lang.resources() {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(resource, _errors)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

thread_local! {
    static BUNDLES: RefCell<[Option<FluentBundle<FluentResource>>; 3]> = const { RefCell::new([None, None, None]) };
}

fn with_bundle<T>(lang: Lang, f: impl FnOnce(&FluentBundle<FluentResource>) -> T) -> T {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let slot = &mut bundles[lang as usize];
        f(slot.get_or_insert_with(|| bundle(lang)))
    })
}

/// A value put into a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    /// A number, for plural selection; shown as the page formats it elsewhere only if the message
    /// uses it directly.
    Count(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as f64)
    }
}

/// Longest piece of text from outside the page (a link's key or value, a field of a lesson) that a
/// sentence quotes, in characters; a longer one is cut and ends in "…".
pub const MAX_QUOTED_CHARS: usize = 40;

/// Longest reason from outside the page (a parser's message about a file) that a sentence quotes.
pub const MAX_REASON_CHARS: usize = 200;

/// First strong isolate and pop directional isolate (Unicode bidi): text between them is laid out
/// on its own, so that its direction, or a stray right-to-left override in it, cannot reorder the
/// sentence around it.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Text cut to at most `max` characters, the last of them "…" if anything was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Text put into a sentence as it is, but directionally isolated (FSI…PDI).
pub fn isolate(text: &str) -> String {
    format!("{FSI}{text}{PDI}")
}

/// Text from outside the page as a sentence quotes it: at most [`MAX_QUOTED_CHARS`] characters,
/// and isolated, so that neither its length nor its direction can take over the sentence.
pub fn quoted(text: &str) -> String {
    isolate(&shorten(text, MAX_QUOTED_CHARS))
}

/// A reason from outside the page (a parser's message, which may repeat what it read) as a sentence
/// quotes it: at most [`MAX_REASON_CHARS`] characters, isolated.
pub fn quoted_reason(text: &str) -> String {
    isolate(&shorten(text, MAX_REASON_CHARS))
}

/// A sentence without its isolation marks, for the command line and plain-text messages.
pub fn plain(text: &str) -> String {
    text.replace([FSI, PDI], "")
}

/// What a missing message shows: its id in brackets, so it is seen, never a blank.
fn missing(id: &str) -> String {
    format!("[{id}]")
}

/// The text of a message (or `id.attribute`) with its arguments.
pub fn text_with(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    with_bundle(lang, |bundle| {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(message) = bundle.get_message(message_id) else {
            return missing(id);
        };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return missing(id);
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    })
}

/// The text of a message without arguments.
pub fn text(lang: Lang, id: &str) -> String {
    text_with(lang, id, &[])
}

/// Whether a language has a message (or `id.attribute`).
pub fn has(lang: Lang, id: &str) -> bool {
    with_bundle(lang, |bundle| {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        bundle
            .get_message(message_id)
            .is_some_and(|m| match attribute {
                Some(name) => m.get_attribute(name).is_some(),
                None => m.value().is_some(),
            })
    })
}

/// The page's texts in one language: a small handle that components pass around.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    /// A message without arguments.
    pub fn t(self, id: &str) -> String {
        text(self.0, id)
    }

    /// A message with arguments.
    pub fn with(self, id: &str, args: &[(&str, Arg)]) -> String {
        text_with(self.0, id, args)
    }
}

/// A text of the model's tables: the table's English, or the language's message `id`.
pub fn domain(lang: Lang, id: &str, english: &str) -> String {
    match lang {
        Lang::En => english.to_string(),
        _ => text(lang, id),
    }
}

pub mod names;
mod sentences;

pub use sentences::{
    edit_effect, file_error, finding, guess_problem, history_line, lesson_error, link_refusal,
    refusal, saved_unreadable, schedule_adjustment, schedule_date_needed, warning,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_day_is_a_day_with_or_without_a_sign() {
        let days = |lang, written: &str, count: f64| {
            text_with(
                lang,
                "days",
                &[("days", written.into()), ("count", Arg::Count(count))],
            )
        };
        assert_eq!(days(Lang::En, "+1", 1.0), "+1 day");
        assert_eq!(days(Lang::En, "−1", 1.0), "−1 day");
        assert_eq!(days(Lang::En, "53", 53.0), "53 days");
        assert_eq!(days(Lang::En, "0", 0.0), "0 days");
        assert_eq!(days(Lang::Ja, "+1", 1.0), "+1日");
        assert_eq!(days(Lang::Ko, "53", 53.0), "53일");
    }

    #[test]
    fn browser_preferences_choose_the_first_language_spoken() {
        assert_eq!(Lang::from_preferences(["ja-JP", "en-US"]), Lang::Ja);
        assert_eq!(Lang::from_preferences(["fr-FR", "ko-KR"]), Lang::Ko);
        assert_eq!(Lang::from_preferences(["de"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
        assert_eq!(Lang::from_preferences(["EN_gb"]), Lang::En);
    }

    #[test]
    fn messages_take_arguments_and_plurals() {
        let one = text_with(Lang::En, "reset-changed", &[("count", 1.into())]);
        let two = text_with(Lang::En, "reset-changed", &[("count", 2.into())]);
        assert_eq!(one, "Reset 1 changed assumption");
        assert_eq!(two, "Reset 2 changed assumptions");
        assert!(text_with(Lang::Ja, "reset-changed", &[("count", 2.into())]).contains('2'));
        assert_eq!(text(Lang::En, "no-such-message"), "[no-such-message]");
    }

    #[test]
    fn text_from_outside_is_cut_and_isolated() {
        assert_eq!(shorten("colour", 40), "colour");
        let long = "x".repeat(3000);
        let cut = shorten(&long, MAX_QUOTED_CHARS);
        assert_eq!(cut.chars().count(), MAX_QUOTED_CHARS);
        assert!(cut.ends_with('…'));
        let flipped = quoted("\u{202E}abc");
        assert!(flipped.starts_with('\u{2068}') && flipped.ends_with('\u{2069}'));
        assert_eq!(plain(&flipped), "\u{202E}abc");
        assert_eq!(shorten("日本語のテキスト", 4), "日本語…");
    }
}

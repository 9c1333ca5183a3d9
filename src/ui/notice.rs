//! The notice at the top of the page: what could not be used from a link, file, message or lesson,
//! worded when shown so that it follows the language.

use super::use_tr;
use crate::i18n::{file_error, lesson_error, link_refusal, warning};
use crate::scenario::codec::Problem;
use crate::scenario::file::FileError;
use crate::scenario::lesson::LessonError;
use crate::scenario::Warning;
use yew::prelude::*;

/// Something the page could not use, and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Where from ("link", "file", "message", "saved") and the parts not used.
    Unused(&'static str, Vec<Warning>),
    Refused(FileError),
    /// A lesson that could not be used, and why.
    LessonRefused(LessonError),
    /// What is shown cannot be written into a link (the address leaves the lesson out).
    NotInLink(Problem),
}

/// A notice for the parts of something read that were not used, if there are any.
pub fn unused(source: &'static str, warnings: Vec<Warning>) -> Option<Notice> {
    (!warnings.is_empty()).then_some(Notice::Unused(source, warnings))
}

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Notice,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let (source, heading, items): (&str, String, Vec<String>) = match &props.notice {
        Notice::Unused(source, warnings) => (
            source,
            tr.t(&format!("notice-{source}")),
            warnings.iter().map(|w| warning(lang, w)).collect(),
        ),
        Notice::Refused(error) => ("file", file_error(lang, error), Vec::new()),
        Notice::NotInLink(problem) => ("link", link_refusal(lang, problem), Vec::new()),
        Notice::LessonRefused(error) => (
            "lesson",
            tr.with(
                "lesson-refused",
                &[("reason", lesson_error(lang, error).into())],
            ),
            Vec::new(),
        ),
    };
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-notice={source.to_string()}>
            <p>{ heading }</p>
            if !items.is_empty() {
                <ul>{ for items.into_iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
            <button type="button" onclick={dismiss}>{ tr.t("dismiss") }</button>
        </div>
    }
}

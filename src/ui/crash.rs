//! When the app panics: the page is never left blank. A panel says what happened, keeps the
//! reader's scenario link to copy, and offers a link that starts again from the baseline; the
//! panic also goes to the console. Built with plain DOM calls, since the app itself has stopped.

use crate::i18n::{text, text_with, Lang};
use crate::scenario::encode_link;
use crate::scenario::view::{Link, View};

/// Shows the error panel for a panic's message (and logs it).
pub fn report(message: &str) {
    web_sys::console::error_1(&format!("Chokepoint stopped: {message}").into());
    let document = gloo::utils::document();
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|id| Lang::from_id(&id))
        .unwrap_or_default();
    let location = gloo::utils::window().location();
    let here = location.href().unwrap_or_default();
    let reset = format!(
        "{}?{}",
        location.pathname().unwrap_or_default(),
        encode_link(&Link {
            view: View {
                lang: Some(lang),
                ..View::default()
            },
            ..Link::default()
        })
    );
    let Some(body) = document.body() else {
        return;
    };
    let element = |tag: &str, class: &str, content: Option<String>| {
        let node = document.create_element(tag).ok()?;
        if !class.is_empty() {
            node.set_class_name(class);
        }
        if let Some(content) = content {
            node.set_text_content(Some(&content));
        }
        Some(node)
    };
    let build = || -> Option<web_sys::Element> {
        let panel = element("section", "crash", None)?;
        panel.set_attribute("role", "alert").ok()?;
        let title = element("h2", "", Some(text(lang, "crash-title")))?;
        panel.append_child(&title).ok()?;
        let what = text_with(
            lang,
            "crash-what",
            &[("message", message.to_string().into())],
        );
        let what = element("p", "", Some(what))?;
        panel.append_child(&what).ok()?;
        let label = element("label", "", Some(text(lang, "crash-link")))?;
        let input = element("input", "", None)?;
        for (name, value) in [("type", "text"), ("readonly", ""), ("value", here.as_str())] {
            input.set_attribute(name, value).ok()?;
        }
        label.append_child(&input).ok()?;
        panel.append_child(&label).ok()?;
        let again = element("a", "", Some(text(lang, "crash-reset")))?;
        again.set_attribute("href", &reset).ok()?;
        panel.append_child(&again).ok()?;
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.insert_before(&panel, body.first_child().as_ref());
    }
}

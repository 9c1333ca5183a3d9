//! The message API, wired to the window: requests from the embedding page are passed to the
//! scenario module's parser and answered; each change of what is shown, each answer to a lesson's
//! question and each change of the page's height are announced to it.

use crate::scenario::message::{
    parse_request, refusal_message, resize_message, scenario_message, Request, MAX_MESSAGE_BYTES,
};
use crate::scenario::view::Link;
use crate::scenario::Warning;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long what is shown must rest before a change is announced, in milliseconds.
const ANNOUNCE_DELAY_MS: u32 = 100;

/// The page that embeds this one, if any.
fn embedding_page() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn post(target: &web_sys::Window, text: &str, origin: &str) {
    if let Ok(data) = js_sys::JSON::parse(text) {
        let _ = target.post_message(&data, origin);
    }
}

/// Tells the embedding page, if there is one, a message of the documented shape.
pub fn announce(text: &str) {
    if let Some(parent) = embedding_page() {
        post(&parent, text, "*");
    }
}

/// Tells the embedding page the page's height whenever it changes (`chokepoint:resize`), so that
/// a course page can size its frame to fit.
#[hook]
pub fn use_height_announcer() {
    use_effect_with((), move |()| {
        let observed = embedding_page().and_then(|parent| {
            let root = gloo::utils::document().document_element()?;
            let body = gloo::utils::body();
            let last = Rc::new(std::cell::Cell::new(0u32));
            let tell = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                // The bottom of the content, margins included; not the frame's own height.
                let height = body.get_bounding_client_rect().height() + body_margins(&body);
                let height = height.ceil() as u32;
                if height != last.get() {
                    last.set(height);
                    post(&parent, &resize_message(height), "*");
                }
            });
            let observer = web_sys::ResizeObserver::new(tell.as_ref().unchecked_ref()).ok()?;
            observer.observe(&gloo::utils::body());
            observer.observe(&root);
            Some((observer, tell))
        });
        move || {
            if let Some((observer, _tell)) = observed {
                observer.disconnect();
            }
        }
    });
}

/// The body's top and bottom margins, in CSS pixels.
fn body_margins(body: &web_sys::HtmlElement) -> f64 {
    let Ok(Some(style)) = gloo::utils::window().get_computed_style(body) else {
        return 0.0;
    };
    ["margin-top", "margin-bottom"]
        .iter()
        .filter_map(|p| style.get_property_value(p).ok())
        .filter_map(|v| v.trim_end_matches("px").parse::<f64>().ok())
        .sum()
}

/// A link sent by the embedding page, with what could not be read from it.
pub type SetRequest = (Link, Vec<Warning>);

/// Answers the embedding page's requests and announces every change of `shown` to it. `on_set`
/// applies a link the embedding page sent.
#[hook]
pub fn use_message_api(shown: &Link, on_set: Callback<SetRequest>) {
    let latest: Rc<RefCell<Link>> = use_mut_ref(Link::default);
    *latest.borrow_mut() = shown.clone();

    use_effect_with((), move |()| {
        let listener = embedding_page().map(|parent| {
            gloo::events::EventListener::new(&gloo::utils::window(), "message", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                    return;
                };
                // Only the embedding page may ask; anything else is ignored.
                let from_parent = event
                    .source()
                    .is_some_and(|source| js_sys::Object::is(&source, &parent));
                if !from_parent {
                    return;
                }
                // The text is measured in the browser before it is copied into the page's
                // memory: a message too long to be read is never copied.
                let Some(text) = js_sys::JSON::stringify(&event.data())
                    .ok()
                    .filter(|t| (t.length() as usize) <= MAX_MESSAGE_BYTES)
                    .and_then(|t| t.as_string())
                else {
                    return;
                };
                let origin = match event.origin().as_str() {
                    "null" | "" => "*".to_string(),
                    origin => origin.to_string(),
                };
                match parse_request(&text) {
                    Ok(Request::GetScenario { id }) => {
                        let reply = scenario_message(Some((id, &[])), &latest.borrow());
                        post(&parent, &reply, &origin);
                    }
                    Ok(Request::SetScenario {
                        mut link,
                        warnings,
                        id,
                    }) => {
                        // What is shown next: a link without a language keeps the page's.
                        link.view.lang = link.view.lang.or(latest.borrow().view.lang);
                        let reply = scenario_message(Some((id, &warnings)), &link);
                        on_set.emit((*link, warnings));
                        post(&parent, &reply, &origin);
                    }
                    Ok(Request::Refused { id, reason }) => {
                        post(&parent, &refusal_message(id, &reason), &origin);
                    }
                    Err(_) => {}
                }
            })
        });
        move || drop(listener)
    });

    use_effect_with(shown.clone(), |shown| {
        let shown = shown.clone();
        let timeout = embedding_page().map(|parent| {
            gloo::timers::callback::Timeout::new(ANNOUNCE_DELAY_MS, move || {
                post(&parent, &scenario_message(None, &shown), "*");
            })
        });
        move || drop(timeout)
    });
}

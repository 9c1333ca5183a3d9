//! Saved scenarios: named and kept in the browser's local storage; listed, loaded, renamed and
//! deleted. Storage that cannot be read is kept aside under another key and reported, never
//! overwritten.

use super::share::Loaded;
use super::use_tr;
use crate::i18n::Tr;
use crate::scenario::saved::{clean_name, from_storage, to_storage, SavedScenario};
use crate::scenario::Scenario;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const KEY: &str = "chokepoint.saved.v1";
const ASIDE_KEY: &str = "chokepoint.saved.v1.unreadable";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// What went wrong with the browser's storage.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Unavailable,
    /// The stored list could not be read; it was kept aside under a key, if it could be.
    Unreadable {
        reason: String,
        kept: Option<String>,
    },
    NotWritten,
}

impl Problem {
    fn text(&self, tr: Tr) -> String {
        match self {
            Problem::Unavailable => tr.t("saved-unavailable"),
            Problem::Unreadable { reason, kept: None } => {
                tr.with("saved-unreadable", &[("reason", reason.clone().into())])
            }
            Problem::Unreadable {
                reason,
                kept: Some(key),
            } => tr.with(
                "saved-unreadable-kept",
                &[
                    ("reason", reason.clone().into()),
                    ("key", key.clone().into()),
                ],
            ),
            Problem::NotWritten => tr.t("saved-not-written"),
        }
    }
}

/// The stored list, or the list to start with and what went wrong.
fn read() -> (Vec<SavedScenario>, Option<Problem>) {
    let Some(storage) = storage() else {
        return (Vec::new(), Some(Problem::Unavailable));
    };
    let raw = storage.get_item(KEY).ok().flatten();
    match from_storage(raw.as_deref()) {
        Ok(list) => (list, None),
        Err(reason) => {
            // Keep what could not be read where a person can still recover it.
            let aside = match storage.get_item(ASIDE_KEY).ok().flatten() {
                None => ASIDE_KEY.to_string(),
                Some(_) => format!("{ASIDE_KEY}.{}", js_sys::Date::now() as u64),
            };
            let kept = raw.is_some_and(|raw| storage.set_item(&aside, &raw).is_ok());
            let _ = storage.remove_item(KEY);
            (
                Vec::new(),
                Some(Problem::Unreadable {
                    reason: reason.to_string(),
                    kept: kept.then_some(aside),
                }),
            )
        }
    }
}

fn write(list: &[SavedScenario]) -> Option<Problem> {
    let stored = storage().map(|s| s.set_item(KEY, &to_storage(list)));
    match stored {
        Some(Ok(())) => None,
        _ => Some(Problem::NotWritten),
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub scenario: Scenario,
    pub on_load: Callback<Loaded>,
}

#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let tr = use_tr();
    let initial = use_memo((), |()| read());
    let list = use_state(|| initial.0.clone());
    let problem = use_state(|| initial.1.clone());
    let name = use_node_ref();

    let update = {
        let list = list.clone();
        let problem = problem.clone();
        move |next: Vec<SavedScenario>| {
            if let Some(error) = write(&next) {
                problem.set(Some(error));
            }
            list.set(next);
        }
    };
    let on_save = {
        let (list, update, name, scenario) = (
            list.clone(),
            update.clone(),
            name.clone(),
            props.scenario.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let input: Option<HtmlInputElement> = name.cast();
            let text = input
                .as_ref()
                .map(HtmlInputElement::value)
                .unwrap_or_default();
            let mut next = (*list).clone();
            next.push(SavedScenario::new(&text, &scenario));
            update(next);
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };

    let items = list.iter().enumerate().map(|(index, saved)| {
        let on_load = {
            let (saved, on_load) = (saved.clone(), props.on_load.clone());
            Callback::from(move |_: MouseEvent| {
                on_load.emit(Ok(saved.scenario()));
            })
        };
        let on_rename = {
            let (list, update) = (list.clone(), update.clone());
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let mut next = (*list).clone();
                next[index].name = clean_name(&input.value());
                update(next);
            })
        };
        let on_delete = {
            let (list, update) = (list.clone(), update.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*list).clone();
                next.remove(index);
                update(next);
            })
        };
        html! {
            <li key={format!("{index}-{}", saved.name)} data-saved={saved.name.clone()}>
                <label class="visually-hidden" for={format!("saved-{index}")}>{ tr.t("saved-name") }</label>
                <input id={format!("saved-{index}")} type="text" value={saved.name.clone()} onchange={on_rename}
                       data-action="rename" />
                <button type="button" data-action="load-saved" onclick={on_load}>{ tr.t("saved-load") }</button>
                <button type="button" data-action="delete-saved" onclick={on_delete}
                        aria-label={tr.with("saved-delete-label", &[("name", saved.name.clone().into())])}>{ tr.t("saved-delete") }</button>
            </li>
        }
    });

    html! {
        <details class="saved" data-panel="saved">
            <summary>{ tr.with("saved-summary", &[("count", list.len().into())]) }</summary>
            if let Some(problem) = &*problem {
                <p class="notice" role="status" data-notice="storage">{ problem.text(tr) }</p>
            }
            <form onsubmit={on_save}>
                <label for="save-name">{ tr.t("saved-name") }</label>
                <input id="save-name" type="text" ref={name} placeholder={tr.t("saved-placeholder")} maxlength="80" />
                <button type="submit" data-action="save">{ tr.t("saved-save") }</button>
            </form>
            <ul class="saved-list">{ for items }</ul>
        </details>
    }
}

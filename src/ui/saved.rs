//! Saved scenarios: named and kept in the browser's local storage; listed, loaded, renamed and
//! deleted. Storage that cannot be read is kept aside under another key and reported, never
//! overwritten.

use crate::scenario::saved::{clean_name, from_storage, to_storage, SavedScenario};
use crate::scenario::Scenario;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const KEY: &str = "chokepoint.saved.v1";
const ASIDE_KEY: &str = "chokepoint.saved.v1.unreadable";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The stored list, or the list to start with and what went wrong.
fn read() -> (Vec<SavedScenario>, Option<String>) {
    let Some(storage) = storage() else {
        return (
            Vec::new(),
            Some("This browser does not let the page keep saved scenarios.".to_string()),
        );
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
            let where_kept = if kept {
                format!(" They were kept aside in this browser's storage under '{aside}'.")
            } else {
                String::new()
            };
            (
                Vec::new(),
                Some(format!("Your saved scenarios could not be read: {reason}.{where_kept} A new list was started.")),
            )
        }
    }
}

fn write(list: &[SavedScenario]) -> Option<String> {
    let stored = storage().map(|s| s.set_item(KEY, &to_storage(list)));
    match stored {
        Some(Ok(())) => None,
        _ => Some("The scenario could not be saved in this browser.".to_string()),
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub scenario: Scenario,
    pub on_load: Callback<Result<(Scenario, Vec<String>), String>>,
}

#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
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
                let (scenario, warnings) = saved.scenario();
                on_load.emit(Ok((scenario, warnings.iter().map(ToString::to_string).collect())));
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
                <label class="visually-hidden" for={format!("saved-{index}")}>{ "Name" }</label>
                <input id={format!("saved-{index}")} type="text" value={saved.name.clone()} onchange={on_rename}
                       data-action="rename" />
                <button type="button" data-action="load-saved" onclick={on_load}>{ "Load" }</button>
                <button type="button" data-action="delete-saved" onclick={on_delete}
                        aria-label={format!("Delete {}", saved.name)}>{ "Delete" }</button>
            </li>
        }
    });

    html! {
        <details class="saved" data-panel="saved">
            <summary>{ format!("Saved scenarios ({})", list.len()) }</summary>
            if let Some(problem) = &*problem {
                <p class="notice" role="status" data-notice="storage">{ problem.clone() }</p>
            }
            <form onsubmit={on_save}>
                <label for="save-name">{ "Name" }</label>
                <input id="save-name" type="text" ref={name} placeholder="My scenario" maxlength="80" />
                <button type="submit" data-action="save">{ "Save this scenario" }</button>
            </form>
            <ul class="saved-list">{ for items }</ul>
        </details>
    }
}

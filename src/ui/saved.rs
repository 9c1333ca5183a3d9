//! Saved scenarios: named and kept in the browser's local storage; listed, loaded, renamed and
//! deleted. Local storage is the list: every change reads it as stored now and applies to that, so
//! that what another tab or window saved is kept, and the list shown follows other tabs through the
//! window's `storage` event. Storage that cannot be read is kept aside under another key and
//! reported; if no copy can be kept, it stays where it is and nothing is written over it.

use super::share::Loaded;
use super::use_tr;
use crate::i18n::{saved_unreadable, whole, Tr};
use crate::scenario::saved::{
    apply, from_storage, new_id, Change, Refusal, SavedScenario, Unreadable,
};
use crate::scenario::Scenario;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, Storage};
use yew::prelude::*;

const KEY: &str = "chokepoint.saved.v1";
const ASIDE_KEY: &str = "chokepoint.saved.v1.unreadable";
/// The ids deleted in the last few seconds, with when: a tab that sees one of its own recent
/// saves gone saves it again only if no tab deleted it.
const DELETED_KEY: &str = "chokepoint.saved.v1.deleted";

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// What went wrong with the browser's storage, or why a change was not made.
#[derive(Clone)]
enum Problem {
    Unavailable,
    /// The stored list could not be read; a copy was kept under `kept` and a new list started.
    Unreadable {
        reason: Unreadable,
        kept: String,
    },
    /// The stored list could not be read, and no copy could be kept aside: it was left under its
    /// key, and no change is written over it.
    UnreadableLeft {
        reason: Unreadable,
    },
    /// The change would make a list larger than the page reads back.
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// The browser refused to store the change.
    NotWritten,
}

impl Problem {
    fn text(&self, tr: Tr) -> String {
        match self {
            Problem::Unavailable => tr.t("saved-unavailable"),
            Problem::Unreadable { reason, kept } => tr.with(
                "saved-unreadable-kept",
                &[
                    ("reason", saved_unreadable(tr.0, reason).into()),
                    ("key", kept.clone().into()),
                ],
            ),
            Problem::UnreadableLeft { reason } => tr.with(
                "saved-unreadable-left",
                &[
                    ("reason", saved_unreadable(tr.0, reason).into()),
                    ("key", KEY.into()),
                ],
            ),
            Problem::TooLarge { bytes, max } => tr.with(
                "saved-too-large",
                &[
                    ("bytes", whole(*bytes as f64).into()),
                    ("max", whole(*max as f64).into()),
                ],
            ),
            Problem::NotWritten => tr.t("saved-not-written"),
        }
    }

    /// Whether the notice stays after a later change succeeds: where the unreadable list was kept
    /// is worth reading until the page is left.
    fn lasting(&self) -> bool {
        matches!(self, Problem::Unreadable { .. })
    }
}

/// Copies `raw` under an aside key (or finds it already kept there) and reads the copy back.
/// Returns the key only if the copy is there, whole. A key holding something else is left alone.
fn keep_aside(storage: &Storage, raw: &str) -> Option<String> {
    let timed = format!("{ASIDE_KEY}.{}", js_sys::Date::now() as u64);
    for key in [ASIDE_KEY.to_string(), timed] {
        match storage.get_item(&key).ok()? {
            Some(kept) if kept != raw => continue,
            Some(_) => {}
            None => storage.set_item(&key, raw).ok()?,
        }
        return (storage.get_item(&key).ok()?.as_deref() == Some(raw)).then_some(key);
    }
    None
}

/// How long a tab remembers its own saves, to save them again if another tab's write arrives
/// without them, in milliseconds.
const RECENT_MS: f64 = 5_000.0;

/// The name of the lock every tab holds while it reads, changes and writes the list.
const LOCK: &str = "chokepoint.saved";

/// Runs `f` while this origin's lock on the saved list is held (the Web Locks API), so that two
/// tabs never read and write the list at the same time: each change is applied to what the other
/// tab wrote. Where the browser has no locks (an insecure context), `f` runs at once.
fn with_lock(f: impl FnOnce() + 'static) {
    let once = Rc::new(RefCell::new(Some(f)));
    let run = {
        let once = once.clone();
        move || {
            if let Some(f) = once.borrow_mut().take() {
                f();
            }
        }
    };
    let navigator = gloo::utils::window().navigator();
    let requested = js_sys::Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(JsValue::is_object)
        .and_then(|locks| {
            let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let run = run.clone();
            let callback = Closure::once_into_js(move |_lock: JsValue| run());
            request.call2(&locks, &LOCK.into(), &callback).ok()
        });
    if requested.is_none() {
        run();
    }
}

/// The list as stored now, and anything to report about reading it. An error means the list
/// cannot be changed: there is no storage, or what is stored can be neither read nor kept aside.
fn read() -> Result<(Vec<SavedScenario>, Option<Problem>), Problem> {
    let storage = storage().ok_or(Problem::Unavailable)?;
    let raw = storage.get_item(KEY).map_err(|_| Problem::Unavailable)?;
    match from_storage(raw.as_deref()) {
        Ok(list) => Ok((list, None)),
        Err(reason) => {
            // `from_storage` reads a missing key as an empty list, so something is stored.
            let raw = raw.unwrap_or_default();
            // The original goes only once its copy has been read back whole.
            match keep_aside(&storage, &raw) {
                Some(kept) if storage.remove_item(KEY).is_ok() => {
                    Ok((Vec::new(), Some(Problem::Unreadable { reason, kept })))
                }
                _ => Err(Problem::UnreadableLeft { reason }),
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub scenario: Scenario,
    pub on_load: Callback<Loaded>,
}

type ListHandle = UseStateHandle<Vec<SavedScenario>>;
type ProblemHandle = UseStateHandle<Option<Problem>>;

/// Shows the list as stored now, with anything reading it reported. Returns the list and whether
/// reading reported something, or nothing if the list cannot be changed.
fn show_stored(list: &ListHandle, problem: &ProblemHandle) -> Option<(Vec<SavedScenario>, bool)> {
    let (stored, notice, changeable) = match read() {
        Ok((stored, notice)) => (stored, notice, true),
        Err(error) => (Vec::new(), Some(error), false),
    };
    let reported = notice.is_some();
    if reported {
        problem.set(notice);
    }
    list.set(stored.clone());
    changeable.then_some((stored, reported))
}

/// Whether a list holds a save: the same id (renamed, perhaps, in another tab), or the same name
/// and link (its id may have been changed to stay unique).
fn listed(list: &[SavedScenario], saved: &SavedScenario) -> bool {
    list.iter()
        .any(|s| s.id == saved.id || (s.name == saved.name && s.link == saved.link))
}

/// The ids deleted in the last few seconds, by any tab, with when.
fn deleted_lately() -> Vec<(String, f64)> {
    let now = js_sys::Date::now();
    storage()
        .and_then(|storage| storage.get_item(DELETED_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str::<Vec<(String, f64)>>(&raw).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, at)| now - at < RECENT_MS)
        .collect()
}

/// Notes that an entry was deleted, so that no tab saves it again.
fn note_deleted(id: &str) {
    let mut deleted = deleted_lately();
    deleted.push((id.to_string(), js_sys::Date::now()));
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&deleted)) {
        let _ = storage.set_item(DELETED_KEY, &text);
    }
}

/// Applies a change to the list as stored now and shows the result. Returns whether it is stored.
fn apply_stored(list: &ListHandle, problem: &ProblemHandle, change: &Change) -> bool {
    let Some((stored, reported)) = show_stored(list, problem) else {
        return false;
    };
    let refused = match apply(stored, change) {
        Ok(applied) => {
            let written = applied.stored.is_none_or(|text| {
                storage().is_some_and(|storage| storage.set_item(KEY, &text).is_ok())
            });
            if written {
                list.set(applied.list);
                // A refusal shown before is over; where an unreadable list was kept stays.
                if !reported && !problem.as_ref().is_some_and(Problem::lasting) {
                    problem.set(None);
                }
                return true;
            }
            Problem::NotWritten
        }
        Err(Refusal::TooLarge { bytes, max }) => Problem::TooLarge { bytes, max },
        // Another tab or window deleted the entry; the list shown no longer has it.
        Err(Refusal::Gone) => return false,
    };
    problem.set(Some(refused));
    false
}

#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let tr = use_tr();
    let list = use_state(Vec::new);
    let problem = use_state(|| None);
    let name = use_node_ref();

    // This tab's saves of the last few seconds. Browsers pass one tab's writes to another's
    // storage a moment late, so a tab saving at the same instant can write over an entry it has
    // not seen yet; when the other tab's write arrives without one of ours, ours is saved again.
    let recent = use_mut_ref(Vec::<(SavedScenario, f64)>::new);

    // The list as stored when the page opens, and again whenever another tab or window changes it.
    {
        let (list, problem, recent) = (list.clone(), problem.clone(), recent.clone());
        use_effect_with((), move |()| {
            show_stored(&list, &problem);
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |_| {
                    let Some((stored, _)) = show_stored(&list, &problem) else {
                        return;
                    };
                    let now = js_sys::Date::now();
                    let lost: Vec<(SavedScenario, f64)> = {
                        let mut recent = recent.borrow_mut();
                        recent.retain(|(_, at)| now - at < RECENT_MS);
                        let (lost, kept): (Vec<_>, Vec<_>) = recent
                            .drain(..)
                            .partition(|(saved, _)| !listed(&stored, saved));
                        *recent = kept;
                        lost
                    };
                    // Each lost save is saved again under the lock, unless it is back by then,
                    // and is remembered again until its few seconds are over: a write made from
                    // a late copy may lose it a second time.
                    for (saved, at) in lost {
                        let (list, problem, recent) =
                            (list.clone(), problem.clone(), recent.clone());
                        with_lock(move || {
                            if deleted_lately().iter().any(|(id, _)| *id == saved.id) {
                                return;
                            }
                            let present = read().is_ok_and(|(now, _)| listed(&now, &saved));
                            if present
                                || apply_stored(&list, &problem, &Change::Save(saved.clone()))
                            {
                                recent.borrow_mut().push((saved, at));
                            }
                        });
                    }
                });
            move || drop(listener)
        });
    }

    // Applies a change to the list as stored now, holding the list's lock, then calls `then` with
    // whether the change is stored. A save is remembered for a few seconds (see `recent`); a
    // rename or delete of an entry makes this tab forget it.
    let change = {
        let (list, problem, recent) = (list.clone(), problem.clone(), recent.clone());
        move |change: Change, then: Box<dyn FnOnce(bool)>| {
            let (list, problem, recent) = (list.clone(), problem.clone(), recent.clone());
            with_lock(move || {
                let stored = apply_stored(&list, &problem, &change);
                let mut recent = recent.borrow_mut();
                match &change {
                    Change::Save(saved) if stored => {
                        recent.push((saved.clone(), js_sys::Date::now()));
                    }
                    Change::Save(_) => {}
                    Change::Rename { id, .. } | Change::Delete { id } => {
                        if stored && matches!(change, Change::Delete { .. }) {
                            note_deleted(id);
                        }
                        let shown: Vec<SavedScenario> =
                            list.iter().filter(|s| &s.id == id).cloned().collect();
                        recent.retain(|(saved, _)| &saved.id != id && !listed(&shown, saved));
                    }
                }
                then(stored);
            });
        }
    };

    let on_save = {
        let (change, name, scenario) = (change.clone(), name.clone(), props.scenario.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let input: Option<HtmlInputElement> = name.cast();
            let text = input
                .as_ref()
                .map(HtmlInputElement::value)
                .unwrap_or_default();
            let id = new_id(js_sys::Date::now());
            let save = Change::Save(SavedScenario::new(&id, &text, &scenario));
            change(
                save,
                Box::new(move |stored| {
                    // Cleared once saved, unless something else was typed in the meantime.
                    if let Some(input) = input.filter(|i| stored && i.value() == text) {
                        input.set_value("");
                    }
                }),
            );
        })
    };

    let items = list.iter().map(|saved| {
        let on_load = {
            let (saved, on_load) = (saved.clone(), props.on_load.clone());
            Callback::from(move |_: MouseEvent| {
                on_load.emit(Ok(saved.scenario()));
            })
        };
        let on_rename = {
            let (change, id, shown) = (change.clone(), saved.id.clone(), saved.name.clone());
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let rename = Change::Rename {
                    id: id.clone(),
                    name: input.value(),
                };
                let shown = shown.clone();
                change(
                    rename,
                    Box::new(move |stored| {
                        // The field shows the name as it is, not the one that was refused.
                        if !stored {
                            input.set_value(&shown);
                        }
                    }),
                );
            })
        };
        let on_delete = {
            let (change, id) = (change.clone(), saved.id.clone());
            Callback::from(move |_: MouseEvent| {
                change(Change::Delete { id: id.clone() }, Box::new(|_| {}));
            })
        };
        let field = format!("saved-{}", saved.id);
        html! {
            <li key={saved.id.clone()} data-saved={saved.name.clone()}>
                <label class="visually-hidden" for={field.clone()}>{ tr.t("saved-name") }</label>
                <input id={field} type="text" value={saved.name.clone()} onchange={on_rename}
                       data-action="rename" />
                <button type="button" data-action="load-saved" onclick={on_load}>{ tr.t("saved-load") }</button>
                <button type="button" data-action="delete-saved" onclick={on_delete}
                        aria-label={tr.with("saved-delete-label", &[("name", crate::i18n::isolate(&saved.name).into())])}>{ tr.t("saved-delete") }</button>
            </li>
        }
    });

    html! {
        <details class="saved" data-panel="saved">
            <summary>{ tr.with("saved-summary", &[("count", list.len().into())]) }</summary>
            <div class="popover">
            if let Some(problem) = &*problem {
                <p class="notice" role="status" data-notice="storage">{ problem.text(tr) }</p>
            }
            <form onsubmit={on_save}>
                <label for="save-name">{ tr.t("saved-name") }</label>
                <input id="save-name" type="text" ref={name} placeholder={tr.t("saved-placeholder")} maxlength="80" />
                <button type="submit" data-action="save">{ tr.t("saved-save") }</button>
            </form>
            <ul class="saved-list">{ for items }</ul>
            </div>
        </details>
    }
}

//! The "Embed" dialog: choose what an embedded simulator shows, copy the iframe snippet, and see
//! a preview of it.

use super::share::page_url;
use crate::scenario::encode_link;
use crate::scenario::view::{embed_snippet, ChartId, Controls, Embed, Link};
use web_sys::{HtmlDialogElement, HtmlInputElement};
use yew::prelude::*;

/// Height of the iframe the snippet asks for, in CSS pixels, at first.
const DEFAULT_HEIGHT: u32 = 760;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// What the page shows now; the embedded page starts from it.
    pub link: Link,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let open = use_state(|| false);
    let controls = use_state(|| Controls::Locked);
    let charts = use_state(|| ChartId::ALL.to_vec());
    let height = use_state(|| DEFAULT_HEIGHT);
    let copied = use_state(|| false);

    // The dialog also closes on Escape; keep `open` in step with it.
    {
        let (dialog, open) = (dialog.clone(), open.clone());
        use_effect_with((), move |()| {
            let listener = dialog.cast::<HtmlDialogElement>().map(|element| {
                gloo::events::EventListener::new(&element, "close", move |_| open.set(false))
            });
            move || drop(listener)
        });
    }
    let on_open = {
        let (dialog, open, copied) = (dialog.clone(), open.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = dialog.cast::<HtmlDialogElement>() {
                let _ = element.show_modal();
                open.set(true);
                copied.set(false);
            }
        })
    };
    let on_close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = dialog.cast::<HtmlDialogElement>() {
                element.close();
            }
        })
    };

    let mut embedded = props.link.clone();
    embedded.view.embed = Some(Embed {
        controls: *controls,
        charts: (*charts).clone(),
    });
    let url = page_url(&encode_link(&embedded));
    let snippet = embed_snippet(&url, *height);

    let on_copy = {
        let (snippet, copied) = (snippet.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&snippet);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            });
        })
    };
    let on_height = {
        let height = height.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(value) = input.value().parse::<u32>() {
                height.set(value.clamp(320, 3000));
            }
        })
    };

    html! {
        <>
            <button type="button" data-action="open-embed" onclick={on_open}>{ "Embed…" }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ "Embed this scenario in a course page" }</h2>
                <div class="embed-options">
                    <fieldset>
                        <legend>{ "Controls" }</legend>
                        { for Controls::ALL.into_iter().map(|option| {
                            let setter = controls.setter();
                            let onchange = Callback::from(move |_: Event| setter.set(option));
                            html! {
                                <label>
                                    <input type="radio" name="embed-controls" value={option.id()}
                                           checked={*controls == option} {onchange} />
                                    { option.label() }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <fieldset>
                        <legend>{ "Charts" }</legend>
                        { for ChartId::ALL.into_iter().map(|chart| {
                            let charts = charts.clone();
                            let shown = charts.contains(&chart);
                            // The last chart shown cannot be taken away: an embed shows at least one.
                            let last = shown && charts.len() == 1;
                            let onchange = Callback::from(move |_: Event| {
                                let mut next: Vec<ChartId> = (*charts).clone();
                                if next.contains(&chart) {
                                    next.retain(|c| *c != chart);
                                } else {
                                    next.push(chart);
                                    next.sort();
                                }
                                if !next.is_empty() {
                                    charts.set(next);
                                }
                            });
                            html! {
                                <label>
                                    <input type="checkbox" value={chart.id()} checked={shown} disabled={last} {onchange} />
                                    { chart.label() }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <label class="embed-height">{ "Height in pixels " }
                        <input type="number" min="320" max="3000" step="20" value={height.to_string()} onchange={on_height} />
                    </label>
                </div>
                <label for="embed-snippet">{ "Paste this into the course page:" }</label>
                <textarea id="embed-snippet" readonly=true rows="4" value={snippet} data-field="snippet" />
                <div class="embed-actions">
                    <button type="button" data-action="copy-snippet" onclick={on_copy}>{ "Copy snippet" }</button>
                    <a href={url.clone()} target="_blank" rel="noopener">{ "Open the embedded view" }</a>
                    <span role="status">{ if *copied { "Snippet copied." } else { "" } }</span>
                    <button type="button" class="close" data-action="close-embed" onclick={on_close}>{ "Close" }</button>
                </div>
                <p class="help">{ "Preview:" }</p>
                if *open {
                    <iframe class="embed-preview" src={url} title="Preview of the embedded simulator"
                            style={format!("height:{}px", (*height).min(520))} loading="lazy"></iframe>
                }
            </dialog>
        </>
    }
}

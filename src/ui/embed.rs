//! The "Embed" dialog: choose what an embedded simulator shows, copy the iframe snippet, and see
//! a preview of it.

use super::browser::page_url;
use super::use_tr;
use crate::i18n::{link_refusal, names, Lang};
use crate::scenario::codec::shareable;
use crate::scenario::view::{embed_snippet, ChartId, Controls, Embed, Link};
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement};
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
    let tr = use_tr();
    let dialog = use_node_ref();
    // The embedded page's language: the one chosen here, or (None) each reader's browser's.
    let language = use_state(|| props.link.view.lang);
    {
        // Follows the page's language when the reader switches it.
        let language = language.clone();
        use_effect_with(props.link.view.lang, move |lang| language.set(*lang));
    }
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
    embedded.view.lang = *language;
    embedded.view.embed = Some(Embed {
        controls: *controls,
        charts: (*charts).clone(),
    });
    // A link the page could not read back is never offered: the dialog says why instead.
    // Encoded only while the dialog is open.
    let encoded = (*open).then(|| shareable(&embedded));
    let (url, snippet, refusal) = match encoded.unwrap_or(Ok(String::new())) {
        Ok(query) => {
            let url = page_url(&query);
            let snippet = embed_snippet(&url, &tr.t("embed-iframe-title"), *height);
            (url, snippet, None)
        }
        Err(problem) => (
            String::new(),
            String::new(),
            Some(link_refusal(tr.0, &problem)),
        ),
    };

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
    let on_language = {
        let language = language.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            language.set(Lang::from_id(&select.value()));
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
            <button type="button" data-action="open-embed" onclick={on_open}>{ tr.t("open-embed") }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ tr.t("embed-title") }</h2>
                <div class="embed-options">
                    <fieldset>
                        <legend>{ tr.t("embed-controls") }</legend>
                        { for Controls::ALL.into_iter().map(|option| {
                            let setter = controls.setter();
                            let onchange = Callback::from(move |_: Event| setter.set(option));
                            html! {
                                <label>
                                    <input type="radio" name="embed-controls" value={option.id()}
                                           checked={*controls == option} {onchange} />
                                    { names::controls(tr.0, option) }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <fieldset>
                        <legend>{ tr.t("embed-charts") }</legend>
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
                                    { names::chart(tr.0, chart) }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <div class="embed-fields">
                        <label for="embed-language">{ tr.t("embed-language") }</label>
                        <select id="embed-language" onchange={on_language}>
                            <option value="" selected={language.is_none()}>{ tr.t("embed-language-reader") }</option>
                            { for Lang::ALL.into_iter().map(|l| html! {
                                <option value={l.id()} lang={l.id()} selected={*language == Some(l)}>{ l.native_name() }</option>
                            }) }
                        </select>
                        <label for="embed-height">{ tr.t("embed-height") }</label>
                        <input id="embed-height" type="number" min="320" max="3000" step="20" value={height.to_string()} onchange={on_height} />
                    </div>
                </div>
                if let Some(refusal) = &refusal {
                    <p class="notice" role="status" data-notice="link-too-long">{ refusal.clone() }</p>
                }
                <label for="embed-snippet">{ tr.t("embed-paste") }</label>
                <textarea id="embed-snippet" readonly=true rows="4" value={snippet} data-field="snippet" />
                <div class="embed-actions">
                    <button type="button" data-action="copy-snippet" onclick={on_copy} disabled={refusal.is_some()}>{ tr.t("embed-copy") }</button>
                    if refusal.is_none() {
                        <a href={url.clone()} target="_blank" rel="noopener">{ tr.t("embed-open") }</a>
                    }
                    <span role="status">{ if *copied { tr.t("embed-copied") } else { String::new() } }</span>
                    <button type="button" class="close" data-action="close-embed" onclick={on_close}>{ tr.t("embed-close") }</button>
                </div>
                <p class="help">{ tr.t("embed-preview") }</p>
                if *open && refusal.is_none() {
                    <iframe class="embed-preview" src={url} title={tr.t("embed-preview-title")}
                            height={(*height).min(520).to_string()} loading="lazy"></iframe>
                }
            </dialog>
        </>
    }
}

//! "About the model": the model document, loaded when first opened.

use super::use_tr;
use crate::i18n::Lang;
use yew::prelude::*;

/// The model document: docs/MODEL.md rendered at build time into a file of the site, loaded when
/// "About the model" is first opened (it is as large as a fifth of the app's code).
const MODEL_DOCUMENT: &str = "./model.html";

/// Loads the model document: its HTML, or the reason it could not be loaded.
async fn load_model_document() -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let reason = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(MODEL_DOCUMENT))
            .await
            .map_err(reason)?
            .dyn_into::<web_sys::Response>()
            .map_err(reason)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(reason)?)
        .await
        .map_err(reason)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

#[component]
pub fn AboutModel() -> Html {
    let tr = use_tr();
    // The model document, loaded when "About the model" is first opened: it is long and most
    // visits never open it.
    let model_document = use_state(|| None::<Result<AttrValue, String>>);
    let on_about = {
        let model_document = model_document.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            if details.open() && model_document.is_none() {
                let model_document = model_document.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    model_document.set(Some(load_model_document().await.map(AttrValue::from)));
                });
            }
        })
    };
    html! {
        <details class="about" id="about" ontoggle={on_about}>
            <summary>{ tr.t("about-summary") }</summary>
            if tr.0 != Lang::En {
                <p class="help">{ tr.t("about-language-note") }</p>
            }
            { match &*model_document {
                None => html! { <p class="help" aria-busy="true">{ tr.t("about-loading") }</p> },
                Some(Ok(document)) => html! {
                    <article class="model-doc" lang="en">{ Html::from_html_unchecked(document.clone()) }</article>
                },
                Some(Err(reason)) => html! {
                    <p class="notice" role="status">{ tr.with("about-failed", &[("reason", reason.clone().into())]) }</p>
                },
            } }
        </details>
    }
}

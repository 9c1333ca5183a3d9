//! Sharing and downloads: copy the scenario's link, download every monthly series as CSV, save
//! the scenario as a JSON file and load one back.

use super::browser::{download, page_url};
use super::embed::EmbedDialog;
use super::qr::QrButton;
use super::use_tr;
use crate::i18n::link_refusal;
use crate::scenario::codec::shareable;
use crate::scenario::file::FileError;
use crate::scenario::view::Link;
use crate::scenario::{file, Scenario, Warning};

/// A scenario read from a file or the saved list, with what could not be read from it, or why the
/// file was refused.
pub type Loaded = Result<(Scenario, Vec<Warning>), FileError>;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// What the page shows, without embed options.
    pub link: Link,
    /// A scenario read from a file (with warnings), or why the file was refused.
    pub on_load: Callback<Loaded>,
    /// "Download data (CSV)": the page writes the file once the bands of every material are in.
    pub on_csv: Callback<()>,
}

/// Why a link was not copied.
#[derive(Clone, PartialEq)]
enum CopyProblem {
    /// The browser refused; the link is shown to copy by hand.
    Refused(String),
    /// The link would be too long to read back; the sentence says so.
    TooLong(String),
}

/// "Copy link" and "Download data (CSV)".
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let tr = use_tr();
    // What the copy did: None before any copy, Ok after a copy, Err(link) when the browser refused
    // (the link is then shown to copy by hand).
    let copied = use_state(|| None::<Result<(), CopyProblem>>);
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(None));
    }
    let on_copy = {
        let copied = copied.clone();
        let shown = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            // Encoded when copied; a link the page could not read back is never handed out.
            let query = match shareable(&shown) {
                Ok(query) => query,
                Err(problem) => {
                    copied.set(Some(Err(CopyProblem::TooLong(link_refusal(
                        tr.0, &problem,
                    )))));
                    return;
                }
            };
            let link = page_url(&query);
            let copied = copied.clone();
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&link);
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => copied.set(Some(Ok(()))),
                    Err(_) => copied.set(Some(Err(CopyProblem::Refused(link)))),
                }
            });
        })
    };
    let on_csv = props.on_csv.reform(|_: MouseEvent| ());
    let on_json = {
        let scenario = props.link.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                &format!("chokepoint-{}.json", scenario.file_name()),
                "application/json",
                &file::to_json(&scenario),
            );
        })
    };
    // The reader must live until it has read the file.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let on_file = {
        let on_load = props.on_load.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(chosen) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if chosen.size() > file::MAX_FILE_BYTES as f64 {
                on_load.emit(Err(FileError::TooLarge {
                    bytes: chosen.size() as usize,
                    max: file::MAX_FILE_BYTES,
                }));
                return;
            }
            let on_load = on_load.clone();
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::Blob::from(chosen), move |text| {
                    on_load.emit(match text {
                        Ok(text) => file::from_json(&text),
                        Err(error) => Err(FileError::Unreadable {
                            reason: error.to_string(),
                        }),
                    });
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    html! {
        <div class="share" role="group" aria-label={tr.t("share-label")}>
            <button type="button" data-action="copy-link" onclick={on_copy}>{ tr.t("copy-link") }</button>
            <button type="button" data-action="download-csv" onclick={on_csv}>{ tr.t("download-csv") }</button>
            <button type="button" data-action="download-json" onclick={on_json}>{ tr.t("save-json") }</button>
            <QrButton id="qr-link" address={shareable(&props.link).ok().map(|query| AttrValue::from(page_url(&query)))}
                      what={tr.t("qr-this-scenario")} />
            <EmbedDialog link={props.link.clone()} />
            <label class="load">{ tr.t("load-json") }
                <input type="file" accept=".json,application/json" data-action="load-json" onchange={on_file} />
            </label>
            <span class="share-status" role="status">
                { match &*copied {
                    Some(Ok(())) => html! { { tr.t("link-copied") } },
                    Some(Err(CopyProblem::Refused(link))) => html! {
                        <label>{ tr.t("copy-by-hand") }{ " " }
                            <input type="text" readonly=true value={link.clone()} data-field="link" />
                        </label>
                    },
                    Some(Err(CopyProblem::TooLong(text))) => html! {
                        <span class="notice" data-notice="link-too-long">{ text.clone() }</span>
                    },
                    None => html! {},
                } }
            </span>
        </div>
    }
}

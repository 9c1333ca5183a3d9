//! "QR code": a button that shows a page address as a QR code, large enough to read from a
//! projector, with the address written under it.

use super::use_tr;
use crate::charts::qr::{qr_svg, MAX_VERSION};
use crate::i18n::whole;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrButtonProps {
    /// The page address, or None when it is too long to be a link at all.
    pub address: Option<AttrValue>,
    /// What the address opens, for the dialog's title: "this scenario", "step 3".
    pub what: AttrValue,
    /// The dialog's id, unique on the page.
    pub id: AttrValue,
}

#[component]
pub fn QrButton(props: &QrButtonProps) -> Html {
    let tr = use_tr();
    let dialog = use_node_ref();
    let open = use_state(|| false);
    let on_open = {
        let (dialog, open) = (dialog.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(true);
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        })
    };
    let on_close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let on_closed = {
        let open = open.clone();
        Callback::from(move |_: Event| open.set(false))
    };
    // Drawn only once asked for.
    let code = open.then(|| match props.address.as_deref() {
        Some(address) => match qr_svg(address) {
            Ok(svg) => html! {
                <>
                    <div class="qr-code" role="img" aria-label={tr.with("qr-label", &[("what", props.what.to_string().into())])}
                         data-field="qr">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                    <p class="qr-address"><bdi>{ address.to_string() }</bdi></p>
                </>
            },
            Err(too_long) => html! {
                <p role="status" data-field="qr-too-long">{ tr.with("qr-too-long", &[
                    ("bytes", whole(too_long.bytes as f64).into()),
                    ("version", MAX_VERSION.to_string().into()),
                ]) }</p>
            },
        },
        None => html! { <p role="status" data-field="qr-too-long">{ tr.t("qr-no-link") }</p> },
    });
    html! {
        <>
            <button type="button" data-action="show-qr" aria-haspopup="dialog" aria-controls={props.id.clone()} onclick={on_open}>{ tr.t("qr-button") }</button>
            <dialog class="qr-dialog" id={props.id.clone()} ref={dialog} onclose={on_closed} aria-labelledby={format!("{}-title", props.id)}>
                <h2 id={format!("{}-title", props.id)}>{ tr.with("qr-title", &[("what", props.what.to_string().into())]) }</h2>
                { for code }
                <button type="button" data-action="close-qr" onclick={on_close}>{ tr.t("qr-close") }</button>
            </dialog>
        </>
    }
}

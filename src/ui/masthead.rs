//! The top of the page: the name, the language switch and, in an embedded page, the way to the
//! full simulator.

use super::use_tr;
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let tr = use_tr();
    let onchange = props.on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Lang::from_id(&select.value()).unwrap_or_default()
    });
    html! {
        <div class="language">
            <label for="language">{ tr.t("language") }</label>
            <select id="language" {onchange} data-action="language">
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.id()} lang={l.id()} selected={l == props.lang}>{ l.native_name() }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub lang: Lang,
    pub on_language: Callback<Lang>,
    /// In an embedded page: the address of the full simulator showing the same scenario.
    pub full_page: Option<AttrValue>,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let tr = use_tr();
    let switch =
        html! { <LanguageSwitch lang={props.lang} on_change={props.on_language.clone()} /> };
    match &props.full_page {
        Some(href) => html! {
            <header class="embed-bar">
                <h1 class="embed-name">{ "Chokepoint" }</h1>
                <span class="embed-tagline">{ tr.t("embed-tagline") }</span>
                { switch }
                <a href={href.clone()} target="_blank" rel="noopener" data-action="open-full">
                    { tr.t("open-full") }
                </a>
            </header>
        },
        None => html! {
            <header class="masthead">
                <div class="title">
                    <h1>{ "Chokepoint" }</h1>
                    <p class="tagline">{ tr.t("tagline") }</p>
                </div>
                { switch }
            </header>
        },
    }
}

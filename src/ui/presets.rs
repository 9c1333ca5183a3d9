//! The named scenarios one tap away, and the invitation to the guided story on a first visit.

use super::use_tr;
use crate::i18n::names;
use crate::scenario::Preset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    /// The preset the scenario on screen matches, if any.
    pub active: Option<Preset>,
    pub on_preset: Callback<Preset>,
    pub on_story: Callback<()>,
}

/// The guided story first, then the presets; the description of the one on screen below.
#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    let on_story = props.on_story.reform(|_: MouseEvent| ());
    html! {
        <div class="preset-area">
            <nav class="presets" aria-label={tr.t("presets-label")}>
                <button type="button" class="story" data-action="start-story" onclick={on_story}>{ tr.t("lesson-start") }</button>
                { for Preset::ALL.into_iter().map(|preset| {
                    let onclick = props.on_preset.reform(move |_: MouseEvent| preset);
                    let label = if preset == Preset::Baseline { tr.t("preset-reset") } else { names::preset(lang, preset) };
                    let active = props.active == Some(preset);
                    html! {
                        <button type="button" data-preset={preset.id()} title={names::preset_description(lang, preset)}
                                class={classes!(active.then_some("active"))}
                                aria-pressed={active.to_string()} {onclick}>
                            { label }
                        </button>
                    }
                }) }
            </nav>
            <p class="preset-description">
                { props.active.map_or_else(|| tr.t("own-scenario"), |p| names::preset_description(lang, p)) }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryInviteProps {
    pub on_story: Callback<()>,
    pub on_dismiss: Callback<()>,
}

/// Shown on a first visit without a link: what the page is, and the guided story as the way in.
#[component]
pub fn StoryInvite(props: &StoryInviteProps) -> Html {
    let tr = use_tr();
    let on_story = props.on_story.reform(|_: MouseEvent| ());
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <section class="story-invite" aria-labelledby="story-invite-heading">
            <h2 id="story-invite-heading">{ tr.t("invite-heading") }</h2>
            <p>{ tr.t("invite-text") }</p>
            <div class="invite-actions">
                <button type="button" class="primary" data-action="invite-story" onclick={on_story}>{ tr.t("invite-story") }</button>
                <button type="button" class="quiet" data-action="invite-explore" onclick={on_dismiss}>{ tr.t("invite-explore") }</button>
            </div>
        </section>
    }
}

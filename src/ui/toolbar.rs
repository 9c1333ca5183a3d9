//! The toolbar: undo and redo, and the secondary tools (copy link, downloads, files, saved
//! scenarios, embed, the lesson writer). On a phone the tools fold behind one button.

use super::lesson::LessonWriter;
use super::saved::SavedPanel;
use super::share::{Loaded, ShareBar};
use super::use_tr;
use crate::scenario::lesson::LessonError;
use crate::scenario::view::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    /// What the page shows, without embed options; `None` in an embedded page, which has no tools.
    pub link: Option<Link>,
    pub on_load: Callback<Loaded>,
    pub on_load_saved: Callback<Loaded>,
    pub on_lesson_open: Callback<Result<String, LessonError>>,
    /// Shows a lesson step's scenario (a link's query string) on the page, to edit it.
    #[prop_or_default]
    pub on_lesson_show: Callback<String>,
    pub on_csv: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let tr = use_tr();
    let tools_open = use_state(|| false);
    let on_undo = props.on_undo.reform(|_: MouseEvent| ());
    let on_redo = props.on_redo.reform(|_: MouseEvent| ());
    let on_tools = {
        let tools_open = tools_open.clone();
        Callback::from(move |_: MouseEvent| tools_open.set(!*tools_open))
    };
    // The shortcut is named in each button's label for screen readers and in its tooltip.
    let undo_label = tr.t("undo-label");
    let redo_label = tr.t("redo-label");
    html! {
        <div class="toolbar">
            <div class="history-buttons" role="group" aria-label={tr.t("history-label")}>
                <button type="button" class="icon-button" data-action="undo" onclick={on_undo}
                        disabled={!props.can_undo} title={undo_label.clone()} aria-label={undo_label}
                        aria-keyshortcuts="Control+Z Meta+Z">
                    <span aria-hidden="true">{ "↶" }</span><span class="button-text">{ tr.t("undo") }</span>
                </button>
                <button type="button" class="icon-button" data-action="redo" onclick={on_redo}
                        disabled={!props.can_redo} title={redo_label.clone()} aria-label={redo_label}
                        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
                    <span aria-hidden="true">{ "↷" }</span><span class="button-text">{ tr.t("redo") }</span>
                </button>
            </div>
            if let Some(link) = &props.link {
                <button type="button" class="tools-toggle" data-action="tools"
                        aria-expanded={tools_open.to_string()} aria-controls="tools" onclick={on_tools}>
                    { tr.t("tools") }
                </button>
                <div id="tools" class={classes!("tools", tools_open.then_some("open"))}>
                    <ShareBar link={link.clone()} on_load={props.on_load.clone()} on_csv={props.on_csv.clone()} />
                    <SavedPanel scenario={link.scenario.clone()} on_load={props.on_load_saved.clone()} />
                    <LessonWriter link={link.clone()} on_open={props.on_lesson_open.clone()} on_show={props.on_lesson_show.clone()} />
                </div>
            }
        </div>
    }
}

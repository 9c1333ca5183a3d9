//! The controls: every measure's schedule and every assumption. Beside the charts on a wide
//! screen; on a phone, a sheet over the lower part of the screen that leaves the main chart in
//! view above it, so that a change and its effect are seen together.

use super::controls::{Drivers, MeasureEditor, ParamGroups};
use super::use_tr;
use crate::i18n::names;
use crate::model::measures::Side;
use crate::model::time::Date;
use crate::model::{MeasureId, ParamRef};
use crate::scenario::Scenario;
use yew::prelude::*;

/// Whether the controls are a sheet (a narrow screen, as styles/main.css has it) rather than a
/// column beside the charts.
pub fn is_sheet() -> bool {
    gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 1000.0)
}

/// Where the choice between the simple and the dated view of the measures is kept.
const MODE_KEY: &str = "chokepoint-measures-view";

/// The view of the measures chosen before in this browser: simple (true) or dated (false).
fn stored_mode() -> Option<bool> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    match storage.get_item(MODE_KEY).ok().flatten()?.as_str() {
        "simple" => Some(true),
        "dates" => Some(false),
        _ => None,
    }
}

fn store_mode(simple: bool) {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        // A browser that keeps nothing (private mode, storage full) forgets the choice, no more.
        let _ = storage.set_item(MODE_KEY, if simple { "simple" } else { "dates" });
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsSheetProps {
    pub scenario: Scenario,
    /// False in a locked embed: the settings are shown but cannot change.
    pub editable: bool,
    /// Whether the sheet is open (it matters on a phone only).
    pub open: bool,
    pub on_open: Callback<bool>,
    pub on_changes: Callback<(MeasureId, Vec<(Date, usize)>)>,
    pub on_param: Callback<(ParamRef, f64)>,
    pub on_reset_params: Callback<()>,
    /// The top drivers of the figure on screen, once computed.
    #[prop_or_default]
    pub drivers: Option<std::rc::Rc<Drivers>>,
}

#[component]
pub fn ControlsSheet(props: &ControlsSheetProps) -> Html {
    let tr = use_tr();
    let lang = tr.0;
    // Beginners see each measure on or off with its historical dates; the dated editor is one
    // click away, per measure or for all of them. The choice is remembered in this browser.
    let simple = use_state(|| stored_mode().unwrap_or(true));
    let heading = use_node_ref();
    let opener = use_node_ref();
    let was_open = use_mut_ref(|| false);
    {
        // Opening the sheet on a phone brings the main chart to the top of the screen, above the
        // sheet, and moves the focus into the sheet; closing it returns the focus to the opener
        // (shown again once the sheet is closed).
        let (heading, opener) = (heading.clone(), opener.clone());
        use_effect_with(props.open, move |open| {
            let was = std::mem::replace(&mut *was_open.borrow_mut(), *open);
            if was && !*open {
                if let Some(opener) = opener.cast::<web_sys::HtmlElement>() {
                    let _ = opener.focus();
                }
            }
            if *open && is_sheet() {
                let document = gloo::utils::document();
                if let Ok(Some(chart)) = document.query_selector("figure[data-chart=\"lead-time\"]")
                {
                    chart.scroll_into_view_with_bool(true);
                }
                if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    let on_open = props.on_open.reform(|_: MouseEvent| true);
    let on_close = props.on_open.reform(|_: MouseEvent| false);
    let on_keydown = {
        let on_open = props.on_open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_open.emit(false);
            }
        })
    };
    let on_mode = {
        let simple = simple.clone();
        Callback::from(move |_: MouseEvent| {
            store_mode(!*simple);
            simple.set(!*simple);
        })
    };
    let changed_params = props.scenario.changed_param_count();
    let on_reset = props.on_reset_params.reform(|_: MouseEvent| ());
    let editable = props.editable;
    html! {
        <>
            <button type="button" class="open-controls" data-action="open-controls" ref={opener}
                    aria-expanded={props.open.to_string()} aria-controls="controls" onclick={on_open}>
                { tr.t("open-controls") }
            </button>
            <section id="controls" class={classes!("controls", props.open.then_some("open"))}
                     aria-labelledby="controls-heading" tabindex="-1" onkeydown={on_keydown}>
                <div class="controls-head">
                    <h2 id="controls-heading" tabindex="-1" ref={heading}>{ tr.t("controls-label") }</h2>
                    if editable {
                        <button type="button" class="mode-switch" data-action="controls-mode"
                                aria-pressed={(!*simple).to_string()} onclick={on_mode}>
                            { tr.t("show-dates") }
                        </button>
                    }
                    <button type="button" class="close-controls" data-action="close-controls" onclick={on_close}
                            aria-label={tr.t("close-controls")}>{ "✕" }</button>
                </div>
                // A disabled fieldset disables every control inside it: a locked embed shows the
                // settings without letting them change.
                <fieldset class="controls-lock" disabled={!editable}>
                    if !editable {
                        <legend class="locked-note">{ tr.t("controls-locked-note") }</legend>
                    }
                    { for Side::ALL.into_iter().map(|side| html! {
                        <div class="side" data-side={format!("{side:?}").to_lowercase()}>
                            <h3>{ names::side(lang, side) }</h3>
                            { for MeasureId::ALL.into_iter().filter(|m| m.side() == side).map(|measure| html! {
                                <MeasureEditor {measure} changes={props.scenario.measures.changes_of(measure)}
                                               on_change={props.on_changes.clone()} simple={*simple && editable} />
                            }) }
                        </div>
                    }) }
                    <div class="side">
                        <h3>{ tr.t("assumptions") }</h3>
                        <p class="help">{ tr.t("assumptions-help") }</p>
                        if changed_params > 0 {
                            <button type="button" class="reset-params" onclick={on_reset}>
                                { tr.with("reset-changed", &[("count", changed_params.into())]) }
                            </button>
                        }
                        <ParamGroups values={props.scenario.params.values().to_vec()} on_change={props.on_param.clone()}
                                     drivers={props.drivers.clone()} />
                    </div>
                </fieldset>
            </section>
        </>
    }
}

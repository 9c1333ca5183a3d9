//! The page: Yew components that wire the scenario, the model and the charts together. No model
//! arithmetic happens here: the components call the model and the charts and lay out what they
//! return.

mod about;
mod app;
mod browser;
mod chart;
mod chart_panel;
mod compare;
mod computer;
mod controls;
mod controls_sheet;
pub mod crash;
mod embed;
mod headline_cards;
mod lesson;
mod masthead;
mod messages;
mod model_checks;
mod notice;
mod presets;
mod qr;
mod results;
mod saved;
mod share;
mod spoiler;
mod state;
mod toolbar;
mod what_changed;

pub use app::App;

use crate::i18n::Tr;
use yew::prelude::*;

/// The page's texts in the language the reader chose (provided by [`App`]).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_default()
}

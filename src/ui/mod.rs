//! The page: Yew components that wire the scenario, the model and the charts together. No model
//! arithmetic happens here: the components call the model and the charts and lay out what they
//! return.

mod app;
mod compare;
mod controls;
pub mod crash;
mod embed;
mod lesson;
mod messages;
mod results;
mod saved;
mod share;
mod state;

pub use app::App;

use crate::i18n::Tr;
use yew::prelude::*;

/// The page's texts in the language the reader chose (provided by [`App`]).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_default()
}

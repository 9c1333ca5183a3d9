//! The page: Yew components that wire the scenario, the model and the charts together. No model
//! arithmetic happens here: the components call the model and the charts and lay out what they
//! return.

mod app;
mod compare;
mod controls;
mod embed;
mod messages;
mod results;
mod saved;
mod share;
mod state;

pub use app::App;

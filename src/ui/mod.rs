//! The page: Yew components that wire the scenario, the model and the charts together. No model
//! arithmetic happens here.

mod app;

pub use app::App;

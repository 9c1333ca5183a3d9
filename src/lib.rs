//! Chokepoint: a policy simulator of the 2019 Japan–South Korea export-control dispute.
//!
//! `model` and `scenario` are pure Rust and run natively and in the browser; `charts` draws over
//! any plotters backend; `ui` (browser only) wires them together; `work` is the heavy computation
//! the page asks for, which `worker` (browser only) runs off the page's thread.

pub mod charts;
pub mod export;
pub mod i18n;
pub mod model;
pub mod scenario;
pub mod work;

#[cfg(not(target_arch = "wasm32"))]
pub mod calibration;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;

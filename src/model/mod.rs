//! The model: pure Rust, no browser, no drawing. Everything here compiles and is tested natively.
//!
//! One mechanism per file, each with its equations in its doc comment as docs/MODEL.md writes
//! them: [`politics`], [`demand`], [`substitution`], [`ordering`], [`licensing`], [`pipeline`];
//! [`simulate`] declares the stocks and flows and wires the mechanisms together.

pub mod attribution;
pub mod calibrated;
pub mod checks;
pub mod demand;
pub mod licensing;
pub mod measures;
pub mod observed;
pub mod ordering;
pub mod params;
pub mod pipeline;
pub mod politics;
pub mod sensitivity;
pub mod simulate;
pub mod substitution;
pub mod summary;
pub mod targets;
pub mod time;
pub mod uncertainty;

pub use measures::{Material, MeasureId, Measures};
pub use params::{ParamRef, Params};
pub use simulate::{simulate, MaterialSeries, Output, Run};

/// Version of the model, written into exported data so that numbers can be traced to the code.
pub const MODEL_VERSION: &str = env!("CARGO_PKG_VERSION");

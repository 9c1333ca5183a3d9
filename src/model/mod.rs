//! The model: pure Rust, no browser, no drawing. Everything here compiles and is tested natively.

pub mod attribution;
pub mod climate;
pub mod licensing;
pub mod measures;
pub mod observed;
pub mod params;
pub mod simulate;
pub mod summary;
pub mod time;
pub mod uncertainty;

pub use measures::{Material, MeasureId, Measures};
pub use params::{ParamRef, Params};
pub use simulate::{simulate, MaterialSeries, Output, Run};

/// Version of the model, written into exported data so that numbers can be traced to the code.
pub const MODEL_VERSION: &str = env!("CARGO_PKG_VERSION");

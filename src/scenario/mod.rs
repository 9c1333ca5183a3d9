//! A scenario is plain data: the dated schedule of measures and the parameter values. The URL codec
//! turns it into a link and back, and the presets give named starting points.

pub mod actions;
pub mod codec;
pub mod compare;
pub mod file;
pub mod history;
pub mod lesson;
pub mod message;
pub mod presets;
pub mod saved;
pub mod view;

use crate::model::{Measures, Params};

pub use codec::{decode, decode_link, encode, encode_link, Warning};
pub use presets::Preset;

/// Everything a user can set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    pub measures: Measures,
    pub params: Params,
}

impl Scenario {
    /// A name for files made from the scenario: its preset's id, or "own-scenario".
    pub fn file_name(&self) -> &'static str {
        self.matching_preset().map_or("own-scenario", |p| p.id())
    }
}

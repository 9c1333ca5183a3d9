//! The scenario as a JSON file, for saving and loading. The file carries the scenario's link (read
//! by the same codec as the address bar, so a file and a link can never disagree) and, for people
//! reading it, the model version and the preset it started from.

use super::codec::{self, decode_link, encode, Problem, Warning};
use super::Scenario;
use crate::model::MODEL_VERSION;
use serde::{Deserialize, Serialize};

/// What the `format` field of every scenario file says.
pub const FORMAT: &str = "chokepoint-scenario";
/// Largest file that is read at all.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

#[derive(Serialize, Deserialize)]
struct ScenarioFile {
    format: String,
    version: u32,
    #[serde(default)]
    model_version: String,
    link: String,
}

/// The JSON file of a scenario.
pub fn to_json(scenario: &Scenario) -> String {
    let file = ScenarioFile {
        format: FORMAT.to_string(),
        version: 1,
        model_version: MODEL_VERSION.to_string(),
        link: encode(scenario),
    };
    serde_json::to_string_pretty(&file).expect("a plain struct serializes")
}

/// Why a file was refused, as data; `i18n::file_error` words it in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    NotScenario {
        reason: String,
    },
    WrongFormat {
        format: String,
    },
    WrongVersion {
        version: u32,
    },
    /// The file's link is too long to be read (see [`codec::too_long`]).
    LinkTooLong {
        bytes: usize,
        max: usize,
    },
    /// The compressed part of the file's link does not read.
    LinkDamaged,
    /// The browser could not read the file.
    Unreadable {
        reason: String,
    },
}

impl std::fmt::Display for FileError {
    /// The reason in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = crate::i18n::file_error(crate::i18n::Lang::En, self);
        write!(f, "{}", crate::i18n::plain(&sentence))
    }
}

/// Reads a scenario file. A file that is not a scenario file is refused with the reason; a
/// scenario file with bad parts loads with warnings naming them, like a link.
pub fn from_json(text: &str) -> Result<(Scenario, Vec<Warning>), FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let file: ScenarioFile = serde_json::from_str(text).map_err(|e| FileError::NotScenario {
        reason: e.to_string(),
    })?;
    if file.format != FORMAT {
        return Err(FileError::WrongFormat {
            format: file.format,
        });
    }
    if file.version != 1 {
        return Err(FileError::WrongVersion {
            version: file.version,
        });
    }
    // A link that cannot be used would open the default scenario in place of the one on screen.
    match codec::unusable(&file.link) {
        Some(Problem::TooLong { bytes, max }) => return Err(FileError::LinkTooLong { bytes, max }),
        Some(_) => return Err(FileError::LinkDamaged),
        None => {}
    }
    // A file carries one scenario: what else its link holds is named, not silently dropped.
    let (link, mut warnings) = decode_link(&file.link);
    for key in codec::beyond_scenario(&link) {
        warnings.push(Warning {
            key: key.to_string(),
            problem: Problem::NotInFile,
        });
    }
    Ok((link.scenario, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Preset;

    #[test]
    fn every_preset_survives_a_file_round_trip() {
        for preset in Preset::ALL {
            let (back, warnings) = from_json(&to_json(&preset.scenario())).expect("reads");
            assert_eq!(back, preset.scenario());
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn files_that_are_not_scenarios_are_refused_with_a_reason() {
        for (text, reason) in [
            ("not json", "not a Chokepoint scenario file"),
            (r#"{"format":"other","version":1,"link":"v=1"}"#, "format"),
            (
                r#"{"format":"chokepoint-scenario","version":9,"link":"v=1"}"#,
                "version 9",
            ),
            (
                r#"{"format":"chokepoint-scenario","version":1}"#,
                "not a Chokepoint scenario file",
            ),
        ] {
            let error = from_json(text).expect_err(text);
            assert!(error.to_string().contains(reason), "{text}: {error}");
        }
        assert!(from_json(&" ".repeat(MAX_FILE_BYTES + 1)).is_err());
        // The hostile test's file: under the file limit, but its link is over the link limit.
        let long = serde_json::json!({
            "format": FORMAT,
            "version": 1,
            "link": format!("v=4&x={}", "a".repeat(codec::MAX_QUERY_BYTES)),
        })
        .to_string();
        assert!(long.len() < MAX_FILE_BYTES);
        assert!(matches!(
            from_json(&long),
            Err(FileError::LinkTooLong { max, .. }) if max == codec::MAX_QUERY_BYTES
        ));
    }

    #[test]
    fn a_file_whose_link_does_not_read_is_refused_and_what_it_leaves_out_is_named() {
        let file = |link: &str| {
            serde_json::json!({"format": FORMAT, "version": 1, "link": link}).to_string()
        };
        // A damaged compressed part would have opened the default scenario.
        assert_eq!(
            from_json(&file("v=4&preset=history#z=AAAA")),
            Err(FileError::LinkDamaged)
        );
        // A file holds one scenario: the compared scenario and the view are named, not dropped.
        let link = "v=4&preset=history&compare=baseline&show=polyimide&lesson=story";
        let (scenario, warnings) = from_json(&file(link)).expect("reads");
        assert_eq!(scenario, Preset::History.scenario());
        let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys.len(), 3);
        assert_eq!(keys, codec::beyond_scenario(&decode_link(link).0));
        assert!(warnings.iter().all(|w| w.problem == Problem::NotInFile));
    }

    #[test]
    fn bad_parts_of_a_file_load_with_warnings() {
        let text = r#"{"format":"chokepoint-scenario","version":1,"link":"v=1&preset=history&colour=red"}"#;
        let (scenario, warnings) = from_json(text).expect("reads");
        assert_eq!(scenario, Preset::History.scenario());
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].key, "colour");
    }
}

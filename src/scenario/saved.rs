//! Scenarios a user has named and saved in the browser. The list is stored as JSON; each entry
//! carries the scenario's link, read by the same codec as the address bar.

use super::codec::{decode, encode, Warning};
use super::Scenario;
use serde::{Deserialize, Serialize};

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub name: String,
    pub link: String,
}

impl SavedScenario {
    pub fn new(name: &str, scenario: &Scenario) -> Self {
        SavedScenario {
            name: clean_name(name),
            link: encode(scenario),
        }
    }

    /// The scenario, with warnings for any part that no longer reads.
    pub fn scenario(&self) -> (Scenario, Vec<Warning>) {
        decode(&self.link)
    }
}

/// A name as stored: trimmed, at most 80 characters, "Untitled" when empty.
pub fn clean_name(name: &str) -> String {
    let trimmed: String = name.trim().chars().take(80).collect();
    if trimmed.is_empty() {
        "Untitled".to_string()
    } else {
        trimmed
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    scenarios: Vec<SavedScenario>,
}

/// The saved list as stored.
pub fn to_storage(list: &[SavedScenario]) -> String {
    serde_json::to_string(&Stored {
        version: 1,
        scenarios: list.to_vec(),
    })
    .expect("a plain struct serializes")
}

/// Largest stored list that is read at all (a list of a hundred scenarios takes a few kilobytes).
pub const MAX_STORED_BYTES: usize = 1024 * 1024;

/// Reads the stored list. Nothing stored is an empty list; something that cannot be read is an
/// error saying why, so that the caller can keep it aside rather than overwrite it.
pub fn from_storage(stored: Option<&str>) -> Result<Vec<SavedScenario>, String> {
    let Some(text) = stored else {
        return Ok(Vec::new());
    };
    if text.len() > MAX_STORED_BYTES {
        return Err(format!(
            "the saved scenarios take {} bytes, more than the {MAX_STORED_BYTES} this page reads",
            text.len()
        ));
    }
    let stored: Stored = serde_json::from_str(text)
        .map_err(|e| format!("the saved scenarios could not be read ({e})"))?;
    if stored.version != 1 {
        return Err(format!(
            "the saved scenarios are in an unknown version ({})",
            stored.version
        ));
    }
    // Names are kept as the page would have written them, however they were stored.
    Ok(stored
        .scenarios
        .into_iter()
        .map(|s| SavedScenario {
            name: clean_name(&s.name),
            link: s.link,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Preset;

    #[test]
    fn a_list_survives_storage() {
        let list = vec![
            SavedScenario::new("  History  ", &Preset::History.scenario()),
            SavedScenario::new("", &Preset::Escalation.scenario()),
        ];
        assert_eq!(list[0].name, "History");
        assert_eq!(list[1].name, "Untitled");
        let back = from_storage(Some(&to_storage(&list))).expect("reads");
        assert_eq!(back, list);
        assert_eq!(back[1].scenario().0, Preset::Escalation.scenario());
        assert_eq!(from_storage(None), Ok(Vec::new()));
    }

    #[test]
    fn unreadable_storage_is_an_error_not_an_empty_list() {
        assert!(from_storage(Some("{not json")).is_err());
        assert!(from_storage(Some(r#"{"version":2,"scenarios":[]}"#)).is_err());
        assert_eq!(clean_name(&"x".repeat(200)).chars().count(), 80);
        let huge = format!(
            r#"{{"version":1,"scenarios":[{{"name":"{}","link":"v=3"}}]}}"#,
            "x".repeat(MAX_STORED_BYTES)
        );
        assert!(from_storage(Some(&huge)).is_err());
        let long_name = format!(
            r#"{{"version":1,"scenarios":[{{"name":"{}","link":"v=3"}}]}}"#,
            "y".repeat(5000)
        );
        assert_eq!(from_storage(Some(&long_name)).unwrap()[0].name.len(), 80);
    }
}

//! Scenarios a user has named and saved in the browser. The list is stored as JSON; each entry
//! carries the scenario's link, read by the same codec as the address bar, and an id by which it
//! is renamed or deleted.
//!
//! Several tabs or windows share the stored list, so a change is never a copy of the list a page
//! read earlier: the page reads the list as stored now, applies the change to it ([`apply`]) and
//! stores the result, which is refused if the page could not read it back
//! ([`MAX_STORED_BYTES`]).

use super::codec::{decode, encode, Warning};
use super::Scenario;
use serde::{Deserialize, Serialize};

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedScenario {
    /// Made when the scenario is saved and never changed. Lists stored before entries had one
    /// read with one derived from the entry's name and link.
    #[serde(default)]
    pub id: String,
    pub name: String,
    pub link: String,
}

impl SavedScenario {
    pub fn new(id: &str, name: &str, scenario: &Scenario) -> Self {
        SavedScenario {
            id: id.to_string(),
            name: clean_name(name),
            link: encode(scenario),
        }
    }

    /// The scenario, with warnings for any part that no longer reads.
    pub fn scenario(&self) -> (Scenario, Vec<Warning>) {
        decode(&self.link)
    }
}

/// A name as stored: trimmed, at most 80 characters, "Untitled" when empty. A clean name is
/// its own clean name.
pub fn clean_name(name: &str) -> String {
    let cut: String = name.trim().chars().take(80).collect();
    match cut.trim() {
        "" => "Untitled".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// An id for a scenario saved now: the time in milliseconds, in hexadecimal. Two scenarios saved
/// in the same millisecond (in two tabs) still get two ids: [`apply`] gives the second `-2`.
pub fn new_id(millis: f64) -> String {
    // The cast saturates: a time out of range gives 0 or the largest number, still an id.
    format!("{:x}", millis as u64)
}

/// Ids the page keeps as stored: 1 to 64 letters, digits, '-' or '_'.
fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// FNV-1a, 64 bits, of the texts with a zero byte after each: stable across builds and platforms,
/// unlike the standard library's hasher.
fn hash(texts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in texts.iter().flat_map(|t| t.bytes().chain([0])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A set of 64-bit hashes, by open addressing: a few lines of code in the page where a `HashSet`
/// would take a kilobyte. It holds at most `capacity` hashes.
struct Hashes(Vec<u64>);

impl Hashes {
    fn with_capacity(capacity: usize) -> Self {
        // At most half full, so a free slot is always found.
        Hashes(vec![0; (2 * capacity + 2).next_power_of_two()])
    }

    /// Adds a hash, and says whether it was new.
    fn insert(&mut self, hash: u64) -> bool {
        // 0 marks a free slot; a hash of 0 counts as 1 (at worst one id more is replaced).
        let hash = hash.max(1);
        let mask = self.0.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.0[at] {
                0 => {
                    self.0[at] = hash;
                    return true;
                }
                seen if seen == hash => return false,
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// The id of an entry stored without one (or with one the page does not keep): from its name and
/// link, so that every page reading the same list gives it the same id.
fn derived_id(name: &str, link: &str) -> String {
    format!("s{:x}", hash(&[name, link]))
}

/// `base`, or `base-2`, `base-3`...: the first that `claim` takes (it says whether the id is free,
/// and takes it if so).
fn claimed(base: String, claim: &mut dyn FnMut(&str) -> bool) -> String {
    if claim(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| claim(id))
        .expect("some suffix is free")
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    scenarios: Vec<SavedScenario>,
}

/// The saved list as stored. The format is still version 1: pages written before entries had ids
/// read it too (they ignore the ids).
pub fn to_storage(list: &[SavedScenario]) -> String {
    serde_json::to_string(&Stored {
        version: 1,
        scenarios: list.to_vec(),
    })
    .expect("a plain struct serializes")
}

/// Largest stored list that is read at all (a list of a hundred scenarios takes a few kilobytes).
/// A change that would store a larger list is refused.
pub const MAX_STORED_BYTES: usize = 1024 * 1024;

/// Why the stored list could not be read, as data; `i18n::saved_unreadable` words it in each
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not the list's JSON (the parser's reason, in English).
    NotList {
        reason: String,
    },
    Version {
        version: u32,
    },
}

/// Reads the stored list. Nothing stored is an empty list; something that cannot be read is an
/// error saying why, so that the caller can keep it aside rather than overwrite it. Every entry
/// read has an id no other entry has.
pub fn from_storage(stored: Option<&str>) -> Result<Vec<SavedScenario>, Unreadable> {
    let Some(text) = stored else {
        return Ok(Vec::new());
    };
    if text.len() > MAX_STORED_BYTES {
        return Err(Unreadable::TooLarge {
            bytes: text.len(),
            max: MAX_STORED_BYTES,
        });
    }
    let stored: Stored = serde_json::from_str(text).map_err(|e| Unreadable::NotList {
        reason: e.to_string(),
    })?;
    if stored.version != 1 {
        return Err(Unreadable::Version {
            version: stored.version,
        });
    }
    // Stored ids are kept where they are valid and unique (the first entry with an id keeps it);
    // the other entries get derived ones, distinct from every id kept. Ids are told apart by their
    // hashes: two ids with one hash would only give the second entry another id.
    let mut taken = Hashes::with_capacity(stored.scenarios.len());
    let mut kept = Vec::with_capacity(stored.scenarios.len());
    for s in &stored.scenarios {
        kept.push(valid_id(&s.id) && taken.insert(hash(&[&s.id])));
    }
    Ok(stored
        .scenarios
        .into_iter()
        .zip(kept)
        .map(|(s, kept)| {
            // Names are kept as the page would have written them, however they were stored.
            let name = clean_name(&s.name);
            let id = if kept {
                s.id
            } else {
                claimed(derived_id(&name, &s.link), &mut |id| {
                    taken.insert(hash(&[id]))
                })
            };
            SavedScenario {
                id,
                name,
                link: s.link,
            }
        })
        .collect())
}

/// A change a user makes to the saved list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Adds a scenario at the end (with another id if its id is taken).
    Save(SavedScenario),
    Rename {
        id: String,
        name: String,
    },
    Delete {
        id: String,
    },
}

/// Why a change was not made. The stored list is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The list would take more than the page reads back.
    TooLarge { bytes: usize, max: usize },
    /// The entry to rename is no longer stored: another tab or window deleted it.
    Gone,
}

/// A list after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub list: Vec<SavedScenario>,
    /// What to store, or nothing when the change leaves the list as it was (renaming to the same
    /// name, deleting what another tab already deleted).
    pub stored: Option<String>,
}

/// Applies a change to the list as stored now (read just before), returning the list and the text
/// to store, or why the change is refused.
pub fn apply(mut list: Vec<SavedScenario>, change: &Change) -> Result<Applied, Refusal> {
    let position = |list: &[SavedScenario], id: &str| list.iter().position(|s| s.id == id);
    let changed = match change {
        Change::Save(saved) => {
            let id = if valid_id(&saved.id) {
                saved.id.clone()
            } else {
                derived_id(&saved.name, &saved.link)
            };
            let id = claimed(id, &mut |id| list.iter().all(|s| s.id != id));
            list.push(SavedScenario {
                id,
                ..saved.clone()
            });
            true
        }
        Change::Rename { id, name } => {
            let at = position(&list, id).ok_or(Refusal::Gone)?;
            let name = clean_name(name);
            let changed = list[at].name != name;
            list[at].name = name;
            changed
        }
        Change::Delete { id } => match position(&list, id) {
            Some(at) => {
                list.remove(at);
                true
            }
            None => false,
        },
    };
    if !changed {
        return Ok(Applied { list, stored: None });
    }
    let stored = to_storage(&list);
    if stored.len() > MAX_STORED_BYTES {
        return Err(Refusal::TooLarge {
            bytes: stored.len(),
            max: MAX_STORED_BYTES,
        });
    }
    Ok(Applied {
        list,
        stored: Some(stored),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Preset;

    fn saved(id: &str, name: &str) -> SavedScenario {
        SavedScenario::new(id, name, &Preset::History.scenario())
    }

    /// What another page stores after applying `change` to what is stored now.
    fn store(stored: &str, change: Change) -> String {
        let list = from_storage(Some(stored)).expect("reads");
        apply(list, &change)
            .expect("applies")
            .stored
            .unwrap_or_else(|| stored.to_string())
    }

    #[test]
    fn a_list_survives_storage() {
        let list = vec![
            SavedScenario::new("a-1", "  History  ", &Preset::History.scenario()),
            SavedScenario::new("a-2", "", &Preset::Escalation.scenario()),
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
        let cut_at_a_space = format!("{} y", "x".repeat(79));
        assert_eq!(clean_name(&cut_at_a_space), "x".repeat(79));
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

    #[test]
    fn lists_stored_without_ids_read_with_the_same_unique_ids_every_time() {
        let old = r#"{"version":1,"scenarios":[
            {"name":"Same","link":"v=3&preset=history"},
            {"name":"Same","link":"v=3&preset=history"},
            {"name":"Other","link":"v=3&preset=escalation"},
            {"id":"mine","name":"Kept","link":"v=3"},
            {"id":"mine","name":"Copy","link":"v=3"},
            {"id":"not an id!","name":"Odd","link":"v=3"},
            {"id":"","name":"Empty","link":"v=3"}]}"#;
        let first = from_storage(Some(old)).expect("reads");
        assert_eq!(first, from_storage(Some(old)).expect("reads"));
        let ids: std::collections::HashSet<&str> = first.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.len(), first.len(), "{first:?}");
        assert!(first.iter().all(|s| valid_id(&s.id)));
        assert_eq!(first[3].id, "mine");
        assert_eq!(first[1].id, format!("{}-2", first[0].id));
        // Once written back, the ids are stored and read as they are.
        assert_eq!(from_storage(Some(&to_storage(&first))), Ok(first.clone()));
        // A page written before ids ignores them and reads the names and links.
        #[derive(Deserialize)]
        struct Older {
            version: u32,
            scenarios: Vec<OlderEntry>,
        }
        #[derive(Deserialize, PartialEq, Debug)]
        struct OlderEntry {
            name: String,
            link: String,
        }
        let older: Older = serde_json::from_str(&to_storage(&first)).expect("older pages read");
        assert_eq!(older.version, 1);
        assert_eq!(older.scenarios[2].name, "Other");
        assert_eq!(older.scenarios[2].link, "v=3&preset=escalation");
    }

    #[test]
    fn hashes_are_a_set() {
        let mut set = Hashes::with_capacity(100);
        for n in 0..100u64 {
            assert!(set.insert(n * 1024), "{n}");
        }
        assert!((0..100u64).all(|n| !set.insert(n * 1024)));
        assert!(!set.insert(1), "0 and 1 are one hash");
    }

    #[test]
    fn new_ids_differ_by_time_and_are_kept_as_stored() {
        let a = new_id(1_700_000_000_000.0);
        assert_ne!(a, new_id(1_700_000_000_001.0));
        assert!([a, new_id(f64::MAX), new_id(-1.0), new_id(f64::NAN)]
            .iter()
            .all(|id| valid_id(id)));
        // Saved in the same millisecond, in two tabs: two ids.
        let list = vec![saved(&new_id(5.0), "First")];
        let next = apply(list, &Change::Save(saved(&new_id(5.0), "Second"))).unwrap();
        assert_eq!(next.list[1].id, "5-2");
    }

    #[test]
    fn changes_from_two_tabs_both_survive() {
        // Both tabs opened on an empty list; each change is applied to what is stored then.
        let empty = to_storage(&[]);
        let after_a = store(&empty, Change::Save(saved("a", "From tab A")));
        let after_b = store(&after_a, Change::Save(saved("b", "From tab B")));
        let names = |text: &str| -> Vec<String> {
            from_storage(Some(text))
                .unwrap()
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        assert_eq!(names(&after_b), ["From tab A", "From tab B"]);
        // Tab A deletes its entry by id: tab B's stays.
        let after_delete = store(&after_b, Change::Delete { id: "a".into() });
        assert_eq!(names(&after_delete), ["From tab B"]);
        // Deleting it again (tab A had not heard yet) changes nothing.
        let list = from_storage(Some(&after_delete)).unwrap();
        let again = apply(list.clone(), &Change::Delete { id: "a".into() }).unwrap();
        assert_eq!(again, Applied { list, stored: None });
        // Renaming what another tab deleted is refused rather than renaming another entry.
        let list = from_storage(Some(&after_delete)).unwrap();
        let rename = Change::Rename {
            id: "a".into(),
            name: "x".into(),
        };
        assert_eq!(apply(list, &rename), Err(Refusal::Gone));
        // Renaming by id finds the entry wherever it now is.
        let renamed = store(
            &after_delete,
            Change::Rename {
                id: "b".into(),
                name: "  Renamed in B ".into(),
            },
        );
        assert_eq!(names(&renamed), ["Renamed in B"]);
    }

    #[test]
    fn a_saved_id_already_taken_gets_another() {
        let list = vec![saved("x", "One")];
        let next = apply(list, &Change::Save(saved("x", "Two"))).unwrap().list;
        assert_eq!(next[0].id, "x");
        assert_eq!(next[1].id, "x-2");
        let next = apply(next, &Change::Save(saved("", "Three"))).unwrap().list;
        assert!(valid_id(&next[2].id));
    }

    #[test]
    fn a_list_the_page_could_not_read_back_is_refused() {
        // A list just under the limit, with one long link.
        let mut list = vec![SavedScenario {
            id: "big".into(),
            name: "Big".into(),
            link: String::new(),
        }];
        let overhead = to_storage(&list).len();
        list[0].link = "x".repeat(MAX_STORED_BYTES - overhead - 10);
        let text = to_storage(&list);
        assert_eq!(text.len(), MAX_STORED_BYTES - 10);
        let read = from_storage(Some(&text)).expect("a list under the limit reads");
        let refused = apply(read.clone(), &Change::Save(saved("n", "One more")));
        match refused {
            Err(Refusal::TooLarge { bytes, max }) => {
                assert!(bytes > MAX_STORED_BYTES);
                assert_eq!(max, MAX_STORED_BYTES);
            }
            other => panic!("{other:?}"),
        }
        // Deleting still works, and anything stored reads back.
        let smaller = apply(read, &Change::Delete { id: "big".into() }).unwrap();
        let stored = smaller.stored.expect("changed");
        assert_eq!(from_storage(Some(&stored)), Ok(Vec::new()));
    }
}

//! The documentation stays true to the code.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::cli::parameter_table;
use chokepoint::scenario::codec::known_keys;
use std::fs;
use std::path::Path;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("readable")
}

#[test]
fn the_model_document_carries_the_generated_parameter_table() {
    let model = read("docs/MODEL.md");
    assert!(
        model.contains(&parameter_table()),
        "docs/MODEL.md's parameter table differs from `chokepoint-cli --parameters`; paste the new one in"
    );
}

#[test]
fn the_readme_names_every_measure_key() {
    let readme = read("README.md");
    let parameters: Vec<&str> = chokepoint::model::params::all_params()
        .iter()
        .map(|p| p.key)
        .collect();
    for key in known_keys()
        .into_iter()
        .filter(|key| !parameters.contains(key))
    {
        assert!(
            readme.contains(&format!("`{key}`")),
            "README.md does not document the key `{key}`"
        );
    }
}

#[test]
fn the_model_document_names_no_developer_material() {
    // docs/MODEL.md is what readers of the page see under "About the model": commands, source
    // paths and test files belong in README.md and ARCHITECTURE.md. The generated parameter table
    // is left out of the check, as it is the code's own output.
    let model = read("docs/MODEL.md").replace(&parameter_table(), "");
    for needle in ["cargo ", "src/", "tests/", ".rs`"] {
        let lines: Vec<(usize, &str)> = model
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains(needle))
            .map(|(number, line)| (number + 1, line))
            .collect();
        assert!(
            lines.is_empty(),
            "docs/MODEL.md, outside the generated parameter table, contains {needle:?} (line numbers \
             counted without the table): {lines:?}; move developer material to README.md or \
             ARCHITECTURE.md"
        );
    }
}

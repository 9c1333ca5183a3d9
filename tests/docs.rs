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

//! The code map's invariants, written as what is absent (see ARCHITECTURE.md).

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).expect("readable"),
            ));
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
}

#[test]
fn the_model_knows_nothing_of_the_browser_or_of_drawing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rust_files(&root.join("src/model"));
    assert!(!files.is_empty());
    for (path, text) in files {
        for word in words(&text) {
            assert!(
                ![
                    "yew",
                    "web_sys",
                    "gloo",
                    "plotters",
                    "wasm_bindgen",
                    "js_sys"
                ]
                .contains(&word),
                "{path} names {word}"
            );
        }
    }
}

#[test]
fn only_the_codec_knows_the_query_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let codec = root.join("src/scenario/codec.rs").display().to_string();
    let keys = [
        "\"lic.",
        "\"wl\"",
        "\"krwl\"",
        "\"loc\"",
        "\"div\"",
        "\"v\"",
        "\"preset\"",
        "\"compare\"",
        "\"b.\"",
        "\"embed\"",
    ];
    for (path, text) in rust_files(&root.join("src")) {
        if path == codec {
            continue;
        }
        for key in keys {
            assert!(!text.contains(key), "{path} spells the query key {key}");
        }
    }
}

#[test]
fn the_charts_never_run_the_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, text) in rust_files(&root.join("src/charts")) {
        for call in ["simulate(", "simulate_material(", "bands(", "attribute("] {
            assert!(!text.contains(call), "{path} calls {call}");
        }
    }
}

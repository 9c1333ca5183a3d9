//! Browser tests: the model and the app in headless Chromium, through wasm-bindgen-test.

#![cfg(target_arch = "wasm32")]

use chokepoint::model::time::Date;
use chokepoint::model::uncertainty::bands;
use chokepoint::model::{simulate, Material, Output};
use chokepoint::scenario::Preset;
use std::time::Duration;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_model_reproduces_the_hf_collapse_in_the_browser() {
    let history = Preset::History.scenario();
    let run = simulate(&history.measures, &history.params);
    let exports = run.material(Material::Hf).get(Output::JpExportsT);
    let month = |text: &str| Date::parse(text).unwrap().month_index();
    let first_half: f64 = exports[month("2019-01")..=month("2019-06")]
        .iter()
        .sum::<f64>()
        / 6.0;
    let blocked: f64 = exports[month("2019-08")..=month("2019-11")]
        .iter()
        .sum::<f64>()
        / 4.0;
    assert!(
        blocked <= 0.25 * first_half,
        "{blocked} against {first_half}"
    );
}

#[wasm_bindgen_test]
fn bands_are_reproducible_in_the_browser() {
    let history = Preset::History.scenario();
    let a = bands(&history.measures, &history.params, 50, 7);
    let b = bands(&history.measures, &history.params, 50, 7);
    assert_eq!(a, b);
}

#[wasm_bindgen_test]
async fn the_app_renders_its_chart() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<chokepoint::ui::App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert!(root.query_selector("h1").unwrap().is_some());
    let svg = root.query_selector("figure svg").unwrap().expect("a chart");
    assert!(
        svg.inner_html().contains("Lead time"),
        "the chart has its title"
    );
}

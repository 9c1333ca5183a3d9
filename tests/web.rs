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

/// The native command line's JSON for `history` with the page's draws and seed. scripts/test.sh
/// writes it and points CHOKEPOINT_NATIVE_HISTORY_JSON at it before building these tests (run them
/// through that script): the browser must give exactly the same numbers, bit for bit.
const NATIVE_HISTORY: &str = include_str!(env!("CHOKEPOINT_NATIVE_HISTORY_JSON"));

#[wasm_bindgen_test]
fn the_browser_gives_exactly_the_native_numbers() {
    use chokepoint::model::uncertainty::{BANDED, DEFAULT_DRAWS, DEFAULT_SEED};
    let native: serde_json::Value =
        serde_json::from_str(NATIVE_HISTORY).expect("the native run parses");
    let history = Preset::History.scenario();
    let run = simulate(&history.measures, &history.params);
    let band = bands(
        &history.measures,
        &history.params,
        DEFAULT_DRAWS,
        DEFAULT_SEED,
    );
    assert_eq!(native["draws"], DEFAULT_DRAWS);
    assert_eq!(native["seed"], DEFAULT_SEED);
    let numbers = |value: &serde_json::Value| -> Vec<f64> {
        serde_json::from_value(value.clone()).expect("numbers")
    };
    for material in Material::ALL {
        let native = &native["materials"][material.id()];
        for output in Output::ALL {
            let expected = numbers(&native["outputs"][output.id()]);
            assert_eq!(
                run.material(material).get(output),
                expected.as_slice(),
                "{material:?} {}",
                output.id()
            );
        }
        for output in BANDED {
            let p10 = numbers(&native["bands"][format!("{}_p10", output.id())]);
            let p90 = numbers(&native["bands"][format!("{}_p90", output.id())]);
            assert_eq!(
                band.p10(material, output),
                p10.as_slice(),
                "{material:?} {} p10",
                output.id()
            );
            assert_eq!(
                band.p90(material, output),
                p90.as_slice(),
                "{material:?} {} p90",
                output.id()
            );
        }
    }
}

/// What the page's worker sends back (its bands and attribution, encoded as gloo-worker encodes a
/// message and read back) is exactly what the native command line computes.
#[wasm_bindgen_test]
fn the_workers_answers_arrive_with_exactly_the_native_numbers() {
    use chokepoint::model::uncertainty::BANDED;
    use chokepoint::work::{run, Answer, Job, Request, Response};
    use gloo::worker::{Bincode, Codec};
    let native: serde_json::Value =
        serde_json::from_str(NATIVE_HISTORY).expect("the native run parses");
    let history = Preset::History.scenario();
    let sent = |job: Job| -> Response {
        let response = run(Request {
            job,
            measures: history.measures.clone(),
            params: history.params.clone(),
        });
        Bincode::decode(Bincode::encode(&response))
    };
    for material in Material::ALL {
        let Answer::Bands(bands) = sent(Job::Bands(
            material,
            chokepoint::work::BandKind::Assumptions,
        ))
        .answer
        else {
            panic!("bands expected");
        };
        let bands = bands.into_bands().expect("whole series");
        let native = &native["materials"][material.id()]["bands"];
        for output in BANDED {
            let p10: Vec<f64> =
                serde_json::from_value(native[format!("{}_p10", output.id())].clone()).unwrap();
            let p90: Vec<f64> =
                serde_json::from_value(native[format!("{}_p90", output.id())].clone()).unwrap();
            assert_eq!(
                bands.p10(material, output),
                p10.as_slice(),
                "{material:?} p10"
            );
            assert_eq!(
                bands.p90(material, output),
                p90.as_slice(),
                "{material:?} p90"
            );
        }
        let Answer::Attribution(attribution) = sent(Job::Attribution(material)).answer else {
            panic!("attribution expected");
        };
        let expected = native_attribution(material);
        assert_eq!(
            serde_json::to_value(&attribution).unwrap(),
            expected,
            "{material:?} attribution"
        );
    }
}

/// The native run's attribution of a material, as its JSON.
fn native_attribution(material: Material) -> serde_json::Value {
    let native: serde_json::Value = serde_json::from_str(NATIVE_HISTORY).unwrap();
    native["attribution"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["material"] == material.id())
        .cloned()
        .expect("the material's attribution")
}

/// The native command line's sensitivity indices of polyimide in `history`, n = 128, the page's
/// seed (scripts/test.sh writes them, as it writes the run above).
const NATIVE_SENSITIVITY: &str = include_str!(env!("CHOKEPOINT_NATIVE_SENSITIVITY_JSON"));

#[wasm_bindgen_test]
fn the_worker_s_sensitivity_indices_are_the_command_line_s() {
    use chokepoint::work::{Answer, Job, Queue, Request};
    let native: serde_json::Value =
        serde_json::from_str(NATIVE_SENSITIVITY).expect("the native indices parse");
    assert_eq!(native["n"], 128);
    let history = Preset::History.scenario();
    // The worker's own path: a queue that runs the design a share per turn.
    let mut queue = Queue::with_samples(128);
    queue.push(Request::of(
        Job::Sensitivity(Material::Polyimide),
        &history.measures,
        &history.params,
    ));
    let result = loop {
        match queue.turn().expect("the job runs to its end").answer {
            Answer::Sensitivity(result) => break result,
            Answer::Progress { .. } => continue,
            other => panic!("unexpected {other:?}"),
        }
    };
    assert_eq!(serde_json::to_value(&result).unwrap(), native);
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

#[wasm_bindgen_test]
fn a_panic_shows_a_panel_with_the_scenario_link_and_a_way_back() {
    chokepoint::ui::crash::report("index out of bounds (a test)");
    let document = gloo::utils::document();
    let panel = document
        .query_selector("section.crash[role=alert]")
        .unwrap()
        .expect("the panel is on the page");
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("The simulator stopped"), "{text}");
    assert!(text.contains("index out of bounds (a test)"), "{text}");
    let input = document
        .query_selector("section.crash input")
        .unwrap()
        .expect("the link to copy");
    assert_eq!(
        input.get_attribute("value").as_deref(),
        gloo::utils::window().location().href().ok().as_deref()
    );
    let again = document
        .query_selector("section.crash a")
        .unwrap()
        .expect("a way back");
    assert!(again
        .get_attribute("href")
        .unwrap_or_default()
        .ends_with("?v=4&lang=en"));
}

//! The page's entry point: renders the app and nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<chokepoint::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chokepoint is the browser app; serve it with ./scripts/serve.sh, or use chokepoint-cli in a terminal.");
}

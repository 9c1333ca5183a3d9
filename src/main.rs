//! The page's entry point: renders the app, with a panel for the case it panics.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic shows an error panel (and goes to the console) rather than leaving the page blank.
    std::panic::set_hook(Box::new(|info| {
        chokepoint::ui::crash::report(&info.to_string())
    }));
    yew::Renderer::<chokepoint::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chokepoint is the browser app; serve it with ./scripts/serve.sh, or use chokepoint-cli in a terminal.");
}

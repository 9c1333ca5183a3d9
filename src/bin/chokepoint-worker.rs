//! The page's worker: runs the model's heavy computations (`chokepoint::work`) off the page's
//! thread. It holds the model only; the page loads it after its first screen.

#[cfg(target_arch = "wasm32")]
fn main() {
    chokepoint::worker::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chokepoint-worker runs in the browser, started by the page; use chokepoint-cli in a terminal.");
}

//! Command line over the same model and scenario codec as the page.
//!
//! ```text
//! cargo run --release --bin chokepoint-cli -- --preset history --format csv
//! cargo run --release --bin chokepoint-cli -- --scenario 'v=3&preset=history&dialogue=frozen' --format json
//! cargo run --release --bin chokepoint-cli -- checks --format markdown
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    chokepoint::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

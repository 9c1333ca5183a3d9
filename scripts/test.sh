#!/usr/bin/env bash
# Installs what is missing, then runs every check and test, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR=never

started=$SECONDS
step() {
  printf '\n\033[1m==> %s\033[0m (%ss so far)\n' "$1" "$((SECONDS - started))"
}

step "formatting: cargo fmt --check"
cargo fmt --check

step "lints, native: cargo clippy"
cargo clippy --all-targets -- -D warnings

step "lints, wasm32: cargo clippy"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests: cargo test"
cargo test

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web

step "release build: trunk build --release"
trunk build --release

step "end-to-end tests: playwright-core in headless Chromium"
npm run --silent e2e

step "all checks passed"

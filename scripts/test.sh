#!/usr/bin/env bash
# Installs what is missing, then runs every check and test, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR=never

started=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() {
  printf '\n\033[1m==> %s\033[0m (%ss so far)\n' "$1" "$((SECONDS - started))"
}

step "formatting: cargo fmt --check"
cargo fmt --check

step "lints, native: cargo clippy"
cargo clippy --all-targets -- -D warnings

step "native run of history for the browser tests: chokepoint-cli"
# The browser tests compare the browser's numbers with the native command line's, bit for bit.
mkdir -p target
export CHOKEPOINT_NATIVE_HISTORY_JSON="$PWD/target/native-history.json"
cargo run --quiet --release --bin chokepoint-cli -- --preset history --format json > "$CHOKEPOINT_NATIVE_HISTORY_JSON"
# And the same for the sensitivity indices (a small design: the browser tests run unoptimised).
export CHOKEPOINT_NATIVE_SENSITIVITY_JSON="$PWD/target/native-sensitivity.json"
cargo run --quiet --release --bin chokepoint-cli -- sensitivity --preset history --material polyimide --n 128 --format json > "$CHOKEPOINT_NATIVE_SENSITIVITY_JSON"

step "calibration: chokepoint-cli calibrate --check"
# Fails when src/model/calibrated.rs differs from what calibration produces (about 10 s).
cargo run --quiet --release --bin chokepoint-cli -- calibrate --check | tail -n 3

step "lints, wasm32: cargo clippy"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests: cargo test"
cargo test 2>&1 | tee -a "$log"

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee -a "$log"

step "release build: trunk build --release"
trunk build --release

step "end-to-end tests: playwright-core in headless Chromium"
npm run --silent e2e 2>&1 | tee -a "$log"

step "all checks passed"
# One closing line over every test run above: cargo's "N passed" lines and node's "# pass N".
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
     /^# pass / { p += $3 } /^# fail / { f += $3 }
     END { printf "%d passed, %d failed\n", p, f }' "$log"

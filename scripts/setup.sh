#!/usr/bin/env bash
# Installs what Chokepoint needs to build, serve and test, and skips whatever is already there at
# the right version. Everything comes from the package registries (crates.io, npm, Debian).
#
#   scripts/setup.sh serve   the build tools: wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt
#   scripts/setup.sh test    the build tools plus Chromium, ChromeDriver and the npm test packages
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

need_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

need_trunk() {
  if ! trunk --version 2>/dev/null | grep -qF "trunk $TRUNK_VERSION"; then
    say "installing Trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

need_wasm_bindgen() {
  local version
  version=$(wasm_bindgen_version)
  if ! wasm-bindgen --version 2>/dev/null | grep -qF "wasm-bindgen $version"; then
    say "installing wasm-bindgen-cli $version (about 3 minutes)"
    # Without --locked: the registry mirror lacks one of the versions its lock file pins.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

need_wasm_opt() {
  if ! wasm-opt --version 2>/dev/null | grep -qF "version $BINARYEN_VERSION"; then
    say "installing wasm-opt (binaryen $BINARYEN_VERSION) from npm"
    $SUDO npm install -g --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
  fi
}

need_chromium() {
  # Chromium, its driver, and Japanese and Korean fonts, so that the tests and screenshots see
  # CJK text drawn as readers' browsers draw it; Poppler turns a printed handout (PDF) into
  # pictures of its pages.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/opentype/noto ] || [ ! -x /usr/bin/pdftoppm ]; then
    say "installing Debian's Chromium, ChromeDriver, CJK fonts and Poppler"
    $SUDO apt-get update
    $SUDO apt-get install -y chromium chromium-driver fonts-noto-cjk poppler-utils
  fi
}

need_npm_packages() {
  if ! npm ls --depth=0 >/dev/null 2>&1; then
    say "installing the npm test packages"
    npm ci --no-audit --no-fund
  fi
}

case "${1:-test}" in
  serve)
    need_wasm_target
    need_trunk
    need_wasm_bindgen
    need_wasm_opt
    ;;
  test)
    need_wasm_target
    need_trunk
    need_wasm_bindgen
    need_wasm_opt
    need_chromium
    need_npm_packages
    ;;
  *)
    echo "usage: scripts/setup.sh serve|test" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Installs what is missing, builds the release site and serves it at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
export PATH="$HOME/.cargo/bin:$PATH"
exec trunk serve --release

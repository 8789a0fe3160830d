#!/usr/bin/env bash
# The first command of the README: install everything, build the extension for
# Chrome and Firefox, and show it working on a bundled story page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browsers.sh
npm ci
npm run demo

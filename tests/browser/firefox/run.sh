#!/usr/bin/env bash
# npm run test:firefox: build the Firefox add-on, lint it as AMO does (errors
# and warnings from our own code fail; see scripts/lint-firefox.ts), check the
# store zips (npm run test:store), then run the Firefox ESR tests, which skip
# with a printed reason when /usr/bin/firefox-esr is missing.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# Other processes in a shared checkout may be writing .output/ too.
if command -v flock >/dev/null 2>&1; then
  flock /tmp/build.lock npm run build:firefox
else
  npm run build:firefox
fi
npm run lint:firefox
# The store packages: npm run zip writes the Chrome, Firefox and sources zips, and the sources zip
# (AMO) rebuilds, with npm ci and its SOURCE_README.md's build, into the Firefox zip's exact files.
# It lives here, not in test:unit, because it is slow (a clean npm ci and two builds).
npm run test:store
if [ ! -x /usr/bin/firefox-esr ]; then
  echo "[firefox tests] /usr/bin/firefox-esr is missing: the Firefox story-page tests will be SKIPPED (apt-get install -y firefox-esr)"
fi
exec npx vitest run -c tests/browser/firefox/vitest.config.ts

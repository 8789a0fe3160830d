#!/usr/bin/env bash
# The system packages Parallax needs: Debian's Chromium (browser tests, demo)
# and Firefox ESR (the Firefox add-on tests). Installs with apt-get whatever
# is missing; does nothing when both are present.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  echo "firefox-esr present: $(/usr/bin/firefox-esr --version 2>/dev/null || echo /usr/bin/firefox-esr)"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "error: missing ${missing[*]}; installing needs root (apt-get install -y ${missing[*]})" >&2
  exit 1
fi
echo "installing ${missing[*]} with apt-get"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
/usr/bin/chromium --version || true
/usr/bin/firefox-esr --version || true

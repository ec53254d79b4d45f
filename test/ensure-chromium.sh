#!/usr/bin/env bash
# Run before the tests (npm's pretest): the home-page tests drive Debian's Chromium, never a
# downloaded browser. Installs it when missing and this machine can (root with apt-get).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium: installing Debian's package (apt-get install chromium) for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium: install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1

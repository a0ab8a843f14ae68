#!/usr/bin/env bash
# Installs Debian's Chromium for the widget's browser tests (Playwright drives /usr/bin/chromium and
# never downloads its own browsers). Idempotent: does nothing when chromium is already installed.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
echo "browser-setup: installing chromium"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, only when they are missing.
# WeasyPrint needs Pango; the end-to-end tests need Chromium; handout checks use pdftoppm.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || need+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so' || need+=(libpangoft2-1.0-0)
fc-list 2>/dev/null | grep -qi "dejavu" || need+=(fonts-dejavu-core)
# Handouts are set in Liberation Sans (Arial metrics): readable at 12 pt and narrow enough.
fc-list 2>/dev/null | grep -qi "liberation sans" || need+=(fonts-liberation)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "Missing system packages (${need[*]}) and no root or sudo to install them." >&2
    echo "Install them with your package manager, then run 'make test' again." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"

#!/usr/bin/env bash
# Installs whatever is missing for packstation on a Debian/Ubuntu machine: system packages,
# the virtual environment, Python dependencies and the compiled translations. Safe to re-run:
# each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS=(libzbar0 zbar-tools fonts-ipaexfont-gothic xvfb xdotool libpulse0 poppler-utils
      postgresql libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.packstation-deps
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x .venv/bin/packstation ]; then
  echo "setup: installing Python dependencies"
  .venv/bin/pip install -q --upgrade pip
  # PySide6 first: building packstation itself (setup.py) compiles the translations with the
  # lrelease that PySide6 ships, so it must be in the venv before the project is built.
  pyside=$(grep -o '"PySide6[^"]*"' pyproject.toml | head -1 | tr -d '"')
  .venv/bin/pip install -q "$pyside"
  .venv/bin/pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi

# Compiled translations are build output: made from the .ts sources every time they changed.
for ts in src/packstation/resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

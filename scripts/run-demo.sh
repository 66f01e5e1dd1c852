#!/usr/bin/env bash
# `make run`: seed the demo shop into the standalone database (once) and open the app.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/packstation demo-data --if-empty
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting packstation on a virtual screen (Xvfb :99)."
  echo "Watch it with a VNC viewer or take a screenshot: DISPLAY=:99 import -window root shot.png"
  exec xvfb-run -n 99 -s "-screen 0 1366x768x24" .venv/bin/packstation
fi
exec .venv/bin/packstation

#!/usr/bin/env bash
# Regenerate docs/screenshots/ on a virtual X screen (real window, real fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py "$@"
xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_users.py
xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_bench.py
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_print.py
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_camera.py
xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_picking.py

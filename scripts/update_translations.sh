#!/usr/bin/env bash
# Re-scan the UI sources for strings (keeps existing translations), then list what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find src/packstation/ui src/packstation/domain/messages -name '*.py' | sort)  # messages: context Messages
for lang in ja en; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none $files -ts "resources/translations/packstation_${lang}.ts"
done
.venv/bin/python scripts/fill_translations.py

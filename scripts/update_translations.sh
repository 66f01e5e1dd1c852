#!/usr/bin/env bash
# Run after adding or changing a UI string: self.tr() / QT_TRANSLATE_NOOP anywhere in
# src/packstation (the ui, and the message catalogue's templates in domain/messages).
#   1. pyside6-lupdate adds the new strings to resources/translations/packstation_ja.ts, marked
#      unfinished (existing translations are kept; strings gone from the code are dropped);
#   2. scripts/check_translations.py writes packstation_en.ts (English = the source text) and
#      exits 1 naming each Japanese entry still to translate;
#   3. the .qm files (build output, not committed) are compiled so the app shows the result.
# Translate in Qt Linguist: pyside6-linguist resources/translations/packstation_ja.ts, with the
# phrase book resources/translations/glossary.qph (Phrases > Open Phrase Book), mark each entry
# done, save, run this script again until it passes, and commit the .ts files.
# The venv: $VENV, else ./.venv, else the main checkout's .venv (when run from a git worktree).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -x "$VENV/bin/pyside6-lupdate" ] || VENV="$(git rev-parse --path-format=absolute --git-common-dir)/../.venv"
T=resources/translations
files=$(find src/packstation -name '*.py' | sort)
"$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations none $files -ts "$T/packstation_ja.ts"
status=0
"$VENV/bin/python" scripts/check_translations.py || status=$?
for ts in "$T"/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
exit $status

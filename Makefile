# The two commands of the README: `make run` and `make test`. Both set up what is missing first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint unit screenshots bench package clean

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run-demo.sh

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The suite includes tests/e2e/test_installed_deb.py: it builds the .deb (installers/linux/)
# and runs the frozen app from it outside the checkout.
test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# dist/packstation_<version>_amd64.deb (PyInstaller onedir, /usr/bin/packstation, desktop entry)
package: setup
	PYTHON=$(PY) bash installers/linux/build_deb.sh dist

screenshots: setup
	@bash scripts/screenshots.sh

bench: setup
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info

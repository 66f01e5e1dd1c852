# The two commands of the README: `make run` and `make test`. Both set up what is missing first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint unit screenshots bench clean

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run-demo.sh

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

screenshots: setup
	@bash scripts/screenshots.sh

bench: setup
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info

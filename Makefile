# Sambandh: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sambandh.duckdb
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean setup

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Set up, ingest the demo corpus into $(DB) and print a summary and the stored titles.
demo: $(STAMP)
	$(BIN)/sambandh ingest examples/corpus --db $(DB)
	$(BIN)/python -m sambandh export documents --db $(DB) --format csv --output demo-documents.csv
	@echo "Stored articles are in $(DB); a CSV export is in demo-documents.csv."

## Set up and run the whole test suite (lint, types, tests, evaluation gate).
test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

## Benchmarks (need ../shared/data): ingest throughput and memory.
bench: $(STAMP)
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB) demo-documents.csv

# Two commands for a fresh machine: `make demo` (offline demo) and `make test` (whole suite).
# Both install from the hash-locked requirements files (see README, "Dependencies").
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench wheel-check lock clean

# Runtime dependencies only (what `make demo` needs), exactly as locked.
$(BIN)/.runtime: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check  # the lock satisfies every range pyproject.toml declares
	touch $@

# The test tools on top (pytest, ruff, schemathesis, playwright, scrapy-redis...).
$(BIN)/.test: $(BIN)/.runtime requirements-test.lock
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements-test.lock
	touch $@

demo: $(BIN)/.runtime
	$(BIN)/dumawatch demo

test: $(BIN)/.test
	bash scripts/test.sh

# The package as a user installs it: a wheel alone in a fresh venv, then the demo.
wheel-check:
	bash scripts/wheel_check.sh

lint: $(BIN)/.test
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: $(BIN)/.runtime
	$(BIN)/python benchmarks/extract_bench.py

# Re-resolve both lock files from pyproject.toml (needs pip-tools; see README).
lock:
	pip-compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml
	pip-compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links --extra test --extra redis -c requirements.lock \
		-o requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist *.egg-info
	rm -f dumawatch.db dumawatch.db-wal dumawatch.db-shm
	rm -f dumawatch-state.db dumawatch-state.db-wal dumawatch-state.db-shm
	rm -f *.crawl-state.db *.crawl-state.db-wal *.crawl-state.db-shm
	rm -rf .pytest_cache .ruff_cache .hypothesis artifacts  # caches, test screenshots

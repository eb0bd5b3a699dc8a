# The two set-up commands (see README): `make data` builds data/ from seeds/ and draws the plots;
# `make test` runs the test suite. Both create a virtual environment in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: data test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

data: $(VENV)/.installed
	$(BIN)/losstrack build --seeds seeds --out data

test: $(VENV)/.installed
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data/*.parquet data/plots data/snapshots data/current data/datapackage.json data/.losstrack.lock*

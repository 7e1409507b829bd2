# openai-evals-codegen: `make generate` after a spec change, `make test` before committing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC ?= spec/openai-evals.yaml
OVERLAY ?=
OUT ?= generated
GENERATOR_ARGS = --spec $(SPEC) --out $(OUT) $(foreach o,$(OVERLAY),--overlay $(o))

UPSTREAM := spec/upstream/openai-openapi.yaml

.PHONY: setup generate check test bench lint update-spec clean

# The virtualenv is made on first use (and remade when the dependencies change).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# A "compat" editable install is one line in a .pth file; the default mode imports a
	# finder (and pathlib) in every Python process, 45 ms of each start here. Its notice
	# that the mode is transitional is silenced: pyproject.toml pins the setuptools it uses.
	PYTHONWARNINGS="ignore:Compat editable installs" \
		$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

setup: $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate $(GENERATOR_ARGS)

check: $(STAMP)
	$(BIN)/python -m generator check $(GENERATOR_ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy generator

bench: $(STAMP)
	$(BIN)/python bench/run.py

# make update-spec SPEC=path/or/url: copy or download a new upstream spec to $(UPSTREAM)
# (git-ignored); then: make generate SPEC=$(UPSTREAM) OVERLAY=spec/overlays/upstream-to-ours.yaml
update-spec: $(STAMP)
	@if [ "$(origin SPEC)" != "command line" ]; then \
		echo "usage: make update-spec SPEC=path/or/url" >&2; exit 2; fi
	$(BIN)/python -m generator fetch "$(SPEC)" $(UPSTREAM)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

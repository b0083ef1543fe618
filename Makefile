# crmdesk — the two commands a new machine needs: `make run` and `make test`.
# Everything else (bench, screenshots, package) builds on the same virtual environment.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck layers pytest bench screenshots demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crmdesk

lint: $(STAMP)
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/ruff format --check src tests bench migrations

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck layers pytest

# The fault-injection suite with 5× the rounds (1,000 kills while issuing); prints its round counts.
.PHONY: soak
soak: $(STAMP)
	CRMDESK_SOAK=$${CRMDESK_SOAK:-5} QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/reliability

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m crmdesk.ui.screenshots docs/screenshots

# A self-contained app folder for this OS (dist/crmdesk/) with PyInstaller, then its smoke test.
PACKAGE_STAMP := $(VENV)/.package-installed
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

.PHONY: package
package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/crmdesk.spec
	cp packaging/crmdesk.desktop resources/icons/crmdesk.svg dist/crmdesk/
	QT_QPA_PLATFORM=offscreen bash packaging/smoke.sh dist/crmdesk

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

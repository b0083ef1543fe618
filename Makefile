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

# crmdesk's own translations: .ts sources in resources/translations/, .qm built here (never committed).
TS_FILES := $(wildcard resources/translations/crmdesk_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

.PHONY: translations update-translations
translations: $(QM_FILES)

# After changing texts in the UI: collect them into every .ts (translations kept; new ones unfinished).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find src/crmdesk/ui -name '*.py' | sort) -ts $(TS_FILES)

run: $(STAMP) translations
	$(BIN)/crmdesk

lint: $(STAMP)
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/ruff format --check src tests bench migrations

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck layers pytest

# The fault-injection suite with 5× the rounds (1,000 kills while issuing); prints its round counts.
.PHONY: soak
soak: $(STAMP)
	CRMDESK_SOAK=$${CRMDESK_SOAK:-5} QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/reliability

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/customers_page.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m crmdesk.ui.screenshots docs/screenshots
	for lang in fa ru; do QT_QPA_PLATFORM=offscreen $(BIN)/python -m crmdesk.ui.screenshots_language $$lang docs/screenshots || exit 1; done
	$(BIN)/python -m crmdesk.services.document_samples docs/screenshots

# A self-contained app folder for this OS (dist/crmdesk/) with PyInstaller, then its smoke test.
PACKAGE_STAMP := $(VENV)/.package-installed
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

.PHONY: package
package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/crmdesk.spec
	cp packaging/crmdesk.desktop resources/icons/crmdesk.svg dist/crmdesk/
	QT_QPA_PLATFORM=offscreen bash packaging/smoke.sh dist/crmdesk

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# The two sacred commands: `make run` and `make test`. Each sets up .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-fast screenshots package translations lint benchmarks clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,build]"
	@touch $(STAMP)

# Compiled beside, then renamed over: a running app or test maps the old .qm, and rewriting it in place
# crashes that process (SIGBUS).
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.tmp && mv $@.tmp $@

translations: $(QM)

run: $(STAMP) translations
	$(VENV)/bin/sabil

# -n: pytest-xdist runs the tests on every core (at most 4 processes; each starts its own Qt and PostgreSQL).
# --dist loadgroup: the tests sharing an expensive fixture run on one process, which builds it once
# (tests/conftest.py marks them); the others are handed out one by one as processes come free.
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --maxprocesses 4 --dist loadgroup

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --maxprocesses 4 --dist loadgroup -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks
	$(VENV)/bin/lint-imports

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.screenshots docs/screenshots

package: $(STAMP) translations
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/sabil.spec

benchmarks: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf build dist $(QM)

# Quick start: `make run` opens Skillbase on demo data, `make test` runs the whole test suite.
# Both create .venv and install the project on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/skillbase_zh_CN.ts
QM := resources/translations/skillbase_zh_CN.qm

.PHONY: run test bench translations lupdate bundle screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/skillbase --demo $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest tests/bench -s -p no:cacheprovider --override-ini addopts=

# Collect the tr() strings of the sources into the .ts (keeps existing translations).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(git ls-files 'desktop/*.py') -ts $(TS)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)

bundle: $(STAMP)
	bash .ci/bundle.sh

# A picture of the trainee page in Chinese, for looking at what users see.
screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m desktop.ui.screenshot --lang zh_CN --out trainees-zh_CN.png

clean:
	rm -rf build dist $(VENV)

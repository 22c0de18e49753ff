# Wegwijzer. `make site` builds both sites into site/, `make test` runs every test.
# Both install what is missing first (Python packages into .venv, Chromium via apt).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site check schemas doorklik vertalingen serve serve-vo test lighthouse benchmark browser-tools clean

$(VENV)/.build-ok: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.test-ok: requirements-test.txt $(VENV)/.build-ok
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## Build both sites and the landing page into site/ (content errors: Dutch, file:line).
site: $(VENV)/.build-ok
	$(PY) -m wegwijzer build

## Check the content: errors (Dutch, file:line), then warnings on readability and review dates,
## and a report in rapport/inhoud.html. The limits are in content/controles.yml.
check: $(VENV)/.build-ok
	$(PY) -m wegwijzer check

## The JSON Schemas for editors (content/schemas/), from wegwijzer/content/model.py; run after changing the model.
schemas: $(VENV)/.build-ok
	$(PY) -m wegwijzer schemas

## Every doorklik tree as an outline, for staff.
doorklik: $(VENV)/.build-ok
	$(PY) -m wegwijzer doorklik

## Translation status per language (translated, draft, outdated, missing).
vertalingen: $(VENV)/.build-ok
	$(PY) -m wegwijzer vertalingen

## Live preview for editors: http://127.0.0.1:8000/po/ (serve-vo: the VO site). Dutch only, so a saved
## change shows within about a second; `make serve TALEN=alle` previews every language.
TALEN ?= nl
serve serve-vo: export WEGWIJZER_ALLE_TALEN := $(if $(filter alle,$(TALEN)),true,false)
serve: $(VENV)/.build-ok
	$(PY) -m mkdocs serve -f mkdocs.po.yml

serve-vo: $(VENV)/.build-ok
	$(PY) -m mkdocs serve -f mkdocs.vo.yml

node_modules/.ok: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

## Debian's Chromium and a Java runtime for vnu (needs root, as on CI), axe-core, vnu and Lighthouse from npm;
## Pango and the DejaVu fonts for WeasyPrint's PDFs (Debian's base image has them already).
browser-tools: node_modules/.ok
	@command -v chromium >/dev/null && command -v java >/dev/null && ldconfig -p | grep -q libpangoft2-1.0 \
	  && test -d /usr/share/fonts/truetype/dejavu || { \
	  export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && \
	  apt-get install -y -qq --no-install-recommends chromium default-jre-headless libpangoft2-1.0-0 \
	    fonts-dejavu-core >/dev/null; }

## Every test, browser tests included, then Lighthouse (it measures speed, so it runs alone) on the real
## site that the tests built (tests/conftest.py: echte_site), so it is not built a second time.
TESTTMP ?= /tmp/wegwijzer-pytest
test: $(VENV)/.test-ok browser-tools
	$(PY) -m pytest --basetemp=$(TESTTMP)
	$(PY) scripts/lighthouse.py $$(test -f $(TESTTMP)/echt/klaar && echo $(TESTTMP)/echt/site)

## Lighthouse on a phone for every page type of both sites in Dutch and Arabic (about 12 minutes):
## accessibility, best practices and SEO 100, performance at least 95 (median of 3 runs). scripts/lighthouse.py.
lighthouse: $(VENV)/.test-ok browser-tools
	$(PY) scripts/lighthouse.py

## Build time against plain mkdocs-material, growth at 10x the content, preview latency and page
## weight (medians; not a test, and it takes a few minutes): scripts/benchmark.py.
benchmark: $(VENV)/.test-ok browser-tools
	$(PY) scripts/benchmark.py

clean:
	rm -rf site .site.nieuw .site.oud .staging .screenshots

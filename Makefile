# The two commands of the README: `make run` and `make test`.
PORT ?= 8000
# pyenv (and .python-version) pick 3.13 where present; otherwise any python3 >= 3.12.
PYTHON ?= $(shell command -v python3.13 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: run test install install-test messages compile-messages lint lock bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12) and "Python 3.12 or newer is needed (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.test-installed: requirements/test.txt $(VENV)/.base-installed
	$(BIN)/pip install --quiet -r requirements/test.txt
	touch $@

install: $(VENV)/.base-installed compile-messages
install-test: $(VENV)/.test-installed compile-messages

# Catalogues are compiled with Babel (pure Python), so GNU gettext is not needed to run.
compile-messages: $(VENV)/.base-installed
	$(MANAGE) compile_translations

# Absolute links (canonical, alternates, feeds, sitemap, API) name the address served.
SERVED := WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	@# PDFs of lay summaries that have none (the worker below makes them).
	$(MANAGE) make_lay_summary_pdfs --queue
	$(MANAGE) set_dev_site --port $(PORT)
	$(MANAGE) create_dev_admin --port $(PORT)
	@# The page cache is on disk (var/cache/) and outlives the server: start from new code.
	$(MANAGE) purge_page_cache
	@# The scheduler publishes embargoed releases at their go-live minute while the site runs;
	@# the worker runs the background tasks (alert emails, PDFs).
	$(SERVED) $(MANAGE) run_scheduler & scheduler=$$!; \
	$(SERVED) $(MANAGE) db_worker --backend background & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(SERVED) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-test $(VNU_JAR)
	$(BIN)/python -m pytest

# The Nu Html Checker the test suite runs (vnu-jar, pinned in tools/vnu/package.json). Where
# npm is missing the HTML validity test is skipped and says why (CI has npm, and fails).
$(VNU_JAR): tools/vnu/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  cd tools/vnu && npm ci --ignore-scripts --no-audit --no-fund --silent && touch $(CURDIR)/$@; \
	else echo "npm not found: the HTML validity test will be skipped (apt install npm)"; fi

# Regenerate locale/*.po from templates and code (needs GNU gettext's xgettext).
messages: $(VENV)/.base-installed
	$(MANAGE) makemessages --all --no-obsolete --no-location --ignore '.venv/*' --ignore 'staticfiles/*'

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

# Re-pin every dependency after editing pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras -o requirements/base.txt pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --extra test -o requirements/test.txt pyproject.toml

clean:
	rm -rf $(VENV) staticfiles .test-media .test-private-media db.sqlite3*

# Print how the news pages scale from 10 to 10,000 articles (not a test).
bench: install
	$(BIN)/python benchmarks/news_scale.py

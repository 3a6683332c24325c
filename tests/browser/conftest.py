"""Playwright (sync API) driving headless Chromium against pytest-django's live_server."""

import contextlib
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from tests.factories import UserFactory

# Playwright's sync API runs an event loop in this thread; our ORM calls here stay synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
# CI machines are shared and noisy: a page that answers in 0.3 s here may take seconds there.
# Waits are generous so that only what never happens fails.
ACTION_TIMEOUT = 20_000
expect.set_options(timeout=10_000)
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def chromium_executable() -> str | None:
    """CHROMIUM_PATH, else Debian's chromium, else None: Playwright's own download."""
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"):
        if candidate and shutil.which(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class ConsoleErrors(list):
    expected: tuple[str, ...] = ()

    def expect(self, *starts: str) -> None:
        """A test that makes requests fail on purpose names the errors it provokes."""
        self.expected += starts

    def check(self):
        real = [error for error in self if not error.startswith(self.expected)]
        assert not real, f"the browser reported errors: {real}"


@contextlib.contextmanager
def htmx_settled(page):
    """Wait until the htmx swap the block triggers has settled.

    htmx inserts the new content first and wires its attributes (hx-trigger and the like) a
    settle delay later; a key pressed in between reaches an element nothing listens to yet.
    """
    page.evaluate(
        """() => {
          window.debriefSettled = 0;
          if (!window.debriefCountsSettles) {
            window.debriefCountsSettles = true;
            document.addEventListener("htmx:afterSettle", () => { window.debriefSettled += 1; });
          }
        }"""
    )
    yield
    page.wait_for_function("() => window.debriefSettled > 0")


@pytest.fixture
def service_workers() -> str:
    """Blocked, except in the offline tests (which override this fixture with "allow").

    Debrief's worker fetches the quick debrief in the background after the first page loads,
    to keep it for offline use; in a test that changes cookies right after a page loaded, that
    response would set the old CSRF cookie again. Pages work the same without the worker.
    """
    return "block"


@pytest.fixture
def context(browser, live_server, service_workers):
    context = browser.new_context(
        base_url=live_server.url, viewport=DESKTOP, service_workers=service_workers
    )
    context.set_default_timeout(ACTION_TIMEOUT)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors = ConsoleErrors()
    # A CSP violation (an inline script or style) shows up here as a console error.
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors
    yield page
    errors.check()


@pytest.fixture
def user(transactional_db):
    return UserFactory(username="ada", first_name="Ada", last_name="Lovelace")


@pytest.fixture
def logged_in_page(page, context, user, live_server):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return page


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take

"""Debrief without signal: the quick debrief opens offline, queues, and syncs exactly once."""

import pytest
from playwright.sync_api import expect

from journal.models import Interview
from tests.browser.conftest import PHONE

pytestmark = pytest.mark.browser

QUICK = "/journal/debrief/"


@pytest.fixture
def service_workers() -> str:
    return "allow"


WORKER_READY = """async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise(done => navigator.serviceWorker.addEventListener("controllerchange", done));
  }
  return Boolean(await caches.match("/journal/debrief/"));
}"""


def open_with_worker(page):
    """The quick debrief, once the service worker controls it and keeps a copy of it."""
    page.goto(QUICK)
    assert page.evaluate(WORKER_READY), "the service worker did not keep the quick debrief"


def test_quick_debrief_opens_offline_queues_and_syncs_once(
    logged_in_page, context, user, screenshot
):
    page = logged_in_page
    page.set_viewport_size(PHONE)
    open_with_worker(page)
    context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", name="Quick debrief")).to_be_visible()
    expect(page.get_by_text("You are offline.")).to_be_visible()
    page.get_by_label("Company").fill("Acme")
    page.get_by_label("Questions you were asked — one per line").fill(
        "Tell me about yourself\nWhy Acme?"
    )
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_text("Saved on this phone, not yet synced")).to_be_visible()
    expect(page.get_by_text("1 debrief waiting")).to_be_visible()
    expect(page.get_by_label("Company")).to_have_value("")
    expect(page.locator("#offline-outbox")).to_be_focused()
    screenshot(page, "offline-queued-390", full_page=False)
    queue = page.evaluate("JSON.stringify(Object.entries(localStorage))")

    # Any other page without signal: the offline page, which says what works.
    page.goto("/journal/")
    expect(page.get_by_role("heading", name="No connection")).to_be_visible()
    expect(page.get_by_text("1 debrief saved on this phone, not yet synced")).to_be_visible()
    screenshot(page, "offline-page-390", full_page=False)
    page.goto(QUICK)
    expect(page.get_by_text("1 debrief waiting")).to_be_visible()
    assert not Interview.objects.exists()

    context.set_offline(False)
    expect(page.get_by_text("Synced: Acme, 2 questions.")).to_be_visible()
    expect(page.locator("[data-outbox-pending]")).to_have_count(0)
    screenshot(page, "offline-synced-390", full_page=False)
    interview = Interview.objects.get(user=user)
    questions = ["Tell me about yourself", "Why Acme?"]
    assert [a.question.text for a in interview.asked.all()] == questions

    # The same debrief sent again (an answer lost on the way, a second tab): no second one.
    page.evaluate(
        "entries => { for (const [k, v] of JSON.parse(entries)) localStorage.setItem(k, v);"
        " window.dispatchEvent(new Event('online')); }",
        queue,
    )
    expect(page.get_by_text("Already synced earlier: Acme.")).to_be_visible()
    assert Interview.objects.get() == interview
    assert [a.question.text for a in interview.asked.all()] == questions

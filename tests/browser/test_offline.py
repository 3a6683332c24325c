"""Debrief without signal: the quick debrief opens offline, queues, and syncs exactly once."""

import contextlib
import re

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from journal.models import DebriefDraft, Interview
from tests.browser.conftest import PHONE
from tests.conftest import PASSWORD
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUICK = "/journal/debrief/"
SYNC = "/journal/debrief/sync/"


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


# Polls the worker's copy of the quick debrief (its fetch runs in the background) for a user.
KEPT_FOR = """async name => {
  for (let tries = 0; tries < 100; tries++) {
    const hit = await caches.match("/journal/debrief/");
    const html = hit ? await hit.text() : "";
    if (html.includes(">" + name + "<")) return html;
    await new Promise(done => setTimeout(done, 100));
  }
  return "";
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
    expect(page.get_by_text("1 debrief waiting, sent when the connection returns")).to_be_visible()
    expect(page.get_by_label("Company")).to_have_value("")
    expect(page.locator("#offline-outbox")).to_be_focused()
    # The count shows beside the folded navigation, and logging out would say so first.
    expect(page.locator("[data-outbox-phone]")).to_have_text("Quick debrief: 1 unsynced")
    confirm = page.locator("form[data-logout]").get_attribute("data-confirm")
    assert confirm.startswith("1 debrief saved on this phone is not yet synced.")
    screenshot(page, "offline-queued-390", full_page=False)
    queue = page.evaluate("JSON.stringify(Object.entries(localStorage))")

    # Any other page without signal: the offline page, which says what works.
    page.goto("/journal/")
    expect(page.get_by_role("heading", name="No connection")).to_be_visible()
    expect(page.get_by_text("1 debrief saved on this phone, not yet synced")).to_be_visible()
    screenshot(page, "offline-page-390", full_page=False)
    page.goto(QUICK)
    expect(page.get_by_text("1 debrief waiting, sent when the connection returns")).to_be_visible()

    # A second one, then a third begun: the form keeps working after each one it queued.
    page.get_by_label("Company").fill("Initech")
    page.get_by_label("Questions you were asked — one per line").fill("Why Initech?")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_text("2 debriefs waiting")).to_be_visible()
    page.get_by_label("Company").fill("Hooli")
    status = page.locator("#autosave-status")
    expect(status).to_contain_text("Offline: kept on this phone until there is signal.")
    assert not Interview.objects.exists()

    context.set_offline(False)
    expect(page.get_by_text("Synced: Acme, 2 questions.")).to_be_visible()
    expect(page.get_by_text("Synced: Initech, 1 question.")).to_be_visible()
    expect(page.locator("[data-outbox-pending]")).to_have_count(0)
    expect(status).to_contain_text("Draft saved at")  # the one begun offline
    screenshot(page, "offline-synced-390", full_page=False)
    interview = Interview.objects.get(user=user, company="Acme")
    questions = ["Tell me about yourself", "Why Acme?"]
    assert [a.question.text for a in interview.asked.all()] == questions
    assert Interview.objects.count() == 2
    assert DebriefDraft.objects.open().get().data["company"] == "Hooli"

    # The same debrief sent again (an answer lost on the way, a second tab): no second one.
    page.evaluate(
        "entries => { for (const [k, v] of JSON.parse(entries)) localStorage.setItem(k, v);"
        " window.dispatchEvent(new Event('online')); }",
        queue,
    )
    expect(page.get_by_text("Already synced earlier: Acme.")).to_be_visible()
    assert Interview.objects.count() == 2
    assert [a.question.text for a in interview.asked.all()] == questions


def log_in(page, username):
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_queued_debrief_waits_for_its_own_login_and_a_refusal_keeps_the_text(
    logged_in_page, context, user, screenshot
):
    page = logged_in_page
    # The refusal of the over-long question is a 400, which the browser logs.
    page.console_errors.expect("Failed to load resource: the server responded with a status of 400")
    page.set_viewport_size(PHONE)
    open_with_worker(page)
    context.set_offline(True)
    page.reload()
    too_long = "Tell me " + "very " * 100 + "much about yourself"  # over 500 characters
    for company, questions in [("Acme", "Why Acme?"), ("Globex", too_long)]:
        page.get_by_label("Company").fill(company)
        page.get_by_label("Questions you were asked — one per line").fill(questions)
        page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_text("2 debriefs waiting")).to_be_visible()

    # The session ends while the phone is offline; back online, the queue waits for a login.
    Session.objects.all().delete()
    context.set_offline(False)
    expect(page.get_by_text("2 debriefs waiting: your session ended.")).to_be_visible()
    # An autosave meeting the ended session may take the page to the login at any moment.
    with contextlib.suppress(PlaywrightTimeoutError):
        page.locator("#offline-outbox").scroll_into_view_if_needed(timeout=2_000)
        screenshot(page, "offline-login-needed-390", full_page=False)
    assert not Interview.objects.exists()

    # Someone else logs in on this phone: nothing of Ada's is sent, or shown, under their login.
    UserFactory(username="bob")
    # The link goes to the login; so may an htmx request of the page (a draft autosave) that
    # meets the ended session first. Either way the next page is the login.
    with contextlib.suppress(PlaywrightTimeoutError):
        if "/accounts/login/" not in page.url:
            page.get_by_role("link", name="Log in to send them").click(timeout=5_000)
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    log_in(page, "bob")
    expect(page.get_by_role("heading", name="Quick debrief")).to_be_visible()
    expect(page.locator("[data-outbox-pending]")).to_have_count(0)
    assert not Interview.objects.exists()
    # The copy kept for offline use is now Bob's page: Ada's is dropped, not shown to him.
    kept = page.evaluate(KEPT_FOR, "bob")
    assert kept and ">ada<" not in kept

    # Ada logs in again (a new CSRF token): hers is sent; the refused one keeps its text.
    context.clear_cookies()
    page.goto(QUICK)
    # Her page loads, asks who is logged in, then sends both (one after the other): wait for
    # the second answer rather than for a notice on a clock.
    with page.expect_response(lambda r: r.url.endswith(SYNC) and r.status == 400):
        log_in(page, "ada")
    expect(page.locator("body[data-offline-copy]")).to_have_count(0)  # her page, not a kept one
    expect(page.get_by_text("Synced: Acme, 1 question.")).to_be_visible()
    refusal = page.locator("[data-outbox-error]")
    expect(refusal).to_contain_text("Not accepted: Questions you were asked")
    expect(refusal).to_contain_text("500")
    expect(page.get_by_text("1 debrief not accepted: edit and send again.")).to_be_visible()
    screenshot(page, "offline-refused-390", full_page=False)
    assert list(Interview.objects.values_list("user__username", "company")) == [("ada", "Acme")]

    # Something typed in the form meanwhile: the app's own dialog asks before replacing it,
    # and works from the keyboard. Escape keeps what was typed...
    page.get_by_label("Company").fill("Initech")
    edit = page.get_by_role("button", name="Edit and send again")
    edit.click()
    dialog = page.get_by_role("dialog", name="Replace what is in the form with this debrief?")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    screenshot(page, "offline-replace-confirm-390", full_page=False)
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    expect(edit).to_be_focused()
    expect(page.get_by_label("Company")).to_have_value("Initech")
    # ...and Enter on the button, Tab to "Replace it", Enter replaces it.
    page.keyboard.press("Enter")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Tab")
    expect(dialog.get_by_role("button", name="Replace it")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Company")).to_have_value("Globex")
    expect(page.get_by_label("Questions you were asked — one per line")).to_have_value(too_long)
    expect(page.locator("[data-outbox-pending]")).to_have_count(0)
    # Back in the form, it is a draft again (saved as typed, and kept in the browser).
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")

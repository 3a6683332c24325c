"""Failed saves are never silent and nothing typed is lost: the failure states, in Chromium."""

import re

import pytest
from playwright.sync_api import expect

from journal.models import DebriefDraft, Interview
from questionbank.models import Answer
from tests.factories import InterviewFactory, QuestionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"  # every factory user's
QUESTIONS = "Questions you were asked — one per line"


class FlakyServer:
    """Answers matching requests with an error (or drops them) until told to stop."""

    def __init__(self, page, pattern: str, status: int | None = 500):
        self.failing, self.failed, self.status = True, 0, status
        page.route(re.compile(pattern), self.handle)

    def handle(self, route):
        if not self.failing:
            route.continue_()
            return
        self.failed += 1
        if self.status is None:
            route.abort("failed")
        else:
            route.fulfill(status=self.status, body="<h1>Server Error</h1>")


def provokes_failures(page) -> None:
    """Requests fail on purpose here: the browser's own error lines about them are expected."""
    page.console_errors.expect(
        "Failed to load resource", "Response Status Error Code", "htmx:afterRequest",
        "htmx:sendError", "htmx:responseError",
    )  # fmt: skip


def browser_copies(page) -> dict:
    return page.evaluate(
        """() => Object.fromEntries(Object.keys(localStorage)
            .filter(k => k.startsWith("debrief-draft:"))
            .map(k => [k, JSON.parse(localStorage.getItem(k)).text]))"""
    )


def test_a_failing_autosave_says_so_retries_and_saves_when_the_server_is_back(
    logged_in_page, user, screenshot
):
    page = logged_in_page
    provokes_failures(page)
    page.goto("/journal/debrief/")
    page.get_by_label("Company").fill("Acme")
    server = FlakyServer(page, r"/journal/debrief/autosave/$", status=500)
    page.get_by_label(QUESTIONS).fill("Why Acme?\nTell me about a failure")
    status = page.locator("#autosave-status")
    expect(status).to_contain_text("Not saved yet — retrying (the server had a problem (500))")
    expect(status.get_by_role("button", name="Retry now")).to_be_visible()
    assert page.evaluate("!!document.querySelector('#quick-debrief[data-dirty]')")
    assert any("Tell me about a failure" in text for text in browser_copies(page).values())
    screenshot(page, "autosave-failing")

    server.failing = False  # the server is back: the next retry goes through by itself
    expect(status).to_contain_text("Draft saved at", timeout=45_000)
    assert server.failed >= 1
    draft = DebriefDraft.objects.get(user=user)
    assert draft.data["questions"] == "Why Acme?\nTell me about a failure"
    assert not page.evaluate("!!document.querySelector('#quick-debrief[data-dirty]')")
    assert browser_copies(page) == {}  # the server has it: the browser copy is gone


def test_an_answer_typed_offline_is_kept_and_saved_when_back_online(logged_in_page, context, user):
    question = QuestionFactory(user=user, text="Tell me about a conflict")
    page = logged_in_page
    provokes_failures(page)
    page.goto(f"/questions/{question.pk}/answer/")
    context.set_offline(True)
    page.get_by_label("Your answer (Markdown)").fill("We disagreed about the release date.")
    status = page.locator("#answer-status")
    expect(status).to_contain_text("Not saved yet — retrying (no connection)")
    assert not Answer.objects.filter(question=question).exists()
    # Leaving now would lose nothing (the copy stays), but the page asks first.
    assert page.evaluate("!!document.querySelector('#answer-form[data-dirty]')")

    context.set_offline(False)
    expect(status).to_contain_text("Saved at", timeout=45_000)
    assert Answer.objects.get(question=question).body == "We disagreed about the release date."
    assert browser_copies(page) == {}


def test_a_dropped_request_on_a_section_save_shows_retry_beside_the_form(
    logged_in_page, user, screenshot
):
    interview = InterviewFactory(user=user, company="Acme")
    page = logged_in_page
    provokes_failures(page)
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_label("What went well").fill("The system design story landed")
    server = FlakyServer(page, rf"/journal/{interview.pk}/reflections/$", status=None)
    page.get_by_role("button", name="Save reflections").click()
    failure = page.locator("[data-save-feedback]", has_text="Not saved: the server could not")
    expect(failure).to_be_visible()
    expect(page.get_by_label("What went well")).to_have_value("The system design story landed")
    screenshot(page, "section-save-failed")

    server.failing = False
    failure.get_by_role("button", name="Retry").click()
    expect(page.locator("#reflections")).to_contain_text("The system design story landed")
    expect(page.locator("#reflections")).to_contain_text("Saved at")
    interview.refresh_from_db()
    assert interview.went_well == "The system design story landed"
    assert browser_copies(page) == {}


def test_after_the_session_expires_login_returns_to_the_page_and_offers_the_text_back(
    logged_in_page, context, user, screenshot
):
    page = logged_in_page
    provokes_failures(page)
    page.goto("/journal/debrief/")
    page.get_by_label("Company").fill("Initech")
    questions = page.get_by_label(QUESTIONS)
    with page.expect_response(lambda r: "autosave" in r.url and "Why" in r.request.post_data):
        questions.fill("Why Initech?")
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")

    context.clear_cookies(name="sessionid")  # the session expired while typing
    questions.press("End")
    questions.press_sequentially("\nWhere do you see yourself in five years?")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/journal/debrief/$"))
    page.get_by_label("Username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page).to_have_url(re.compile(r"/journal/debrief/$"))
    expect(questions).to_have_value("Why Initech?")  # what the server had
    restore = page.get_by_role("button", name=re.compile("Restore unsaved text"))
    screenshot(page, "session-expired-text-offered-back")
    with page.expect_response(lambda r: "autosave" in r.url and "five" in r.request.post_data):
        restore.click()
    expect(questions).to_have_value("Why Initech?\nWhere do you see yourself in five years?")
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")
    assert "five years" in DebriefDraft.objects.get(user=user).data["questions"]


def test_a_submit_after_the_session_expired_keeps_the_copy_until_the_save(
    logged_in_page, context, user
):
    page = logged_in_page
    provokes_failures(page)
    interview = InterviewFactory(user=user, company="Acme")
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_label("What went well").fill("Calm under pressure")
    context.clear_cookies(name="sessionid")
    page.get_by_role("button", name="Save reflections").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    assert list(browser_copies(page).values()) == ["Calm under pressure"]
    page.get_by_label("Username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(rf"/journal/{interview.pk}/"))
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_role("button", name=re.compile("Restore unsaved text")).click()
    page.get_by_role("button", name="Save reflections").click()
    expect(page.locator("#reflections")).to_contain_text("Calm under pressure")
    assert browser_copies(page) == {}


def test_a_csrf_failure_says_reload_keeps_the_text_and_the_reload_offers_it_back(
    logged_in_page, context, user, live_server, screenshot
):
    question = QuestionFactory(user=user, text="Why should we hire you?")
    page = logged_in_page
    provokes_failures(page)
    page.goto(f"/questions/{question.pk}/answer/")
    # Logging in again in another tab gives this browser a new CSRF token.
    context.add_cookies([{"name": "csrftoken", "value": "x" * 32, "url": live_server.url}])
    body = page.get_by_label("Your answer (Markdown)")
    body.fill("I ship carefully and I ask for help early.")
    status = page.locator("#answer-status")
    expect(status).to_contain_text("Reload the page to continue; what you typed is kept")
    screenshot(page, "autosave-csrf-failure")
    assert not Answer.objects.filter(question=question).exists()

    status.get_by_role("button", name="Reload page").click()
    page.get_by_role("button", name=re.compile("Restore unsaved text")).click()
    expect(body).to_have_value("I ship carefully and I ask for help early.")
    expect(status).to_contain_text("Saved at")
    assert Answer.objects.get(question=question).body.startswith("I ship carefully")


def test_a_plain_form_refused_by_csrf_shows_a_page_in_debriefs_layout(
    logged_in_page, context, live_server, user, screenshot
):
    page = logged_in_page
    provokes_failures(page)
    page.goto("/journal/debrief/")
    context.add_cookies([{"name": "csrftoken", "value": "y" * 32, "url": live_server.url}])
    page.get_by_label("Company").fill("Hooli")
    page.get_by_label(QUESTIONS).fill("What is your biggest weakness?")
    expect(page.locator("#autosave-status")).to_contain_text("Reload the page to continue")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_role("heading", name="Not saved yet: reload to continue")).to_be_visible()
    expect(page.get_by_role("link", name="Journal")).to_be_visible()  # the site's own layout
    screenshot(page, "csrf-failure-page")
    assert not Interview.objects.exists()
    page.get_by_role("link", name="Back to the page").click()
    restore = page.get_by_role("button", name=re.compile("Restore unsaved text"))
    expect(restore.first).to_be_visible()


def test_a_second_tab_cannot_save_over_newer_text_and_both_texts_are_kept(
    logged_in_page, context, user, screenshot
):
    question = QuestionFactory(user=user, text="Tell me about yourself")
    Answer.objects.create(question=question, body="First words", version=1)
    tab_a, tab_b = logged_in_page, context.new_page()
    url = f"/questions/{question.pk}/answer/"
    tab_a.goto(url)
    tab_b.goto(url)

    tab_a.get_by_label("Your answer (Markdown)").fill("Tab A: the newer story")
    expect(tab_a.locator("#answer-status")).to_contain_text("Saved at")
    tab_b.get_by_label("Your answer (Markdown)").fill("Tab B: the older story")
    status = tab_b.locator("#answer-status")
    expect(status).to_contain_text("Not saved: changed in another tab")
    expect(status).to_contain_text("Tab A: the newer story")
    screenshot(tab_b, "answer-conflict")
    assert Answer.objects.get(question=question).body == "Tab A: the newer story"

    status.get_by_role("button", name="Keep this tab's text").click()
    expect(status).to_contain_text("Saved at")
    answer = Answer.objects.get(question=question)
    assert answer.body == "Tab B: the older story"
    assert {"Tab A: the newer story", "Tab B: the older story"} <= set(
        answer.revisions.values_list("body", flat=True)
    )
    tab_b.close()


def test_keeping_one_tabs_debrief_text_keeps_the_other_tabs_text_on_the_page(
    logged_in_page, context, user, screenshot
):
    tab_a, tab_b = logged_in_page, context.new_page()
    tab_a.goto("/journal/debrief/")
    tab_a.get_by_label(QUESTIONS).fill("Why Acme?")
    expect(tab_a.locator("#autosave-status")).to_contain_text("Draft saved at")
    tab_b.goto("/journal/debrief/")  # the same draft, at the version tab A saved
    tab_a.get_by_label(QUESTIONS).fill("Why Acme?\nTab A: design a rate limiter")
    expect(tab_a.locator("#autosave-status")).to_contain_text("Draft saved at")
    tab_b.get_by_label(QUESTIONS).fill("Why Acme?\nTab B: a time you failed")
    status = tab_b.locator("#autosave-status")
    expect(status).to_contain_text("Not saved: changed in another tab")

    status.get_by_role("button", name="Keep this tab's text").click()
    expect(status).to_contain_text("Its text is kept here")
    expect(status).to_contain_text("Tab A: design a rate limiter")
    screenshot(tab_b, "debrief-replaced-text-kept")
    draft = DebriefDraft.objects.get(user=user)
    assert "Tab B: a time you failed" in draft.data["questions"]
    assert "Tab A: design a rate limiter" in draft.replaced[0]["data"]["questions"]
    tab_b.close()


def test_copies_are_per_user_and_logging_out_clears_them(logged_in_page, user):
    interview = InterviewFactory(user=user, company="Acme")
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_label("What went well").fill("Private thoughts")
    (key,) = browser_copies(page)
    owner = page.evaluate("document.body.dataset.draftOwner")
    assert owner and key.startswith(f"debrief-draft:{owner}:")
    page.get_by_role("button", name=user.username).or_(
        page.get_by_role("link", name=user.username)
    ).click()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="You are logged out")).to_be_visible()
    assert browser_copies(page) == {}


def test_a_debrief_submitted_while_its_autosave_is_on_the_way_waits_for_it(logged_in_page, user):
    # Leaving the page would cut the autosave off: htmx logs that as two console errors (which
    # fail this test), and nobody would see how the save ended.
    page = logged_in_page
    held = []
    page.route(re.compile(r"/journal/debrief/autosave/$"), lambda route: held.append(route))
    page.goto("/journal/debrief/")
    with page.expect_request(re.compile(r"/journal/debrief/autosave/$")):
        page.get_by_label("Company").fill("Globex")
    page.get_by_label(QUESTIONS).fill("Why Globex?")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.locator("#autosave-status")).to_contain_text("Saving")
    held[0].continue_()
    expect(page.get_by_text("Debrief saved: Globex, 1 question.")).to_be_visible()
    assert [i.company for i in Interview.objects.filter(user=user)] == ["Globex"]
    assert len(held) == 1  # the autosaves due after the submit were not sent: it carried all

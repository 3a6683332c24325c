"""axe-core audits and console errors on every main page, over one realistic journal.

One seeded account serves the whole audit: pages are visited in a loop in one test (pytest-django
flushes the database after each live-server test, so a shared fixture would be re-seeded per
page), and every page's problems are collected before failing, so one run lists them all.
"""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from journal.demo import seed_account
from journal.models import Interview, Weakness
from questionbank.models import Answer, Question
from tests.browser.conftest import ConsoleErrors
from trash.actions import trash_remove

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Impacts that fail the audit: "serious" and "critical" are the ones that stop people.
BLOCKING = {"serious", "critical"}
EDITABLE_SECTIONS = ["assessment", "reflections", "followups", "basics", "outfit", "preparation"]
JOB_DESCRIPTION = """You will lead the design of our data platform.
Experience mentoring engineers and presenting to executives.
Fluent in Rust and Kubernetes operations."""


def seeded_journal() -> User:
    user = seed_account(username="ada", password="ada-password-1", interviews=24, questions=60).user
    doomed = Interview.objects.create(
        user=user, company="Gone Ltd", role="Analyst", date=timezone.localdate()
    )
    trash_remove(user=user, obj=doomed, kind="interview", label=str(doomed))
    Interview.objects.create(
        user=user,
        company="Upcoming Co",
        role="Engineer",
        date=timezone.localdate() + datetime.timedelta(days=3),
    )
    return user


def main_pages(user: User) -> list[tuple[str, str]]:
    """(name, path) of every main page, with the richest example of each."""
    past = (
        Interview.objects.for_user(user)
        .filter(date__lt=timezone.localdate(), asked__isnull=False, observations__isnull=False)
        .exclude(feedback="")
        .first()
    ) or Interview.objects.for_user(user).filter(date__lt=timezone.localdate()).first()
    upcoming = Interview.objects.for_user(user).filter(company="Upcoming Co").get()
    answered = Answer.objects.for_user(user).select_related("question").first().question
    question = Question.objects.for_user(user).filter(asked__isnull=False).first()
    weakness = Weakness.objects.for_user(user).first()
    pages = [
        ("dashboard", reverse("home")),
        ("journal", reverse("journal:interview-list")),
        ("interview", past.get_absolute_url()),
        ("interview-editing", past.get_absolute_url()),
        ("upcoming-interview", upcoming.get_absolute_url()),
        ("brief", reverse("journal:interview-brief", args=[upcoming.pk])),
        ("email-drafts", reverse("followups:drafts", args=[past.pk])),
        ("quick-debrief", reverse("journal:quick-debrief")),
        ("companies", reverse("journal:company-list")),
        ("company", past.company_url),
        ("bank", reverse("questionbank:question-list")),
        ("question", reverse("questionbank:question-detail", args=[question.pk])),
        ("answered-question", reverse("questionbank:question-detail", args=[answered.pk])),
        ("answer-editor", reverse("questionbank:answer-edit", args=[answered.pk])),
        ("starter-library", reverse("questionbank:starter")),
        ("duplicates", reverse("questionbank:duplicates")),
        ("practice", reverse("questionbank:practice")),
        ("prep-pack", reverse("questionbank:prep-pack")),
        ("weaknesses", reverse("journal:weakness-list")),
        ("weakness", weakness.get_absolute_url()),
        ("trends", reverse("journal:trends")),
        ("strengths", reverse("journal:strength-list")),
        ("job-matcher", reverse("journal:job-match")),
        ("reminders", reverse("followups:reminder-list")),
        ("settings", reverse("accounts:settings")),
        ("your-data", reverse("userdata:data")),
        ("trash", reverse("trash:list")),
    ]
    return pages


def log_in(context, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def open_every_section(page) -> None:
    """Every editable section of the interview open at once, through htmx as a person would."""
    for section in EDITABLE_SECTIONS:
        card = page.locator(f"#{section}")
        card.get_by_role("link", name="Edit").click()
        expect(card.get_by_role("button", name="Save")).to_be_visible()


def problems_on(page, name: str, axe: Axe, errors: ConsoleErrors, options: dict) -> list[str]:
    results = axe.run(page, options=options)
    found = [
        f"{name}: {v['id']} ({v['impact']}) {v['help']}: {len(v['nodes'])} elements, e.g. "
        f"{node['html'][:160]}: {node['failureSummary']}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
        for node in v["nodes"]
    ]
    found += [f"{name}: console error: {error}" for error in errors]
    errors.clear()
    return found


def show(page, name: str) -> None:
    """Bring the page to the state worth auditing: what a person opens on it."""
    expect(page.locator("main")).to_be_visible()
    if name == "interview-editing":
        open_every_section(page)
    elif name == "practice":
        page.keyboard.press("Space")
        expect(page.locator("[data-revealed-answer]")).to_be_visible()
    elif name == "job-matcher":
        page.get_by_label("Job description").fill(JOB_DESCRIPTION)
        page.get_by_role("button", name="Match").click()
        expect(page.get_by_text("nothing yet").first).to_be_visible()


def audit(browser, live_server, user: User | None, scheme: str, screenshot) -> list[str]:
    # Reduced motion: no colour half-way through a transition is measured.
    context = browser.new_context(
        base_url=live_server.url, color_scheme=scheme, reduced_motion="reduce"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = ConsoleErrors()
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    if user:
        log_in(context, live_server, user)
        pages = main_pages(user)
    else:
        pages = [("login", reverse("login")), ("sign-up", reverse("signup"))]
    axe = Axe()
    # The dark scheme changes colours only: there, colour contrast is the rule to check again.
    rules = {"runOnly": ["color-contrast"]} if scheme == "dark" else {}
    options = {"resultTypes": ["violations"], **rules}
    found = []
    for name, path in pages:
        page.goto(path)
        show(page, name)
        if name == "interview-editing":
            screenshot(page, f"audit-interview-editing-{scheme}")
        found += problems_on(page, f"{name} ({scheme})", axe, errors, options)
    context.close()
    return found


def test_every_main_page_has_no_serious_axe_violation_nor_console_error(
    browser, live_server, screenshot
):
    user = seeded_journal()
    found = []
    # Debrief follows the system's colour scheme until the user picks one: both are audited.
    for scheme in ("light", "dark"):
        found += audit(browser, live_server, user, scheme, screenshot)
        found += audit(browser, live_server, None, scheme, screenshot)
    assert not found, "\n".join(found)

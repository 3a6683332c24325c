"""Every main page at phone width (390 px): nothing scrolls sideways and every touch target is
at least 44 px, on a realistic journal with a long company name and a long question."""

import datetime
import urllib.parse
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from journal.demo import seed_account
from journal.models import Interview, Weakness, WeaknessObservation
from scripts.main_pages import LOGGED_OUT, PAGES, STICKING_OUT
from tests.browser.conftest import PHONE
from tests.factories import AskedQuestionFactory, InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOUCH = 44
LONG_COMPANY = "Koninklijke Nederlandsche Verzekeringsmaatschappij Internationaal Holding B.V."
LONG_QUESTION = (
    "Walk me through the most complicated production incident you were responsible for, how "
    "you found the cause while customers were affected, who you kept informed and how often, "
    "and what you changed afterwards so that it could not happen again in the same way?"
)


# What a finger taps: buttons, pagination, selects, and radios and check boxes with their labels
# (a tap on the label picks the option, so the larger of the two boxes counts). Links inside
# running text are exempt, as in WCAG's target-size rule.
SMALL_TARGETS = """
min => {
  const seen = el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed';
  const box = el => el.getBoundingClientRect();
  const small = [];
  const check = (el, rect) => {
    if (rect.width < min || rect.height < min) {
      const size = `${Math.round(rect.width)}x${Math.round(rect.height)}`;
      small.push(`${size} ${el.outerHTML.slice(0, 120)}`);
    }
  };
  for (const el of document.querySelectorAll('.btn, button, .page-link, select, .btn-close')) {
    if (seen(el) && !el.closest('.visually-hidden, .visually-hidden-focusable')) check(el, box(el));
  }
  for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
    if (input.classList.contains('btn-check') || !seen(input)) continue;
    const boxes = [box(input), ...[...input.labels].filter(seen).map(box)];
    const widest = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    check(input, widest);
  }
  return small;
}
"""


@pytest.fixture
def journal(transactional_db):
    """The demo journal (small), plus an interview at a company with a very long name where a
    very long question was asked and a weakness showed with a long note."""
    seed_account(username="phone", password="phone-demo-password", interviews=16, questions=30)
    user = User.objects.get(username="phone")
    interview = InterviewFactory(
        user=user,
        company=LONG_COMPANY,
        role="Principal site reliability engineer, payments infrastructure",
        # upcoming: the page offers the brief and a calendar file beside Delete
        date=timezone.localdate() + datetime.timedelta(days=2),
        outcome=Interview.Outcome.PENDING,
        notes="Two interviewers, one of whom joined late. " * 8,
    )
    asked = AskedQuestionFactory(
        interview=interview, question__text=LONG_QUESTION, answer_notes="The outage of May. " * 10
    )
    weakness = Weakness.objects.filter(user=user).first()
    WeaknessObservation.objects.create(
        weakness=weakness,
        interview=interview,
        severity=4,
        note="Took four minutes to reach the point; the interviewer had to interrupt. " * 3,
        question=asked.question,
    )
    return SimpleNamespace(
        user=user, interview=interview.pk, question=asked.question_id, weakness=weakness.pk
    )


def open_every_section(page):
    edit = page.locator(".section-card > .card-header a:text-is('Edit')")
    assert edit.count() >= 3, "the interview page should offer its sections for editing"
    for _ in range(edit.count()):
        left = edit.count()
        edit.first.click()
        expect(edit).to_have_count(left - 1)


@pytest.mark.parametrize("name", PAGES)
def test_every_main_page_fits_a_phone_and_has_finger_sized_targets(
    name, journal, page, context, live_server, screenshot
):
    if name not in LOGGED_OUT:
        client = Client()
        client.force_login(journal.user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page.set_viewport_size(PHONE)
    path = PAGES[name].format(
        interview=journal.interview,
        question=journal.question,
        weakness=journal.weakness,
        company=urllib.parse.quote(LONG_COMPANY),
        search="engineer",
    )
    response = page.goto(path)
    assert response.ok and response.url.endswith(path), f"{name}: {response.url}"
    expect(page.locator("h1").first).to_be_visible()
    if name == "interview-editing":
        open_every_section(page)
    if name in {"interview", "company", "journal", "weakness"}:
        expect(page.get_by_text(LONG_COMPANY).first).to_be_visible()

    width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, f"phone-{name}")
    assert width <= PHONE["width"], f"{name} is {width} px wide at {PHONE['width']} px:\n" + (
        "\n".join(page.evaluate(STICKING_OUT))
    )
    small = page.evaluate(SMALL_TARGETS, TOUCH)
    assert not small, f"{name}: targets under {TOUCH} px:\n" + "\n".join(small)

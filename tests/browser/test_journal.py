import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from journal.models import Interview
from tests.browser.conftest import PHONE, htmx_settled
from tests.factories import AskedQuestionFactory, InterviewFactory
from tests.helpers import query

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTIONS = [
    "Tell me about yourself",
    "Why do you want to work at Acme?",
    "Describe a time you disagreed with a colleague",
    "What is your biggest weakness?",
    "Where do you see yourself in five years?",
]


def test_quick_debrief_of_five_questions_by_keyboard(logged_in_page, user, screenshot):
    earlier = InterviewFactory(user=user, company="Acme Corp", round_number=1)
    page = logged_in_page
    page.goto("/journal/debrief/")
    keyboard = page.keyboard
    expect(page.get_by_label("Company")).to_be_focused()  # autofocus: start typing at once
    keyboard.type("ACME corp")
    # The companies already in the journal are suggested, with the round this would be.
    expect(page.locator("#company-suggestions option")).to_have_attribute("value", "Acme Corp")
    expect(page.locator("#round-hint")).to_contain_text("this would be round 2")
    keyboard.press("Tab")
    keyboard.type("Platform engineer")
    keyboard.press("Tab")  # company, role, kind of round, its number, format, date: as read
    expect(page.get_by_label("Kind of round")).to_be_focused()
    page.get_by_label("Kind of round").select_option("technical")
    keyboard.press("Tab")
    expect(page.get_by_label("Round number")).to_be_focused()
    keyboard.type("2")
    keyboard.press("Tab")
    expect(page.get_by_label("Format")).to_be_focused()
    page.get_by_label("Format").select_option("phone")
    keyboard.press("Tab")
    expect(page.get_by_label("Date")).to_be_focused()
    for _ in range(4):  # Chromium's date input: month, day, year, its picker, then on
        keyboard.press("Tab")
    expect(page.get_by_label("Questions you were asked — one per line")).to_be_focused()
    keyboard.type("\n".join(QUESTIONS))
    keyboard.press("Tab")  # preparation starts at "not rated"; each arrow is one more
    expect(page.get_by_role("radio", name="not rated").first).to_be_focused()
    for _ in range(3):
        keyboard.press("ArrowRight")
    keyboard.press("Tab")  # confidence
    for _ in range(4):
        keyboard.press("ArrowRight")
    expect(page.get_by_text("1 = poor … 5 = excellent").first).to_be_visible()
    screenshot(page, "quick-debrief-filled")
    keyboard.press("Control+Enter")

    expect(page.get_by_role("heading", name="Platform engineer at Acme Corp")).to_be_visible()
    expect(page.get_by_text("Debrief saved: Acme Corp, 5 questions.")).to_be_visible()
    interview = Interview.objects.exclude(pk=earlier.pk).get(user=user)
    assert [a.question.text for a in interview.asked.all()] == QUESTIONS
    assert (interview.preparation_rating, interview.confidence_rating) == (3, 4)
    assert (interview.company, interview.round, interview.round_number) == (
        "Acme Corp",
        "technical",
        2,
    )
    assert interview.format == "phone"
    assert interview.date == timezone.localdate()
    screenshot(page, "interview-detail")


def test_a_debrief_records_no_round_or_format_the_user_did_not_choose(logged_in_page, user):
    page = logged_in_page
    page.goto("/journal/debrief/")
    page.get_by_label("Company").fill("Globex")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_text("Round not recorded · Format not recorded")).to_be_visible()
    interview = Interview.objects.get(user=user)
    assert (interview.round, interview.round_number, interview.format) == ("", None, "")


def test_autosave_survives_a_reload_mid_way(logged_in_page, user):
    page = logged_in_page
    page.goto("/journal/debrief/")
    page.get_by_label("Company").fill("Globex")
    questions = page.get_by_label("Questions you were asked — one per line")
    # One input event: typing key by key on a loaded machine can outlast the wait.
    with page.expect_response(
        lambda r: "autosave" in r.url and "pressure" in (r.request.post_data or "")
    ):
        questions.fill("What motivates you?\nHow do you handle pressure?")
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")

    page.reload()
    expect(page.get_by_label("Company")).to_have_value("Globex")
    expect(questions).to_have_value("What motivates you?\nHow do you handle pressure?")
    questions.press("End")
    questions.press_sequentially("\nAny questions for us?")
    page.get_by_role("button", name="Save debrief").click()

    expect(page.get_by_text("Debrief saved: Globex, 3 questions.")).to_be_visible()
    page.goto("/journal/debrief/")
    expect(page.get_by_label("Company")).to_have_value("")


def test_outcome_changed_inline_shows_in_history(logged_in_page, user, screenshot):
    interview = InterviewFactory(user=user, company="Initech", role="Analyst")
    interview.record_outcome("pending")
    page = logged_in_page
    page.goto("/journal/")
    select = page.get_by_label(f"Outcome for Initech on {interview.date:%-d %b %Y}")
    with page.expect_response(lambda r: "/outcome/" in r.url):
        select.select_option("Moved forward")
    expect(page.get_by_label(f"Outcome for Initech on {interview.date:%-d %b %Y}")).to_have_value(
        "moved_forward"
    )

    page.get_by_role("link", name="Initech").click()
    history = page.locator("#outcome-history")
    expect(history).to_contain_text("Pending")
    expect(history).to_contain_text("Moved forward")


def test_list_filters_update_results(logged_in_page, user, screenshot):
    for company, outcome, round_ in [
        ("Acme", "rejected", "technical"),
        ("Globex", "offer", "final"),
        ("Initech", "pending", "phone_screen"),
    ]:
        AskedQuestionFactory(
            interview=InterviewFactory(user=user, company=company, outcome=outcome, round=round_)
        )
    page = logged_in_page
    page.goto("/journal/")
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(3)
    screenshot(page, "journal-list")

    page.get_by_label("Outcome", exact=True).select_option("Offer")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Globex")
    expect(page).to_have_url(re.compile(r"/journal/\?.*outcome=offer"))
    assert query(page.url) == {"outcome": ["offer"]}

    page.get_by_role("link", name="Clear").click()
    page.get_by_label("Search", exact=True).fill("Initech")
    page.get_by_label("Search", exact=True).press("Enter")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Initech")


def test_sections_edit_in_place_and_pages_fit_a_phone(logged_in_page, user, context, screenshot):
    interview = InterviewFactory(user=user, company="Acme", interviewers="Grace Hopper")
    AskedQuestionFactory(interview=interview, question__text="Why Acme?")
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit outfit").click()
    page.get_by_label("What I wore").fill("Navy blazer, no tie")
    page.get_by_label("Dress code I met").select_option("Smart casual")
    page.get_by_role("button", name="Save outfit").click()
    expect(page.locator("#outfit")).to_contain_text("Navy blazer, no tie")
    expect(page.locator("#outfit")).to_contain_text("Smart casual")

    page.get_by_role("textbox", name="Add a question they asked").fill("Salary expectations?")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("#questions li")).to_have_count(2)
    page.get_by_role("button", name="Move question 2 up").click()
    expect(page.locator("#questions li").first).to_contain_text("Salary expectations?")

    page.set_viewport_size(PHONE)
    screenshot(page, "interview-detail-phone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways on a phone"


def test_outcome_select_records_one_choice_not_every_arrow_key(logged_in_page, user):
    interview = InterviewFactory(user=user, company="Initech")
    interview.record_outcome("pending")
    page = logged_in_page
    page.goto("/journal/")
    label = f"Outcome for Initech on {interview.date:%-d %b %Y}"
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "/outcome/" in r.url else None)
    select = page.get_by_label(label)
    select.focus()
    for _ in range(3):  # Pending -> Moved forward -> Offer -> Rejected, only looking
        page.keyboard.press("ArrowDown")
    expect(select).to_have_value("rejected")
    assert requests == []
    select.evaluate("el => { el.dataset.old = '1'; }")  # the saved form replaces this one
    page.evaluate("htmx.config.defaultSettleDelay = 800")
    # Keys go to the select htmx swapped in once it is wired, not to the old one on its way out.
    with htmx_settled(page), page.expect_response(lambda r: "/outcome/" in r.url):
        page.keyboard.press("Enter")
    expect(page.locator("select[data-old]")).to_have_count(0)
    expect(page.get_by_label(label)).to_have_value("rejected")
    page.get_by_label(label).focus()
    page.keyboard.press("ArrowUp")  # Offer, then leaving the field chooses it
    with page.expect_response(lambda r: "/outcome/" in r.url):
        page.keyboard.press("Tab")
    expect(page.get_by_label(label)).to_have_value("offer")
    outcomes = list(interview.outcome_changes.values_list("outcome", flat=True))
    assert outcomes == ["pending", "rejected", "offer"]
    assert len(requests) == 2

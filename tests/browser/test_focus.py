"""Keyboard focus and screen-reader announcements around in-place editing (static/js/focus.js)."""

import pytest
from playwright.sync_api import expect

from journal.models import Interview
from tests.factories import AskedQuestionFactory, InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def interview(user):
    interview = InterviewFactory(user=user, company="Initech", role="Analyst")
    for position, text in enumerate(["Why Initech?", "A conflict you resolved?", "Questions?"]):
        AskedQuestionFactory(interview=interview, question__text=text, position=position)
    return interview


def test_a_section_opened_by_keyboard_takes_focus_and_gives_it_back(
    logged_in_page, interview, screenshot
):
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    announcer = page.locator("#announcer")
    edit = page.get_by_role("link", name="Edit basics")
    edit.focus()
    page.keyboard.press("Enter")
    company = page.locator("#basics").get_by_label("Company")
    expect(company).to_be_focused()
    expect(announcer).to_have_text("Editing basics")
    screenshot(page, "focus-editing-basics")

    # An error keeps focus on the field at fault and says what is wrong.
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.press("Enter")
    expect(company).to_be_focused()
    expect(company).to_have_attribute("aria-invalid", "true")
    expect(announcer).to_contain_text("Not saved: Company")

    page.keyboard.type("Initech Ltd")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Edit basics")).to_be_focused()
    expect(announcer).to_have_text("Basics saved")
    interview.refresh_from_db()
    assert interview.company == "Initech Ltd"

    # Cancel gives focus back too, and says nothing was saved.
    page.keyboard.press("Enter")
    expect(company).to_be_focused()
    page.locator("#basics").get_by_role("link", name="Cancel").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Edit basics")).to_be_focused()
    expect(announcer).to_have_text("Closed basics without saving")


def test_question_rows_keep_focus_on_what_was_used(logged_in_page, interview):
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    announcer = page.locator("#announcer")
    page.get_by_role("link", name="Notes on question 2").focus()
    page.keyboard.press("Enter")
    notes = page.get_by_label("How I answered")
    expect(notes).to_be_focused()
    expect(announcer).to_have_text("Editing notes on question 2")
    page.keyboard.type("Told the story of the migration.")
    page.get_by_role("button", name="Save notes").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Notes on question 2")).to_be_focused()
    expect(announcer).to_have_text("Notes on question 2 saved")

    # The moved question keeps focus, now as question 3.
    page.get_by_role("button", name="Move question 2 down").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Move question 3 up")).to_be_focused()
    expect(announcer).to_have_text("Question moved down")
    texts = Interview.objects.get(pk=interview.pk).asked.values_list("question__text", flat=True)
    assert list(texts) == ["Why Initech?", "Questions?", "A conflict you resolved?"]


def tabs_until(page, name: str, limit: int = 120) -> int:
    """Tabs from the top of the page until the element called `name` has focus."""
    for count in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == name:
            return count
    raise AssertionError(f"{name!r} not reached in {limit} Tabs")


def test_question_rows_cost_few_tabs_and_their_buttons_take_arrow_keys(logged_in_page, user):
    interview = InterviewFactory(user=user, company="Initech")
    for position in range(7):
        AskedQuestionFactory(interview=interview, position=position)
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    # Each question row is three Tab stops (its link, its toolbar, its category), not six: from
    # the skip link, 53 Tabs before and 34 now (45 and 64 from the top of the page, navigation
    # included).
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Skip to content
    assert tabs_until(page, "Edit self-assessment") <= 34

    page.get_by_role("button", name="Move question 3 down").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("link", name="Notes on question 3")).to_be_focused()
    page.keyboard.press("Home")
    expect(page.get_by_role("button", name="Move question 3 up")).to_be_focused()
    page.keyboard.press("Tab")  # out of the toolbar, to the row's category
    expect(page.get_by_label("Category").nth(2)).to_be_focused()
    page.keyboard.press("Shift+Tab")  # back in: the toolbar remembers its button
    expect(page.get_by_role("button", name="Move question 3 up")).to_be_focused()

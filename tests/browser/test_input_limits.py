"""An overlong pasted question is named by its line, and nothing typed is lost."""

import pytest
from playwright.sync_api import expect

from journal.models import Interview

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_overlong_question_line_is_named_and_the_text_stays(logged_in_page, user, screenshot):
    page = logged_in_page
    page.goto("/journal/debrief/")
    page.get_by_label("Company").fill("Acme")
    long_line = "Tell me about " + "the migration that went sideways " * 20
    questions = f"Why Acme?\n{long_line}\nWhen could you start?"
    page.get_by_label("Questions you were asked — one per line").fill(questions)
    page.get_by_role("button", name="Save debrief").click()

    error = page.locator(".invalid-feedback", has_text="Line 2 is")
    expect(error).to_be_visible()
    expect(error).to_contain_text(f"{len(long_line.strip()):,} characters long")
    expect(error).to_contain_text("at most 500 characters")
    expect(page.get_by_label("Questions you were asked — one per line")).to_have_value(questions)
    screenshot(page, "quick-debrief-overlong-line")
    assert not Interview.objects.exists()

import pytest
from playwright.sync_api import expect

from tests.factories import AskedQuestionFactory, InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_removed_question_comes_back_with_undo(logged_in_page, user, screenshot):
    interview = InterviewFactory(user=user, company="Acme")
    texts = ["Tell me about yourself", "Why Acme?", "What is your biggest weakness?"]
    for position, text in enumerate(texts):
        AskedQuestionFactory(
            interview=interview, position=position, question__text=text, answer_notes=f"n{position}"
        )
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("button", name="Remove question 2").click()
    expect(page.locator("#questions")).not_to_contain_text("Why Acme?")
    message = page.get_by_role("alert").filter(has_text="Removed “Why Acme?”.")
    expect(message).to_be_visible()
    screenshot(page, "undo-offered")
    message.get_by_role("button", name="Undo").click()

    expect(page.get_by_text("Restored “Why Acme?”.")).to_be_visible()
    items = page.locator("#questions ol > li")
    expect(items).to_have_count(3)
    expect(items.nth(1)).to_contain_text("Why Acme?")
    assert list(interview.asked.values_list("answer_notes", flat=True)) == ["n0", "n1", "n2"]


def test_saving_the_basics_updates_the_heading_and_breadcrumb(logged_in_page, user):
    interview = InterviewFactory(user=user, company="Acme", role="Engineer")
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit basics").click()
    basics = page.locator("#basics")
    # The editor has settled once focus is on its first field: typing before that raced the
    # swap once in CI (a field filled in the form that was then replaced).
    expect(basics.get_by_label("Company")).to_be_focused()
    basics.get_by_label("Company").fill("Globex")
    basics.get_by_label("Role").fill("Staff engineer")
    expect(basics.get_by_label("Role")).to_have_value("Staff engineer")
    basics.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff engineer at Globex")
    expect(page.get_by_label("breadcrumb").get_by_role("link", name="Globex")).to_be_visible()

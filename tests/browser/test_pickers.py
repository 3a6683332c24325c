import pytest
from playwright.sync_api import expect

from journal.models import Strength
from questionbank.models import Answer, Question
from tests.factories import QuestionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_merge_target_is_found_by_typing_and_merged(logged_in_page, user, screenshot):
    question = QuestionFactory(user=user, text="What is your biggest weakness?")
    for i in range(25):
        QuestionFactory(user=user, text=f"How would you design system {i}?")
    QuestionFactory(user=user, text="Which weakness are you working on?")
    page = logged_in_page
    page.goto(question.get_absolute_url())
    picker = page.locator("#merge-candidates")
    expect(picker).to_contain_text("Which weakness are you working on?")
    page.get_by_label("Find the other wording").press_sequentially("system 7")
    expect(picker).not_to_contain_text("Which weakness")
    expect(picker.get_by_role("radio")).to_have_count(20)  # never all 27
    expect(picker.get_by_role("radio").first).to_have_accessible_name(
        "How would you design system 7?"
    )
    page.get_by_label("Find the other wording").fill("working on")
    expect(picker).to_contain_text("Which weakness are you working on?")
    screenshot(page, "merge-picker")
    picker.get_by_label("Which weakness are you working on?").check()
    page.get_by_role("button", name="Merge", exact=True).click()
    page.get_by_role("dialog").get_by_role("button", name="Merge").click()  # asked first
    expect(page.get_by_text("Merged: every interview")).to_be_visible()
    assert not Question.objects.filter(text="Which weakness are you working on?").exists()


def test_stories_are_found_by_typing_and_linked(logged_in_page, user, screenshot):
    for i in range(30):
        Answer.objects.create(question=QuestionFactory(user=user, text=f"Project {i}?"), body="x")
    Answer.objects.create(
        question=QuestionFactory(user=user, text="Describe a conflict you resolved"), body="y"
    )
    page = logged_in_page
    page.goto("/journal/strengths/")
    page.get_by_label("Name").fill("Calm under pressure")
    search = page.get_by_label("Find a prepared answer by its question")
    search.press_sequentially("conflict")
    options = page.locator("#answer-options")
    expect(options.get_by_role("checkbox")).to_have_count(1)
    options.get_by_label("Describe a conflict you resolved").check()
    search.press("Enter")  # htmx already searched: Enter does not submit the form
    search.fill("project 2")
    expect(options).to_contain_text("Project 2?")
    expect(options.get_by_label("Describe a conflict you resolved")).to_be_checked()
    screenshot(page, "strength-story-picker")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Strength “Calm under pressure” added.")).to_be_visible()
    strength = Strength.objects.get()
    assert [a.question.text for a in strength.answers.all()] == ["Describe a conflict you resolved"]

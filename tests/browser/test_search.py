import re

import pytest
from playwright.sync_api import expect

from journal.models import Strength
from questionbank.models import Answer
from tests.browser.conftest import PHONE
from tests.factories import InterviewFactory, QuestionFactory, WeaknessFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_slash_searches_everything_and_a_result_opens(logged_in_page, user, screenshot):
    interview = InterviewFactory(
        user=user, company="Acme", role="SRE", feedback="Loved the incident review story."
    )
    Answer.objects.create(
        question=QuestionFactory(user=user, text="Tell me about an incident."),
        situation="A payments incident at night.",
    )
    WeaknessFactory(user=user, name="Incident write-ups too long")
    Strength.objects.create(user=user, name="Calm", evidence="Calm in every incident.")
    page = logged_in_page
    page.goto("/journal/")
    page.locator("body").press("/")
    box = page.get_by_role("searchbox", name="Search everything")
    expect(box).to_be_focused()
    box.press_sequentially("incident")
    box.press("Enter")
    expect(page.get_by_role("heading", name="Search", exact=True)).to_be_visible()
    results = page.locator("#search-results")
    expect(results).to_contain_text("5 results for “incident”")
    for kind in ["Interviews", "Questions", "Answers", "Weaknesses", "Strengths"]:
        expect(results.get_by_role("heading", name=f"{kind} 1")).to_be_visible()
    expect(results.locator("mark").first).to_have_text("incident", ignore_case=True)

    # On the results page "/" goes to the page's own box; typing searches as you type.
    page.locator("h1").click()
    page.keyboard.press("/")
    expect(page.get_by_role("searchbox", name="Search everything you wrote")).to_be_focused()
    page.keyboard.type("incident payments")  # "/" selected what was there: typing replaces it
    expect(results).to_contain_text("1 result for “incident payments”")
    page.keyboard.press("Control+a")
    page.keyboard.type("incident review")
    expect(page).to_have_url(re.compile(r"/search/\?q=incident(%20|\+)review$"))
    expect(results.get_by_role("heading", name="Interviews 1")).to_be_visible()
    screenshot(page, "search-results")
    results.get_by_role("link", name="Acme — SRE").click()
    expect(page).to_have_url(re.compile(f"{interview.get_absolute_url()}$"))


def test_the_search_box_fits_a_phone(logged_in_page, user, screenshot):
    InterviewFactory(user=user, company="Globex", notes="A long note about the whiteboard round.")
    page = logged_in_page
    page.set_viewport_size(PHONE)
    page.goto("/questions/")
    page.locator("body").press("/")
    box = page.get_by_role("searchbox", name="Search everything")
    expect(box).to_be_focused()  # the folded navigation opened to show it
    box.fill("whiteboard")
    box.press("Enter")
    expect(page.locator("#search-results")).to_contain_text("1 result for “whiteboard”")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    screenshot(page, "search-results-phone")

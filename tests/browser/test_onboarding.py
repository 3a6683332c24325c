"""A new account's first look: the getting-started checklist, ticked and then hidden."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.factories import InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_account_gets_a_checklist_it_can_hide(logged_in_page, user, screenshot):
    page = logged_in_page
    InterviewFactory(user=user, company="Acme Corp")
    page.goto("/")
    checklist = page.locator("#onboarding")
    expect(checklist).to_contain_text("1 of 5 done")
    expect(checklist.get_by_role("link", name="Add starter questions")).to_be_visible()
    screenshot(page, "onboarding-1280")
    page.set_viewport_size(PHONE)
    screenshot(page, "onboarding-390")

    checklist.get_by_role("button", name="Hide this list").click()
    expect(page.locator("#onboarding")).to_have_count(0)
    expect(page.locator("#messages")).to_contain_text("Getting-started list hidden")
    page.reload()
    expect(page.get_by_role("heading", name="What to do next")).to_be_visible()
    expect(page.locator("#onboarding")).to_have_count(0)


def test_a_sample_journal_comes_and_goes_in_one_click(logged_in_page, user, screenshot):
    page = logged_in_page
    page.goto("/")
    page.get_by_role("button", name="Add a sample journal").click()
    expect(page.locator("#messages")).to_contain_text("Sample journal added: 12 interviews")
    expect(page.locator("#onboarding")).to_contain_text("0 of 5 done")
    screenshot(page, "sample-journal")
    page.get_by_role("button", name="Remove the sample journal").click()
    page.get_by_role("dialog").get_by_role("button", name="Remove it").click()
    expect(page.locator("#messages")).to_contain_text("Sample journal removed: 12 interviews")
    expect(page.get_by_role("button", name="Add a sample journal")).to_be_visible()

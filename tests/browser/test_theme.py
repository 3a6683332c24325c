"""Light and dark colours: following the system, or the choice made in the footer."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.factories import AskedQuestionFactory, InterviewFactory, WeaknessFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def body_background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


def test_a_dark_system_gets_the_dark_theme_until_light_is_chosen(logged_in_page, user):
    page = logged_in_page
    page.emulate_media(color_scheme="dark")
    page.goto("/")
    html = page.locator("html")
    expect(html).to_have_attribute("data-bs-theme", "dark")
    assert body_background(page) == "rgb(33, 37, 41)"
    # The system changing its mind is followed at once.
    page.emulate_media(color_scheme="light")
    expect(html).to_have_attribute("data-bs-theme", "light")
    page.emulate_media(color_scheme="dark")
    expect(html).to_have_attribute("data-bs-theme", "dark")

    page.get_by_role("button", name="Light", exact=True).click()
    expect(html).to_have_attribute("data-bs-theme", "light")
    expect(page.get_by_role("button", name="Light", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    # Remembered on the next page, written by the server (the system still says dark).
    page.get_by_role("link", name="Questions", exact=True).click()
    page.wait_for_url("**/questions/")
    expect(html).to_have_attribute("data-theme-choice", "light")
    expect(html).to_have_attribute("data-bs-theme", "light")
    assert body_background(page) == "rgb(255, 255, 255)"


def test_the_choice_works_without_javascript(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    page.goto("/journal/")
    page.get_by_role("button", name="Dark", exact=True).click()
    page.wait_for_url("**/journal/")
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    context.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_in_both_themes(logged_in_page, user, screenshot, theme):
    page = logged_in_page
    interview = InterviewFactory(user=user, company="Acme Corp", role="Platform engineer")
    for text in ["Tell me about yourself", "Why Acme?", "Describe a conflict you resolved"]:
        AskedQuestionFactory(interview=interview, question__text=text)
    WeaknessFactory(user=user, name="Rambling answers")
    page.emulate_media(color_scheme=theme)
    for width, size in [("1280", None), ("390", PHONE)]:
        if size:
            page.set_viewport_size(size)
        page.goto("/")
        expect(page.locator("html")).to_have_attribute("data-bs-theme", theme)
        screenshot(page, f"theme-{theme}-dashboard-{width}")
        page.goto(interview.get_absolute_url())
        expect(page.locator("html")).to_have_attribute("data-bs-theme", theme)
        screenshot(page, f"theme-{theme}-interview-{width}")

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_land_on_empty_home_log_out_and_in_again(page, screenshot):
    page.goto("/")
    expect(page).to_have_url("/accounts/login/?next=/")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Username").fill("grace")
    page.get_by_label("Email").fill("grace@example.com")
    page.locator("#id_password1").fill("a long and careful passphrase")
    page.locator("#id_password2").fill("a long and careful passphrase")
    page.get_by_role("button", name="Sign up").click()

    expect(page.get_by_role("heading", name="Welcome to Debrief, grace")).to_be_visible()
    expect(page.get_by_role("link", name="Start a quick debrief")).to_be_visible()
    screenshot(page, "home-empty")

    page.get_by_role("button", name="grace").or_(page.get_by_role("link", name="grace")).click()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="You are logged out")).to_be_visible()

    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("grace")
    page.locator("#id_password").fill("a long and careful passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Welcome to Debrief, grace")).to_be_visible()

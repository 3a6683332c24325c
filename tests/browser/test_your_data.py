"""Your data in Chromium: export, import into a new account, delete an account."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from accounts.models import Profile
from tests.conftest import PASSWORD
from tests.userdata.conftest import fill_account

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = [
    "Acme Widgets <b>Ltd</b>",
    "Ünïcödé — 日本語 — 🎉",
    "=1+1 looks like a formula",
    "I explained the trade-offs\nand drew the design",
]
JOURNAL_PAGES = ["/journal/", "/questions/", "/journal/weaknesses/", "/journal/strengths/"]


def open_user_menu(page, username):
    page.get_by_role("button", name=username, exact=True).click()


def main_text(page, url) -> str:
    page.goto(url)
    return page.locator("main").inner_text()


def interview_texts(page) -> list[str]:
    page.goto("/journal/")
    links = page.locator("main a[href^='/journal/']").filter(has_text="Acme")
    hrefs = sorted({links.nth(i).get_attribute("href") for i in range(links.count())})
    hrefs = [h for h in hrefs if h.rstrip("/").split("/")[-1].isdigit()]
    assert hrefs, "the journal should list the interviews"
    return [main_text(page, href) for href in hrefs]


def test_export_from_settings_import_into_a_new_account_reads_the_same(
    logged_in_page, user, browser, live_server, tmp_path, screenshot
):
    page = logged_in_page
    fill_account(user, WORDS)
    before = {url: main_text(page, url) for url in JOURNAL_PAGES}
    before_interviews = interview_texts(page)

    page.goto("/")
    open_user_menu(page, "ada")
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    screenshot(page, "settings")
    page.get_by_role("link", name="Export or import your data").click()
    expect(page.get_by_role("heading", name="Your data")).to_be_visible()
    screenshot(page, "your-data")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download everything (JSON)").click()
    exported = tmp_path / "debrief.json"
    download.value.save_as(exported)
    assert download.value.suggested_filename.startswith("debrief-ada-")

    # A new person signs up in another browser and brings the file.
    other = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    grace = other.new_page()
    errors = []
    grace.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    grace.goto("/accounts/signup/")
    grace.get_by_label("Username").fill("grace")
    grace.get_by_label("Email").fill("grace@example.com")
    grace.locator("#id_password1").fill(PASSWORD)
    grace.locator("#id_password2").fill(PASSWORD)
    grace.get_by_role("button", name="Sign up").click()
    expect(grace.get_by_role("heading", name="Welcome to Debrief, grace")).to_be_visible()
    open_user_menu(grace, "grace")
    grace.get_by_role("link", name="Your data").click()
    grace.locator("form[action='/data/import/'] input[type=file]").set_input_files(exported)
    grace.get_by_role("button", name="Import", exact=True).click()
    expect(grace.get_by_role("alert").filter(has_text="Imported 3 questions")).to_be_visible()
    expect(grace.get_by_role("alert")).to_contain_text("2 interviews")
    screenshot(grace, "your-data-imported")

    after = {url: main_text(grace, url) for url in JOURNAL_PAGES}
    assert after == before
    assert interview_texts(grace) == before_interviews
    assert "Ünïcödé — 日本語 — 🎉" in after["/journal/"]
    assert not errors, errors
    other.close()


def test_delete_an_account_end_to_end(logged_in_page, user, screenshot):
    page = logged_in_page
    fill_account(user, WORDS)
    page.goto("/")
    open_user_menu(page, "ada")
    page.get_by_role("link", name="Settings").click()
    page.get_by_role("link", name="Delete my account…").click()
    expect(page.get_by_role("link", name="Download everything (JSON)")).to_be_visible()

    page.get_by_label("Type your username to confirm").fill("ada")
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account and all my data").click()
    expect(page.get_by_text("That is not your password.")).to_be_visible()
    screenshot(page, "delete-account-refused")
    assert User.objects.filter(username="ada").exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account and all my data").click()
    expect(page.get_by_text("Your account and everything in it have been deleted.")).to_be_visible()
    expect(page).to_have_url("/accounts/login/")
    screenshot(page, "delete-account-done")
    assert not User.objects.filter(username="ada").exists()

    page.goto("/journal/")
    expect(page).to_have_url("/accounts/login/?next=/journal/")
    page.get_by_label("Username").fill("ada")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Please enter a correct username and password")).to_be_visible()


def test_sign_up_takes_the_browsers_time_zone(browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill("kenji")
    page.get_by_label("Email").fill("kenji@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", name="Welcome to Debrief, kenji")).to_be_visible()
    assert Profile.objects.get(user__username="kenji").time_zone == "Asia/Tokyo"
    page.goto("/accounts/settings/")
    expect(page.get_by_label("Time zone")).to_have_value("Asia/Tokyo")
    context.close()

"""Destructive actions ask in a dialog of the page (not the browser's confirm box)."""

import pytest
from playwright.sync_api import expect

from tests.factories import QuestionFactory
from trash.models import TrashItem

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_emptying_the_trash_asks_in_a_dialog(logged_in_page, user, screenshot):
    page = logged_in_page
    question = QuestionFactory(user=user, text="Why Acme?")
    page.goto(question.get_absolute_url() + "delete/")
    page.get_by_role("button", name="Delete").last.click()
    page.goto("/trash/")
    empty = page.locator("form[data-confirm]").get_by_role("button", name="Empty the trash")
    empty.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("What is in it is then gone for good.")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    screenshot(page, "confirm-dialog", full_page=False)
    page.keyboard.press("Escape")  # no, thanks
    expect(dialog).to_have_count(0)
    expect(empty).to_be_focused()
    assert TrashItem.objects.for_user(user).count() == 1

    empty.click()
    dialog.get_by_role("button", name="Empty the trash").click()
    expect(page.locator("#messages")).to_contain_text("Trash emptied.")
    assert TrashItem.objects.for_user(user).count() == 0

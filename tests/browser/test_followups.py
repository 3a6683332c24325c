import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from followups.models import Reminder
from tests.factories import AskedQuestionFactory, InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = timezone.localdate()


def test_reminders_list_snooze_and_done(logged_in_page, user, screenshot):
    InterviewFactory(user=user, company="Acme", date=TODAY - datetime.timedelta(days=3))
    InterviewFactory(user=user, company="Globex", date=TODAY - datetime.timedelta(days=2))
    page = logged_in_page
    page.goto("/followups/")
    items = page.locator("#reminders li")
    expect(items).to_have_count(2)
    expect(page.locator("#reminder-count")).to_have_text("2 due")
    expect(items.nth(0)).to_contain_text("Send a thank-you note to Acme")
    expect(page.get_by_role("heading", name="Reminder rules")).to_be_visible()
    screenshot(page, "reminders-list")

    items.filter(has_text="Acme").get_by_role("button", name="Snooze 1 day").click()
    expect(items).to_have_count(1)
    expect(items.nth(0)).to_contain_text("Globex")
    expect(page.locator("#reminder-count")).to_have_text("1 due")
    items.nth(0).get_by_role("button", name="Done").click()
    expect(page.locator("#reminders")).to_contain_text("Nothing to follow up right now.")
    snoozed = Reminder.objects.get(interview__company="Acme")
    assert snoozed.snoozed_until is not None and snoozed.closed_at is None
    assert Reminder.objects.get(interview__company="Globex").closed_reason == "done"
    expect(page.locator("#reminder-count")).to_be_hidden()
    page.reload()
    expect(page.locator("#reminder-count")).to_be_hidden()
    expect(page.locator("#reminders")).to_contain_text("Nothing to follow up right now.")


def test_a_thank_you_draft_on_a_topic_picked_then_marked_sent(logged_in_page, user, screenshot):
    interview = InterviewFactory(
        user=user,
        company="Acme",
        date=TODAY - datetime.timedelta(days=1),
        interviewers="Grace Hopper",
        interviewer_emails="grace@acme.example",
    )
    AskedQuestionFactory(interview=interview, question__text="Tell me about yourself")
    AskedQuestionFactory(interview=interview, question__text="How would you shard a database?")
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Thank-you note").click()
    body = page.locator("#thank_you-body")
    expect(body).to_contain_text("Dear Grace,")
    expect(body).not_to_contain_text("Tell me about yourself")
    page.get_by_label("Mention").select_option(label="How would you shard a database?")
    expect(body).to_contain_text("our conversation about “How would you shard a database”")
    page.get_by_label("Or in my own words").fill("your on-call rota")
    expect(body).to_contain_text("our conversation about your on-call rota")
    mailto = page.get_by_role("link", name="Open in my email app").first
    expect(mailto).to_have_attribute("href", re.compile(r"^mailto:grace@acme\.example\?subject="))
    page.locator("#thank_you").get_by_role("button", name="Mark as sent").click()
    expect(page.locator("#thank_you")).to_contain_text("✓ Sent")
    expect(body).to_contain_text("our conversation about your on-call rota")
    screenshot(page, "thank-you-draft")
    page.goto(interview.get_absolute_url())
    expect(page.locator("#followups")).to_contain_text("✓ Thank-you note sent")


def test_reminder_rules_and_calendar_feed_in_settings(logged_in_page, user, screenshot):
    page = logged_in_page
    page.goto("/accounts/settings/")
    rules = page.locator("#reminder-rules")
    expect(rules).to_contain_text("Chase the recruiter")
    rules.get_by_role("button", name="Switch off: Chase the recruiter").click()
    expect(rules.get_by_role("button", name="Switch on: Chase the recruiter")).to_be_visible()
    page.get_by_role("button", name="Create my calendar feed").click()
    feed_url = page.get_by_label("Subscribe to this address")
    expect(feed_url).to_have_value(re.compile(r"/followups/calendar/[\w-]{40,}\.ics$"))
    screenshot(page, "settings-reminders")
    assert user.muted_rules.get().rule == "chase"

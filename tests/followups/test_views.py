"""The reminders page, done and snooze, rule switches and the unsubscribe link."""

import datetime

import pytest
import time_machine
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from followups import rules
from followups.models import MutedRule, Reminder
from followups.tokens import unsubscribe_token
from tests.factories import InterviewFactory

NOW = datetime.datetime(2026, 3, 11, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def interview(owner):
    return InterviewFactory(
        user=owner, company="Acme", date=datetime.date(2026, 3, 10), time=datetime.time(9, 0)
    )


@pytest.fixture
def reminder(owner, interview, owner_client):
    owner_client.get(reverse("followups:reminder-list"))
    return Reminder.objects.get(user=owner, rule=rules.THANK_YOU)


def test_the_list_shows_due_reminders_with_the_link_to_act_and_the_rules(owner_client, interview):
    response = owner_client.get(reverse("followups:reminder-list"))
    html = response.content.decode()
    assert "Send a thank-you note to Acme" in html
    assert f'href="/followups/interviews/{interview.pk}/drafts/#thank_you"' in html
    for rule in rules.RULES:
        assert rule.text in html
    assert 'id="reminder-count">1<' in html


def test_the_list_without_reminders_says_so(owner_client):
    response = owner_client.get(reverse("followups:reminder-list"))
    assert "Nothing to follow up right now." in response.content.decode()


def test_done_closes_the_reminder_for_good(owner_client, reminder):
    response = owner_client.post(reverse("followups:reminder-done", args=[reminder.pk]))
    assert response.status_code == 302
    reminder.refresh_from_db()
    assert reminder.closed_reason == Reminder.Closed.DONE
    page = owner_client.get(reverse("followups:reminder-list")).content.decode()
    assert "Send a thank-you note to Acme" not in page


def test_snooze_hides_it_until_tomorrow_and_htmx_gets_the_list_back(
    owner_client, reminder, htmx_headers
):
    response = owner_client.post(
        reverse("followups:reminder-snooze", args=[reminder.pk]), headers=htmx_headers
    )
    html = response.content.decode()
    assert '<section id="reminders"' in html
    assert "<nav" not in html and "Nothing to follow up right now." in html
    # The count in the navigation follows, out of band.
    assert 'd-none" id="reminder-count" hx-swap-oob="true">0<' in html
    with time_machine.travel(NOW + datetime.timedelta(days=1, minutes=1), tick=False):
        page = owner_client.get(reverse("followups:reminder-list")).content.decode()
    assert "Send a thank-you note to Acme" in page


@pytest.mark.parametrize("action", ["followups:reminder-done", "followups:reminder-snooze"])
def test_another_users_reminder_is_a_404_and_unchanged(outsider_client, reminder, action):
    response = outsider_client.post(reverse(action, args=[reminder.pk]))
    assert response.status_code == 404
    reminder.refresh_from_db()
    assert reminder.closed_at is None and reminder.snoozed_until is None


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", reverse("followups:reminder-list")),
        ("post", reverse("followups:reminder-done", args=[1])),
        ("post", reverse("followups:reminder-snooze", args=[1])),
        ("post", reverse("followups:rule-switch", args=[rules.THANK_YOU])),
        ("post", reverse("followups:feed-regenerate")),
        ("post", reverse("followups:feed-revoke")),
        ("get", reverse("followups:interview-ics", args=[1])),
    ],
)
def test_anonymous_users_are_sent_to_log_in(client, method, url, db):
    response = getattr(client, method)(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_rule_switched_off_and_on_from_the_page(owner, owner_client, reminder, htmx_headers):
    url = reverse("followups:rule-switch", args=[rules.THANK_YOU])
    response = owner_client.post(url, {"on": "0"}, headers=htmx_headers)
    assert MutedRule.objects.filter(user=owner, rule=rules.THANK_YOU).exists()
    assert not Reminder.objects.filter(pk=reminder.pk).exists()
    html = response.content.decode()
    assert 'id="reminder-rules"' in html and "Switch on: Thank-you note" in html
    owner_client.post(url, {"on": "1"})
    assert not MutedRule.objects.filter(user=owner).exists()


def test_an_unknown_rule_is_a_404(owner_client):
    assert owner_client.post(reverse("followups:rule-switch", args=["nope"])).status_code == 404


def test_unsubscribe_works_without_logging_in_and_get_only_asks(client, owner, reminder):
    url = reverse("followups:unsubscribe", args=[unsubscribe_token(owner, rules.THANK_YOU)])
    page = client.get(url)
    assert "Stop “Thank-you note” reminders?" in page.content.decode()
    assert not MutedRule.objects.exists()
    done = client.post(url)
    assert "no more “Thank-you note” reminders" in done.content.decode()
    assert list(MutedRule.objects.values_list("user", "rule")) == [(owner.pk, rules.THANK_YOU)]
    assert not Reminder.objects.filter(pk=reminder.pk).exists()


def test_a_tampered_unsubscribe_token_changes_nothing(client, owner, outsider):
    token = unsubscribe_token(owner, rules.THANK_YOU)
    forged = signing.dumps({"user": outsider.pk, "rule": rules.CHASE}, salt="another.salt")
    for bad in (token[:-2] + "xx", forged, "garbage"):
        response = client.post(reverse("followups:unsubscribe", args=[bad]))
        assert response.status_code == 404
        assert "not valid" in response.content.decode()
    assert not MutedRule.objects.exists()


def test_the_nav_count_leaves_snoozed_reminders_out(owner_client, reminder):
    reminder.snooze(timezone.now())
    page = owner_client.get(reverse("home")).content.decode()
    assert 'd-none" id="reminder-count">0<' in page


def test_the_settings_page_loads_the_reminder_section(owner_client, htmx_headers):
    page = owner_client.get(reverse("accounts:settings")).text
    url = reverse("followups:settings-section")
    assert f'hx-get="{url}"' in page
    assert f'href="{reverse("followups:reminder-list")}#reminder-rules"' in page
    fragment = owner_client.get(url, headers=htmx_headers).text
    assert 'id="reminder-rules"' in fragment and 'id="calendar-feed"' in fragment
    assert "<nav" not in fragment
    for rule in rules.RULES:
        assert rule.text in fragment


def test_the_settings_section_without_htmx_is_the_reminders_page(owner_client):
    response = owner_client.get(reverse("followups:settings-section"))
    assert response["Location"] == reverse("followups:reminder-list") + "#reminder-rules"


def test_the_list_query_count_does_not_grow_with_the_journal(
    owner, owner_client, django_assert_max_num_queries
):
    for offset in range(15):
        InterviewFactory(user=owner, date=datetime.date(2026, 3, 10) - datetime.timedelta(offset))
    with django_assert_max_num_queries(15):
        page = owner_client.get(reverse("followups:reminder-list")).text
    assert page.count("Snooze 1 day") >= 5

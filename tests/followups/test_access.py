"""Another user's reminder, drafts and calendar entry are 404s, htmx or not; nothing changes."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from followups import rules
from followups.models import Reminder
from tests.factories import InterviewFactory

NOW = datetime.datetime(2026, 3, 11, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.parametrize("htmx", [False, True])
def test_another_user_gets_404_everywhere(owner_client, outsider_client, owner, htmx):
    interview = InterviewFactory(
        user=owner, company="Acme", date=datetime.date(2026, 3, 10), time=datetime.time(9, 0)
    )
    owner_client.get(reverse("followups:reminder-list"))  # brings the thank-you reminder due
    reminder = Reminder.objects.get(user=owner, rule=rules.THANK_YOU)
    i, r = interview.pk, reminder.pk
    urls = [
        ("post", reverse("followups:reminder-done", args=[r]), {}),
        ("post", reverse("followups:reminder-snooze", args=[r]), {}),
        ("get", reverse("followups:interview-ics", args=[i]), {}),
        ("get", reverse("followups:drafts", args=[i]), {}),
        ("post", reverse("followups:mark-sent", args=[i, "thank_you"]), {}),
    ]
    headers = {"HX-Request": "true"} if htmx else {}
    for method, url, data in urls:
        response = getattr(outsider_client, method)(url, data, headers=headers)
        assert response.status_code == 404, (method, url)
    reminder.refresh_from_db()
    interview.refresh_from_db()
    assert reminder.closed_reason == ""
    assert reminder.snoozed_until is None
    assert interview.thank_you_sent_on is None

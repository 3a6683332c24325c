"""The reminders page reads the interviews' facts once per data version (accounts.versions):
a repeat view reads no interviews and writes nothing, and a write is reflected at once."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from tests.factories import InterviewFactory

NOW = datetime.datetime(2026, 3, 11, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.parametrize("size", [1, 12])
def test_a_repeat_view_reads_no_interviews_and_writes_nothing(
    owner, owner_client, size, django_assert_max_num_queries
):
    Profile.objects.for_user(owner)
    for i in range(size):
        InterviewFactory(user=owner, company=f"Co {i}", date=datetime.date(2026, 3, 10))
    first = owner_client.get(reverse("followups:reminder-list")).text
    assert first.count("Send a thank-you note to Co ") == size
    with django_assert_max_num_queries(11), CaptureQueriesContext(connection) as queries:
        again = owner_client.get(reverse("followups:reminder-list")).text
    sql = [query["sql"] for query in queries]
    assert not [s for s in sql if 'FROM "journal_interview"' in s]  # the facts come cached
    assert not [s for s in sql if s.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert again.count("Send a thank-you note to Co ") == size


def test_a_note_marked_sent_leaves_the_list_at_once(owner, owner_client):
    Profile.objects.for_user(owner)
    interview = InterviewFactory(user=owner, company="Acme", date=datetime.date(2026, 3, 10))
    url = reverse("followups:reminder-list")
    assert "Send a thank-you note to Acme" in owner_client.get(url).text
    owner_client.post(reverse("followups:mark-sent", args=[interview.pk, "thank_you"]))
    assert "Send a thank-you note to Acme" not in owner_client.get(url).text

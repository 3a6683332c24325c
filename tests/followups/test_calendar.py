"""The calendar feed and the one-off .ics, read back with icalendar's own parser."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.urls import reverse

from followups.models import CalendarFeed
from journal.models import Interview
from tests.factories import InterviewFactory

NOW = datetime.datetime(2026, 3, 11, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen(settings):
    settings.TIME_ZONE = "Europe/Paris"
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def upcoming(owner):
    return InterviewFactory(
        user=owner,
        company="Acme",
        role="Backend engineer",
        round=Interview.Round.PANEL,
        format=Interview.Format.VIDEO,
        location="https://meet.example.com/abc",
        date=datetime.date(2026, 3, 20),
        time=datetime.time(14, 30),
    )


def parse(response) -> icalendar.Calendar:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def feed_url(owner_client) -> str:
    owner_client.post(reverse("followups:feed-regenerate"))
    return CalendarFeed.objects.get().get_absolute_url()


def test_the_feed_lists_upcoming_interviews_with_a_zoned_start(client, owner_client, upcoming):
    InterviewFactory(user=upcoming.user, date=datetime.date(2026, 1, 5), company="Old")
    cal = parse(client.get(feed_url(owner_client)))
    interviews = [e for e in cal.events if str(e["uid"]).startswith("interview-")]
    assert len(interviews) == 1
    event = interviews[0]
    assert str(event["uid"]) == f"interview-{upcoming.pk}@debrief"
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    assert event.start == datetime.datetime(2026, 3, 20, 14, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert event.end - event.start == datetime.timedelta(hours=1)
    assert str(event["summary"]) == "Interview: Backend engineer at Acme (Panel)"
    description = str(event["description"])
    for part in ("Company: Acme", "Round: Panel", "Format: Video", "meet.example.com/abc"):
        assert part in description
    assert f"http://testserver/journal/{upcoming.pk}/brief/" in description
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_the_uid_is_stable_when_the_interview_moves(client, owner_client, upcoming):
    url = feed_url(owner_client)
    before = {str(e["uid"]) for e in parse(client.get(url)).events}
    Interview.objects.filter(pk=upcoming.pk).update(date=datetime.date(2026, 3, 21))
    after = parse(client.get(url))
    assert before == {str(e["uid"]) for e in after.events}
    assert after.events[0].start.date() == datetime.date(2026, 3, 21)


def test_an_interview_without_a_time_is_an_all_day_event(client, owner_client, owner):
    InterviewFactory(user=owner, date=datetime.date(2026, 3, 12), time=None)
    event = parse(client.get(feed_url(owner_client))).events[0]
    assert event.start == datetime.date(2026, 3, 12)


def test_follow_up_due_dates_are_in_the_feed(client, owner_client, owner):
    pending = InterviewFactory(user=owner, company="Beta", date=datetime.date(2026, 3, 9))
    events = {str(e["uid"]): e for e in parse(client.get(feed_url(owner_client))).events}
    chase = events[f"followup-chase-{pending.pk}@debrief"]
    assert chase.start == datetime.date(2026, 3, 16)
    assert str(chase["summary"]) == "Follow-up: Ask Beta where things stand"
    assert f"followup-thank_you-{pending.pk}@debrief" in events


def test_regenerating_revokes_the_old_address_and_revoking_ends_the_feed(
    client, owner_client, upcoming
):
    old = feed_url(owner_client)
    new = feed_url(owner_client)
    assert old != new
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    owner_client.post(reverse("followups:feed-revoke"))
    assert client.get(new).status_code == 404
    assert not CalendarFeed.objects.exists()


def test_the_reminders_page_shows_the_secret_address(owner_client):
    url = feed_url(owner_client)
    page = owner_client.get(reverse("followups:reminder-list")).content.decode()
    assert f'value="http://testserver{url}"' in page


def test_the_one_off_ics_holds_that_interview(owner_client, upcoming):
    response = owner_client.get(reverse("followups:interview-ics", args=[upcoming.pk]))
    assert response["Content-Disposition"] == f'attachment; filename="interview-{upcoming.pk}.ics"'
    (event,) = parse(response).events
    assert str(event["uid"]) == f"interview-{upcoming.pk}@debrief"
    assert event["dtstart"].params["TZID"] == "Europe/Paris"


def test_another_users_ics_is_a_404(outsider_client, upcoming):
    response = outsider_client.get(reverse("followups:interview-ics", args=[upcoming.pk]))
    assert response.status_code == 404


def test_the_interview_page_offers_the_ics_only_while_upcoming(owner_client, owner, upcoming):
    page = owner_client.get(upcoming.get_absolute_url()).content.decode()
    assert reverse("followups:interview-ics", args=[upcoming.pk]) in page
    past = InterviewFactory(user=owner, date=datetime.date(2026, 3, 1))
    page = owner_client.get(past.get_absolute_url()).content.decode()
    assert reverse("followups:interview-ics", args=[past.pk]) not in page


def test_the_feed_follows_rfc_5545_as_clients_read_it(client, owner_client, upcoming):
    body = client.get(feed_url(owner_client)).content
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines), "long lines must be folded"
    cal = icalendar.Calendar.from_ical(body)
    assert str(cal["version"]) == "2.0" and str(cal["prodid"])
    for event in cal.events:
        for required in ("uid", "dtstamp", "dtstart", "summary"):
            assert required in event
    assert len({str(e["uid"]) for e in cal.events}) == len(cal.events)


def test_the_feed_uses_the_profile_time_zone(client, owner_client, owner, upcoming):
    from accounts.models import Profile

    Profile.objects.create(user=owner, time_zone="America/New_York")
    cal = parse(client.get(feed_url(owner_client)))
    (event,) = [e for e in cal.events if str(e["uid"]).startswith("interview-")]
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert event.start.utcoffset() == datetime.timedelta(hours=-4)  # EDT on 20 March

"""Dates of events in words, with the exact date on hover, in the user's time zone."""

import datetime
import zoneinfo

import pytest
from django.template import Context, Template
from django.utils import timezone

from core.relative import in_words

NOW = datetime.datetime(2026, 11, 24, 15, 0, tzinfo=datetime.UTC)
TODAY = NOW.date()


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "today"),
        (-1, "yesterday"),
        (1, "tomorrow"),
        (-3, "3 days ago"),
        (2, "in 2 days"),
        (-7, "1 week ago"),
        (-20, "2 weeks ago"),
        (45, "in 1 month"),
        (-75, "2 months ago"),
        (-364, "12 months ago"),
        (-400, "1 year ago"),
        (800, "in 2 years"),
    ],
)
def test_dates_count_whole_days(days, words):
    assert in_words(TODAY + datetime.timedelta(days=days), NOW, TODAY) == words


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (datetime.timedelta(seconds=-20), "just now"),
        (datetime.timedelta(seconds=30), "in a moment"),
        (datetime.timedelta(minutes=-1), "1 minute ago"),
        (datetime.timedelta(minutes=-59), "59 minutes ago"),
        (datetime.timedelta(hours=2, minutes=5), "in 2 hours"),
        (datetime.timedelta(hours=-14), "14 hours ago"),  # still today, 01:00
        (datetime.timedelta(hours=-16), "yesterday"),  # 23:00 the day before
        (datetime.timedelta(days=-3, hours=-1), "3 days ago"),
    ],
)
def test_moments_count_minutes_and_hours_close_by(delta, words):
    assert in_words(NOW + delta, NOW, TODAY) == words


def render(value) -> str:
    return Template("{{ value|when }}").render(Context({"value": value}))


def test_the_filter_gives_the_exact_date_on_hover():
    day = timezone.localdate() - datetime.timedelta(days=3)
    html = render(day)
    exact = f"{day:%A} {day.day} {day:%B %Y}"
    assert html == f'<time datetime="{day.isoformat()}" title="{exact}">3 days ago</time>'
    assert render(None) == ""
    assert render("") == ""


def test_times_are_in_the_users_time_zone():
    moment = timezone.now() - datetime.timedelta(days=2)
    with timezone.override(zoneinfo.ZoneInfo("Asia/Tokyo")):
        html = render(moment)
        local = timezone.localtime(moment)
    assert f'datetime="{local.isoformat(timespec="minutes")}"' in html
    assert local.isoformat(timespec="minutes").endswith("+09:00")
    assert f"{local:%H:%M} (JST)" in html
    assert "2 days ago</time>" in html


def test_one_moment_reads_in_each_zone_it_is_shown_in():
    # The exact text is remembered per moment: a second zone must not get the first one's.
    moment = timezone.now() - datetime.timedelta(days=2)
    for zone, offset in (("Asia/Tokyo", "JST"), ("America/New_York", None), ("Asia/Tokyo", "JST")):
        with timezone.override(zoneinfo.ZoneInfo(zone)):
            local = timezone.localtime(moment)
            html = render(moment)
        assert f"{local:%H:%M} ({offset or local.tzname()})" in html

"""iCalendar output: the private feed of upcoming interviews and follow-up due dates, and a
one-off file per interview. Built with the `icalendar` package, which also writes the
VTIMEZONE blocks that calendar clients need to place a TZID'd start."""

import datetime
from urllib.parse import urljoin

import icalendar
from django.urls import reverse

from journal.models import Interview

from . import actions, rules
from .models import Reminder

PRODID = "-//Debrief//Interview journal//EN"
UID_DOMAIN = "debrief"
INTERVIEW_LENGTH = datetime.timedelta(hours=1)


def _calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal


def interview_uid(interview: Interview) -> str:
    return f"interview-{interview.pk}@{UID_DOMAIN}"


def interview_event(interview: Interview, zone, base_url: str, stamp) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", interview_uid(interview))
    event.add("dtstamp", stamp)
    event.add("summary", f"Interview: {interview.title} ({interview.get_round_display()})")
    if interview.time is None:
        event.add("dtstart", interview.date)
        event.add("dtend", interview.date + datetime.timedelta(days=1))
    else:
        start = rules.at(interview.date, interview.time, zone)
        event.add("dtstart", start)
        event.add("dtend", start + INTERVIEW_LENGTH)
    brief = urljoin(base_url, reverse("journal:interview-brief", args=[interview.pk]))
    lines = [
        f"Company: {interview.company}",
        f"Role: {interview.role}" if interview.role else "",
        f"Round: {interview.get_round_display()}",
        f"Format: {interview.get_format_display()}",
        f"Where: {interview.location}" if interview.location else "",
        f"Brief: {brief}",
    ]
    event.add("description", "\n".join(line for line in lines if line))
    if interview.location:
        event.add("location", interview.location)
    event.add("url", brief)
    return event


def followup_event(window: rules.Window, interview: Interview, zone, base_url, stamp):
    reminder = Reminder(rule=window.rule, key=window.key, interview=interview)
    day = window.due_at.astimezone(zone).date()
    event = icalendar.Event()
    event.add("uid", f"followup-{window.rule}-{window.key}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", f"Follow-up: {reminder.subject}")
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    link = urljoin(base_url, reminder.action_url())
    event.add("description", f"{rules.RULES_BY_KEY[window.rule].text}\n{link}")
    event.add("url", link)
    return event


def feed(user, *, now: datetime.datetime, base_url: str) -> bytes:
    """Upcoming interviews and the due dates of follow-ups not yet done."""
    zone = actions.user_zone(user)
    today = now.astimezone(zone).date()
    cal = _calendar("Debrief interviews")
    interviews = {
        i.pk: i
        for i in actions.relevant_interviews(user, today)
        | Interview.objects.for_user(user).filter(date__gte=today)
    }
    upcoming = [i for i in interviews.values() if i.date >= today]
    for interview in sorted(upcoming, key=lambda i: (i.date, i.time or rules.ASSUMED_START)):
        cal.add_component(interview_event(interview, zone, base_url, now))
    closed = set(
        Reminder.objects.for_user(user).filter(closed_at__isnull=False).values_list("rule", "key")
    )
    enabled = [key for key in actions.enabled_rules(user) if key != rules.BRIEF]
    for facts in actions.interview_facts(Interview.objects.filter(pk__in=interviews)):
        for window in rules.windows(facts, zone, enabled):
            if window.until > now and (window.rule, window.key) not in closed:
                cal.add_component(followup_event(window, interviews[facts.id], zone, base_url, now))
    cal.add_missing_timezones()
    return cal.to_ical()


def single(interview: Interview, *, base_url: str) -> bytes:
    """One interview, to add to a calendar by hand."""
    cal = _calendar(interview.title)
    zone = actions.user_zone(interview.user)
    stamp = datetime.datetime.now(datetime.UTC)
    cal.add_component(interview_event(interview, zone, base_url, stamp))
    cal.add_missing_timezones()
    return cal.to_ical()

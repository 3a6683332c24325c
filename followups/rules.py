"""When a follow-up is due. Pure functions, no Django: each rule's text is its documentation.

Every rule turns what is known about an interview (or the user's practice queue) into a
`Window`: the moment the reminder becomes due and the moment it stops making sense. Times are
computed in the user's own time zone, so "the morning of the interview" is their morning.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

# An interview without a recorded time is taken to have been at noon.
ASSUMED_START = datetime.time(12, 0)
# Reminders meant for "the morning" arrive at this local time.
MORNING = datetime.time(8, 0)
# The pre-interview brief arrives at this local time on the day, or this long before an early
# interview, whichever is earlier.
BRIEF_AT = datetime.time(7, 0)
BRIEF_LEAD = datetime.timedelta(hours=1)

THANK_YOU_AFTER = datetime.timedelta(hours=24)
THANK_YOU_GIVE_UP = datetime.timedelta(days=7)
CHASE_AFTER_DAYS = 7
CHASE_GIVE_UP_DAYS = 30
FEEDBACK_REQUEST_AFTER = datetime.timedelta(days=2)
FEEDBACK_REQUEST_GIVE_UP = datetime.timedelta(days=30)
REFLECT_GIVE_UP_DAYS = 30
# How far back a reminder can still concern an interview; older ones are history.
LOOKBACK_DAYS = max(CHASE_GIVE_UP_DAYS, REFLECT_GIVE_UP_DAYS) + 1

THANK_YOU = "thank_you"
CHASE = "chase"
FEEDBACK_REQUEST = "feedback_request"
REFLECT = "reflect"
PRACTICE = "practice"
BRIEF = "brief"

CLOSED_OUTCOMES = {"rejected", "withdrew"}


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    text: str


RULES = [
    Rule(
        THANK_YOU,
        "Thank-you note",
        f"No thank-you note recorded {int(THANK_YOU_AFTER.total_seconds() // 3600)} hours "
        "after an interview "
        f"(interviews without a time count as at noon). It stops after "
        f"{THANK_YOU_GIVE_UP.days} days, or once the outcome is rejected or withdrawn.",
    ),
    Rule(
        CHASE,
        "Chase the recruiter",
        f"Still no outcome {CHASE_AFTER_DAYS} days after an interview: the morning of day "
        f"{CHASE_AFTER_DAYS}, until day {CHASE_GIVE_UP_DAYS}.",
    ),
    Rule(
        FEEDBACK_REQUEST,
        "Ask for feedback",
        f"Rejected, and no feedback requested or received {FEEDBACK_REQUEST_AFTER.days} days "
        f"after the rejection was recorded; it stops after {FEEDBACK_REQUEST_GIVE_UP.days} days.",
    ),
    Rule(
        REFLECT,
        "Reflect on feedback",
        "Feedback received and no reflection written: the morning after it arrived, for "
        f"{REFLECT_GIVE_UP_DAYS} days.",
    ),
    Rule(
        PRACTICE,
        "Practice due",
        f"Questions are due for review: once a day, at {MORNING:%H:%M}.",
    ),
    Rule(
        BRIEF,
        "Pre-interview brief",
        f"The morning of an interview, at {BRIEF_AT:%H:%M} (or "
        f"{int(BRIEF_LEAD.total_seconds() // 3600)} hour before an earlier start): a link to "
        "its brief.",
    ),
]
RULE_KEYS = [rule.key for rule in RULES]
RULES_BY_KEY = {rule.key: rule for rule in RULES}


@dataclass(frozen=True)
class InterviewFacts:
    """What the rules need to know about one interview."""

    id: int
    date: datetime.date
    time: datetime.time | None
    outcome: str
    thank_you_sent: bool = False
    feedback_requested: bool = False
    feedback_received_on: datetime.date | None = None
    has_feedback: bool = False
    reflected: bool = False
    rejected_at: datetime.datetime | None = None


@dataclass(frozen=True)
class Window:
    rule: str
    key: str
    due_at: datetime.datetime
    until: datetime.datetime

    def fires(self, now: datetime.datetime) -> bool:
        return self.due_at <= now < self.until


def at(day: datetime.date, time: datetime.time, zone: ZoneInfo) -> datetime.datetime:
    return datetime.datetime.combine(day, time, tzinfo=zone)


def start(facts: InterviewFacts, zone: ZoneInfo) -> datetime.datetime:
    return at(facts.date, facts.time or ASSUMED_START, zone)


def thank_you(facts: InterviewFacts, zone: ZoneInfo) -> Window | None:
    if facts.thank_you_sent or facts.outcome in CLOSED_OUTCOMES:
        return None
    began = start(facts, zone)
    return Window(THANK_YOU, str(facts.id), began + THANK_YOU_AFTER, began + THANK_YOU_GIVE_UP)


def chase(facts: InterviewFacts, zone: ZoneInfo) -> Window | None:
    if facts.outcome != "pending":
        return None
    due = at(facts.date + datetime.timedelta(days=CHASE_AFTER_DAYS), MORNING, zone)
    until = at(facts.date + datetime.timedelta(days=CHASE_GIVE_UP_DAYS), MORNING, zone)
    return Window(CHASE, str(facts.id), due, until)


def feedback_request(facts: InterviewFacts, zone: ZoneInfo) -> Window | None:
    if facts.outcome != "rejected" or facts.feedback_requested or facts.has_feedback:
        return None
    rejected = facts.rejected_at or start(facts, zone)
    return Window(
        FEEDBACK_REQUEST,
        str(facts.id),
        rejected + FEEDBACK_REQUEST_AFTER,
        rejected + FEEDBACK_REQUEST_GIVE_UP,
    )


def reflect(facts: InterviewFacts, zone: ZoneInfo) -> Window | None:
    if not facts.has_feedback or facts.reflected:
        return None
    received = facts.feedback_received_on or facts.date
    due = at(received + datetime.timedelta(days=1), MORNING, zone)
    until = at(received + datetime.timedelta(days=REFLECT_GIVE_UP_DAYS + 1), MORNING, zone)
    return Window(REFLECT, str(facts.id), due, until)


def brief(facts: InterviewFacts, zone: ZoneInfo) -> Window | None:
    if facts.outcome == "withdrew":
        return None
    due = at(facts.date, BRIEF_AT, zone)
    if facts.time is None:
        return Window(BRIEF, str(facts.id), due, at(facts.date, ASSUMED_START, zone))
    began = start(facts, zone)
    return Window(BRIEF, str(facts.id), min(due, began - BRIEF_LEAD), began)


def practice(reviews_due: int, today: datetime.date, zone: ZoneInfo) -> Window | None:
    if reviews_due <= 0:
        return None
    return Window(
        PRACTICE,
        today.isoformat(),
        at(today, MORNING, zone),
        at(today + datetime.timedelta(days=1), datetime.time(0, 0), zone),
    )


INTERVIEW_RULES = {
    THANK_YOU: thank_you,
    CHASE: chase,
    FEEDBACK_REQUEST: feedback_request,
    REFLECT: reflect,
    BRIEF: brief,
}


def windows(facts: InterviewFacts, zone: ZoneInfo, enabled=RULE_KEYS) -> list[Window]:
    """Every follow-up window of one interview, fired or not, for the enabled rules."""
    found = (rule(facts, zone) for key, rule in INTERVIEW_RULES.items() if key in enabled)
    return [window for window in found if window is not None]


def firing(
    facts: list[InterviewFacts],
    *,
    reviews_due: int,
    now: datetime.datetime,
    zone: ZoneInfo,
    enabled=RULE_KEYS,
) -> list[Window]:
    """The reminders that should be showing at `now`."""
    found = [window for item in facts for window in windows(item, zone, enabled)]
    if PRACTICE in enabled:
        today = now.astimezone(zone).date()
        found.append(practice(reviews_due, today, zone))
    return [window for window in found if window is not None and window.fires(now)]

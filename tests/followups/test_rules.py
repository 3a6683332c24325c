"""The reminder rules alone: a frozen `now` and a time zone are all they need."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from followups import rules
from followups.rules import InterviewFacts

PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")
UTC = datetime.UTC


def facts(**overrides) -> InterviewFacts:
    values = {"id": 7, "date": datetime.date(2026, 3, 10), "time": datetime.time(14, 0)}
    values["outcome"] = "pending"
    return InterviewFacts(**(values | overrides))


def fired(item, now, zone=PARIS, reviews_due=0, enabled=rules.RULE_KEYS) -> set[str]:
    found = rules.firing([item], reviews_due=reviews_due, now=now, zone=zone, enabled=enabled)
    return {window.rule for window in found}


def test_every_rule_has_a_model_choice_and_plain_words():
    from followups.models import Reminder

    assert [value for value, _ in Reminder.Rule.choices] == rules.RULE_KEYS
    for rule in rules.RULES:
        assert len(rule.text) > 40 and "{" not in rule.text


def test_thank_you_fires_24_hours_after_the_interview_in_the_users_zone():
    interview = facts()  # 14:00 in Paris = 13:00 UTC in March
    just_before = datetime.datetime(2026, 3, 11, 12, 59, tzinfo=UTC)
    just_after = datetime.datetime(2026, 3, 11, 13, 0, tzinfo=UTC)
    assert rules.THANK_YOU not in fired(interview, just_before)
    assert rules.THANK_YOU in fired(interview, just_after)
    # The same wall-clock time in Tokyo is 05:00 UTC: due eight hours earlier.
    assert rules.THANK_YOU in fired(interview, just_before, zone=TOKYO)


def test_thank_you_assumes_noon_without_a_time_and_gives_up_after_a_week():
    interview = facts(time=None)
    noon_in_paris = datetime.datetime(2026, 3, 11, 11, tzinfo=UTC)
    assert rules.THANK_YOU not in fired(interview, noon_in_paris - datetime.timedelta(minutes=1))
    assert rules.THANK_YOU in fired(interview, datetime.datetime(2026, 3, 11, 11, tzinfo=UTC))
    assert rules.THANK_YOU not in fired(interview, datetime.datetime(2026, 3, 17, 11, tzinfo=UTC))


@pytest.mark.parametrize(
    "change", [{"thank_you_sent": True}, {"outcome": "rejected"}, {"outcome": "withdrew"}]
)
def test_no_thank_you_reminder_once_sent_or_closed(change):
    assert rules.THANK_YOU not in fired(facts(**change), datetime.datetime(2026, 3, 12, tzinfo=UTC))


def test_chase_fires_the_morning_of_day_seven_while_pending():
    morning = datetime.datetime(2026, 3, 17, 8, 0, tzinfo=PARIS)
    assert rules.CHASE not in fired(facts(), morning - datetime.timedelta(minutes=1))
    assert rules.CHASE in fired(facts(), morning)
    assert rules.CHASE not in fired(facts(outcome="moved_forward"), morning)
    assert rules.CHASE not in fired(facts(), datetime.datetime(2026, 4, 9, 8, tzinfo=PARIS))


def test_feedback_request_two_days_after_the_rejection_was_recorded():
    rejected = datetime.datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    interview = facts(outcome="rejected", rejected_at=rejected)
    assert rules.FEEDBACK_REQUEST not in fired(interview, rejected + datetime.timedelta(hours=47))
    assert rules.FEEDBACK_REQUEST in fired(interview, rejected + datetime.timedelta(hours=48))
    asked = facts(outcome="rejected", rejected_at=rejected, feedback_requested=True)
    assert rules.FEEDBACK_REQUEST not in fired(asked, rejected + datetime.timedelta(days=3))
    received = facts(outcome="rejected", rejected_at=rejected, has_feedback=True)
    assert rules.FEEDBACK_REQUEST not in fired(received, rejected + datetime.timedelta(days=3))


def test_reflect_the_morning_after_feedback_arrives_until_reflected():
    interview = facts(has_feedback=True, feedback_received_on=datetime.date(2026, 3, 15))
    morning = datetime.datetime(2026, 3, 16, 8, 0, tzinfo=TOKYO)
    assert rules.REFLECT not in fired(interview, morning - datetime.timedelta(seconds=1), TOKYO)
    assert rules.REFLECT in fired(interview, morning, TOKYO)
    done = facts(has_feedback=True, reflected=True, feedback_received_on=datetime.date(2026, 3, 15))
    assert rules.REFLECT not in fired(done, morning, TOKYO)


def test_brief_on_the_morning_of_the_interview_until_it_starts():
    interview = facts(date=datetime.date(2026, 7, 1), time=datetime.time(10, 0))
    assert rules.BRIEF not in fired(interview, datetime.datetime(2026, 7, 1, 6, 59, tzinfo=PARIS))
    assert rules.BRIEF in fired(interview, datetime.datetime(2026, 7, 1, 7, 0, tzinfo=PARIS))
    assert rules.BRIEF not in fired(interview, datetime.datetime(2026, 7, 1, 10, 0, tzinfo=PARIS))


def test_brief_comes_an_hour_ahead_of_an_early_interview():
    early = facts(date=datetime.date(2026, 7, 1), time=datetime.time(7, 30))
    assert rules.BRIEF in fired(early, datetime.datetime(2026, 7, 1, 6, 30, tzinfo=PARIS))


def test_practice_once_a_day_from_the_morning_when_reviews_are_due():
    now = datetime.datetime(2026, 3, 10, 8, 0, tzinfo=PARIS)
    found = rules.firing([], reviews_due=3, now=now, zone=PARIS)
    assert [(w.rule, w.key) for w in found] == [(rules.PRACTICE, "2026-03-10")]
    assert rules.firing([], reviews_due=0, now=now, zone=PARIS) == []
    earlier = now - datetime.timedelta(minutes=1)
    assert rules.firing([], reviews_due=3, now=earlier, zone=PARIS) == []


def test_practice_day_is_the_users_day():
    # 23:30 UTC on the 10th is already the 11th in Tokyo (and past 08:00 there).
    now = datetime.datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    found = rules.firing([], reviews_due=1, now=now, zone=TOKYO)
    assert [w.key for w in found] == ["2026-03-11"]


def test_a_switched_off_rule_never_fires():
    now = datetime.datetime(2026, 3, 12, tzinfo=UTC)
    enabled = [key for key in rules.RULE_KEYS if key != rules.THANK_YOU]
    assert rules.THANK_YOU in fired(facts(), now)
    assert rules.THANK_YOU not in fired(facts(), now, enabled=enabled)

"""Operations on reminders across several models: refreshing them from the journal, mailing
them, switching rules off and on, and recording a follow-up as done."""

import contextlib
import datetime
import logging
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts import versions
from journal.models import Interview
from questionbank.models import Question

from . import rules
from .models import MutedRule, Reminder
from .tokens import unsubscribe_token

log = logging.getLogger(__name__)


def user_zone(user) -> ZoneInfo:
    """The user's time zone (their profile's, else the site's): "the morning" is theirs."""
    profile = getattr(user, "profile", None)
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError, AttributeError):
        return ZoneInfo(profile.time_zone)
    return ZoneInfo(settings.TIME_ZONE)


def _with_rejected_at(interviews):
    return interviews.annotate(
        rejected_at=Max(
            "outcome_changes__changed_at",
            filter=Q(outcome_changes__outcome=Interview.Outcome.REJECTED),
        )
    )


def _facts(get) -> rules.InterviewFacts:
    """An interview's facts from `get(field)`, over a row of values or a loaded interview."""
    return rules.InterviewFacts(
        id=get("id"),
        date=get("date"),
        time=get("time"),
        outcome=get("outcome"),
        thank_you_sent=get("thank_you_sent_on") is not None,
        feedback_requested=get("feedback_requested_on") is not None,
        feedback_received_on=get("feedback_received_on"),
        has_feedback=bool(get("feedback").strip()),
        reflected=bool(get("feedback_reflection").strip()),
        rejected_at=get("rejected_at"),
    )


def interview_facts(interviews) -> list[rules.InterviewFacts]:
    rows = _with_rejected_at(interviews).values(
        "id",
        "date",
        "time",
        "outcome",
        "thank_you_sent_on",
        "feedback_requested_on",
        "feedback_received_on",
        "feedback",
        "feedback_reflection",
        "rejected_at",
    )
    return [_facts(row.__getitem__) for row in rows]


def enabled_rules(user) -> list[str]:
    muted = set(MutedRule.objects.filter(user=user).values_list("rule", flat=True))
    return [key for key in rules.RULE_KEYS if key not in muted]


def relevant_interviews(user, today: datetime.date):
    """The user's interviews a rule could still concern, without reading the whole journal."""
    recent = Q(date__gte=today - datetime.timedelta(days=rules.LOOKBACK_DAYS))
    awaiting = Q(outcome=Interview.Outcome.REJECTED, feedback_requested_on__isnull=True) | Q(
        ~Q(feedback=""), feedback_reflection=""
    )
    return Interview.objects.for_user(user).filter(recent | awaiting)


# The rules whose to-dos the dashboard lists beside the reminders.
DASHBOARD_RULES = (rules.THANK_YOU, rules.FEEDBACK_REQUEST, rules.REFLECT)


def interview_windows(
    *, user, today: datetime.date, wanted=DASHBOARD_RULES
) -> list[tuple[Interview, rules.Window]]:
    """The user's interviews a rule in `wanted` may still concern, each with its window: by
    the very rules (and switches) the reminders page and the reminder mails follow, so the
    dashboard never tells another story. Whether a window is open is `due_at`'s to say."""
    zone = user_zone(user)
    enabled = [key for key in enabled_rules(user) if key in wanted]
    if not enabled:
        return []
    interviews = _with_rejected_at(relevant_interviews(user, today)).order_by("date", "time", "pk")
    return [
        (interview, window)
        for interview in interviews
        for window in rules.windows(_facts(partial(getattr, interview)), zone, enabled)
    ]


def due_at(windows: list[tuple[Interview, rules.Window]], now, rule: str) -> list[Interview]:
    """Of `interview_windows`, the interviews whose `rule` is due at `now`."""
    return [interview for interview, window in windows if window.rule == rule and window.fires(now)]


@transaction.atomic
def reminders_refresh(*, user, now: datetime.datetime) -> None:
    """Make the user's reminders match the rules at `now`: new ones appear, ones whose reason
    has gone (the note was sent, the interview started) close as no longer needed. A reminder
    closed once, done or resolved, never comes back: the unique (user, rule, key) sees to it."""
    zone = user_zone(user)
    enabled = enabled_rules(user)
    today = now.astimezone(zone).date()
    # The interviews' facts change only with the data (cached per data version and day); the
    # windows they open are then checked against the clock on every call.
    facts = versions.cached(
        user,
        "reminder-facts",
        lambda: interview_facts(relevant_interviews(user, today)),
        vary=(today, str(zone)),
    )
    reviews_due = (
        Question.objects.for_user(user).filter(due__lte=now).count()
        if rules.PRACTICE in enabled
        else 0
    )
    wanted = {
        (w.rule, w.key): w
        for w in rules.firing(facts, reviews_due=reviews_due, now=now, zone=zone, enabled=enabled)
    }
    showing = set(Reminder.objects.for_user(user).not_closed().values_list("pk", "rule", "key"))
    gone = [pk for pk, rule, key in showing if (rule, key) not in wanted]
    if gone:
        Reminder.objects.filter(pk__in=gone).update(
            closed_at=now, closed_reason=Reminder.Closed.RESOLVED
        )
    # Only what is not showing yet is written (one closed before is kept out by the unique key).
    shown = {(rule, key) for _, rule, key in showing}
    Reminder.objects.bulk_create(
        [
            Reminder(
                user=user,
                rule=w.rule,
                key=w.key,
                interview_id=None if w.rule == rules.PRACTICE else int(w.key),
                due_at=w.due_at,
            )
            for rule_key, w in wanted.items()
            if rule_key not in shown
        ],
        ignore_conflicts=True,
    )


def rule_switch(*, user, rule: str, on: bool) -> None:
    """Switch a rule on or off for the user. Off also drops its reminders still showing, so
    switching it on again starts afresh; done ones stay done."""
    with transaction.atomic():
        if on:
            MutedRule.objects.filter(user=user, rule=rule).delete()
        else:
            MutedRule.objects.get_or_create(user=user, rule=rule)
            Reminder.objects.for_user(user).not_closed().filter(rule=rule).delete()


# The emails whose sending the journal records: (the date field, the reminder it clears).
SENT_FIELDS = {
    "thank_you": ("thank_you_sent_on", rules.THANK_YOU),
    "feedback_request": ("feedback_requested_on", rules.FEEDBACK_REQUEST),
}


def followup_record_sent(*, interview: Interview, kind: str, today: datetime.date, now) -> None:
    """The thank-you note or feedback request went out today: record it, clear its reminder."""
    field, rule = SENT_FIELDS[kind]
    with transaction.atomic():
        setattr(interview, field, today)
        interview.save(update_fields=[field, "updated_at"])
        Reminder.objects.for_user(interview.user).not_closed().filter(
            rule=rule, interview=interview
        ).update(closed_at=now, closed_reason=Reminder.Closed.DONE)


def absolute(path: str) -> str:
    return settings.DEBRIEF_BASE_URL.rstrip("/") + path


def reminder_message(reminder: Reminder) -> EmailMultiAlternatives:
    unsubscribe = absolute(
        reverse("followups:unsubscribe", args=[unsubscribe_token(reminder.user, reminder.rule)])
    )
    context = {
        "reminder": reminder,
        "interview": reminder.interview,
        "action_url": absolute(reminder.action_url()),
        "reminders_url": absolute(reverse("followups:reminder-list")),
        "unsubscribe_url": unsubscribe,
        "rule": rules.RULES_BY_KEY[reminder.rule],
    }
    message = EmailMultiAlternatives(
        subject=reminder.subject,
        body=render_to_string("followups/email/reminder.txt", context),
        to=[reminder.user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>"},
    )
    message.attach_alternative(
        render_to_string("followups/email/reminder.html", context), "text/html"
    )
    return message


def reminders_send(*, now: datetime.datetime) -> tuple[int, int]:
    """Mail every reminder due and not yet mailed, each claimed first so that two overlapping
    runs never send one twice. A failure releases the claim: the next run retries it, and the
    others still go out. Returns (sent, failed)."""
    sent = failed = 0
    candidates = Reminder.objects.to_send(now).values_list("pk", flat=True)
    for pk in list(candidates):
        if not Reminder.objects.claim(pk, now):
            continue
        reminder = Reminder.objects.select_related("user", "interview").get(pk=pk)
        try:
            reminder_message(reminder).send()
        except Exception as error:
            log.warning("Reminder %s not sent: %s", pk, error)
            Reminder.objects.filter(pk=pk).update(
                claimed_at=None, attempts=F("attempts") + 1, last_error=str(error)[:300]
            )
            failed += 1
        else:
            Reminder.objects.filter(pk=pk).update(
                emailed_at=timezone.now(), claimed_at=None, last_error=""
            )
            sent += 1
    return sent, failed

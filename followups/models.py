import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from django.urls import reverse

from core.models import OwnedQuerySet
from journal.models import Interview

from . import rules

# A sender that claimed a reminder and then died gives it up after this long.
CLAIM_LEASE = datetime.timedelta(minutes=10)
SNOOZE = datetime.timedelta(days=1)
# A mail that failed this many times is left for the in-app list alone.
MAX_ATTEMPTS = 5


class ReminderQuerySet(OwnedQuerySet):
    def not_closed(self):
        return self.filter(closed_at__isnull=True)

    def showing(self, now):
        """Due, not done, and not snoozed: what the reminders list shows."""
        return self.not_closed().filter(
            Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=now), due_at__lte=now
        )

    def to_send(self, now):
        """Showing, never mailed (since the last snooze), with an address, and not held.

        The user's side is an `IN` over the users, not a join: an UPDATE with a join is
        written by Django as `id IN (SELECT ... FROM reminder JOIN user ...)`, whose snapshot
        PostgreSQL does not re-read after waiting for a concurrent claim's row lock, so two
        senders could both claim one reminder. Conditions on the row itself are re-checked.
        """
        mailable = get_user_model().objects.filter(is_active=True).exclude(email="")
        return (
            self.showing(now)
            .filter(emailed_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
            .filter(user__in=mailable.values("pk"))
            .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LEASE))
        )

    def claim(self, pk: int, now) -> bool:
        """Take one reminder for sending. A conditional UPDATE on the row alone: of two
        senders racing for the same row, the second waits for the first's lock and then
        re-checks the row, now claimed, so exactly one gets it."""
        return bool(self.to_send(now).filter(pk=pk).update(claimed_at=now))


class Reminder(models.Model):
    """One follow-up the user should do, shown in the app and mailed once."""

    class Rule(models.TextChoices):
        THANK_YOU = rules.THANK_YOU, "Thank-you note"
        CHASE = rules.CHASE, "Chase the recruiter"
        FEEDBACK_REQUEST = rules.FEEDBACK_REQUEST, "Ask for feedback"
        REFLECT = rules.REFLECT, "Reflect on feedback"
        PRACTICE = rules.PRACTICE, "Practice due"
        BRIEF = rules.BRIEF, "Pre-interview brief"

    class Closed(models.TextChoices):
        DONE = "done", "Done"
        RESOLVED = "resolved", "No longer needed"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    rule = models.CharField(max_length=20, choices=Rule)
    # Which occurrence: the interview's id, or the day for practice.
    key = models.CharField(max_length=40)
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders"
    )
    due_at = models.DateTimeField()
    snoozed_until = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.CharField(max_length=10, choices=Closed, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "rule", "key"], name="reminder_once_per_rule")
        ]
        indexes = [models.Index(fields=["closed_at", "due_at"], name="reminder_open_due")]

    def __str__(self) -> str:
        return f"{self.get_rule_display()}: {self.subject}"

    @property
    def subject(self) -> str:
        interview = self.interview
        return {
            rules.THANK_YOU: f"Send a thank-you note to {interview and interview.company}",
            rules.CHASE: f"Ask {interview and interview.company} where things stand",
            rules.FEEDBACK_REQUEST: f"Ask {interview and interview.company} for feedback",
            rules.REFLECT: f"Reflect on the feedback from {interview and interview.company}",
            rules.PRACTICE: "Questions are due for practice",
            rules.BRIEF: f"Today: {interview and interview.title} — read your brief",
        }[self.rule]

    @property
    def rule_text(self) -> str:
        return rules.RULES_BY_KEY[self.rule].text

    def action_url(self) -> str:
        """Where the thing to do is done."""
        if self.rule == rules.PRACTICE:
            return reverse("questionbank:practice")
        if self.rule == rules.BRIEF:
            return reverse("journal:interview-brief", args=[self.interview_id])
        if self.rule == rules.REFLECT:
            return reverse("journal:interview-section", args=[self.interview_id, "followups"])
        return reverse("followups:drafts", args=[self.interview_id]) + f"#{self.rule}"

    def snooze(self, now) -> None:
        """Hide for a day; it comes back then, and is mailed again once."""
        self.snoozed_until = now + SNOOZE
        self.emailed_at = None
        self.save(update_fields=["snoozed_until", "emailed_at"])

    def close(self, now, reason: str = Closed.DONE) -> None:
        self.closed_at = now
        self.closed_reason = reason
        self.save(update_fields=["closed_at", "closed_reason"])


class MutedRule(models.Model):
    """A reminder rule the user switched off (in settings or from an email's unsubscribe)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_rules"
    )
    rule = models.CharField(max_length=20, choices=Reminder.Rule)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "rule"], name="muted_rule_once_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_rule_display()} off"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeedQuerySet(models.QuerySet):
    def regenerate(self, user) -> "CalendarFeed":
        """A new secret address; the old one stops working at once."""
        feed, _ = self.update_or_create(user=user, defaults={"token": new_feed_token()})
        return feed


class CalendarFeed(models.Model):
    """The secret address of a user's calendar feed. No row: no feed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    objects = CalendarFeedQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Calendar feed of {self.user}"

    def get_absolute_url(self) -> str:
        return reverse("followups:calendar-feed", args=[self.token])

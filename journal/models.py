import bisect
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.db.models.query import ModelIterable
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst

from core.companies import clean_company_name, company_key
from core.models import OwnedQuerySet, among
from questionbank.models import Question

from . import trends
from .validators import validate_plausible_date

RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


def company_url(name: str) -> str:
    """A company's page. The name travels as a query parameter, so no name can make the link
    point at another page (a path segment of "../.." would)."""
    return f"{reverse('journal:company-detail')}?{urlencode({'name': name})}"


# The self-assessment dimensions: (field prefix, label, what a 5 means).
SELF_ASSESSMENT = [
    ("preparation", "Preparation", "I knew my material and the company"),
    ("confidence", "Confidence", "I spoke calmly and with conviction"),
    ("humility", "Humility", "I did not over-sell or bluff"),
    ("directness", "Answering directly", "I answered what was asked, fully"),
    ("body_language", "Eye contact and body language", "Open, engaged, steady eye contact"),
    ("rapport", "Rapport", "We had a real conversation"),
]

# Checklists name their fields; each item's label is the field's verbose name.
PREPARATION_CHECKLIST = [
    "researched_company",
    "tailored_resume",
    "prepared_answers",
    "prepared_questions",
    "mock_interview",
    "profile_updated",
]
CONDUCT_CHECKLIST = ["asked_them_questions", "thanked_interviewer", "greeted_properly"]


def rating_field(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, validators=RATING_VALIDATORS
    )


class InterviewQuerySet(OwnedQuerySet):
    def with_question_count(self):
        """`question_count` from a subquery per row: a page of the newest interviews counts
        the questions of those rows only, where a join and GROUP BY counted every interview's
        before sorting them (tens of ms at 1,000 interviews)."""
        asked = (
            AskedQuestion.objects.filter(interview=OuterRef("pk"))
            .order_by()
            .values("interview")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(question_count=Coalesce(Subquery(asked), 0))

    def newest_first(self):
        # Spelled out: Meta.ordering does not apply to queries with GROUP BY.
        return self.order_by("-date", "-time", "-id")

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        # The matching interviews' ids are read first, in one query (run here): those whose
        # company, role or notes match, and those with a matching question, found through
        # these interviews' askings (not a join, so an interview with two matching questions
        # comes once, and no other user's rows are read). The list's count and its page then
        # look up those ids, instead of each testing every interview and matching the
        # questions again (EXPLAIN ANALYZE, 1,000 interviews, "tell": ~55 + ~35 ms).
        interviews = self.order_by()
        asked = AskedQuestion.objects.filter(
            interview__in=interviews.values("pk"), question__text__icontains=text
        )
        matched = (
            interviews.filter(
                Q(company__icontains=text) | Q(role__icontains=text) | Q(notes__icontains=text)
            )
            .values_list("pk", flat=True)
            .union(asked.order_by().values_list("interview_id", flat=True))
            .order_by()
        )
        return self.filter(pk__in=among(matched))

    def at_company(self, name: str):
        """Interviews with this company, however it was spelt (see `core.companies`)."""
        return self.filter(company_key=company_key(name))

    def _first_spelling(self):
        """The spelling the company was first entered with, for grouped rows (one per key)."""
        first = self.model.objects.filter(
            user=OuterRef("user"), company_key=OuterRef("company_key")
        ).order_by("created_at", "id")
        return Subquery(first.values("company")[:1])

    def companies(self):
        """One row per company (whatever its spelling), with counts, newest interview first."""
        return (
            self.values("user", "company_key")
            .annotate(interviews=Count("id"), last_date=Max("date"))
            .annotate(name=self._first_spelling())
            .order_by("-last_date", "company_key")
        )

    def company_spelling(self, name: str) -> str:
        """The spelling already in use for this company, else `name` tidied: one per company."""
        name = clean_company_name(name)
        known = self.at_company(name).order_by("created_at", "id").values_list("company", flat=True)
        return known.first() or name

    def suggest_companies(self, typed: str, limit: int = 8) -> list[str]:
        """Up to `limit` of these interviews' companies whose name contains `typed`."""
        key = company_key(typed)
        rows = self.filter(company_key__contains=key) if key else self
        rows = (
            rows.values("user", "company_key")
            .annotate(last=Max("date"))
            .annotate(name=self._first_spelling())
            .order_by("-last", "company_key")
        )
        return [row["name"] for row in rows[:limit]]

    def next_round_number(self, name: str) -> int | None:
        """The round number the next interview with this company would have; None if new."""
        found = self.at_company(name).aggregate(count=Count("id"), last=Max("round_number"))
        if not found["count"]:
            return None
        return max(found["count"], found["last"] or 0) + 1


class Interview(models.Model):
    class Round(models.TextChoices):
        NOT_RECORDED = "", "Round not recorded"
        PHONE_SCREEN = "phone_screen", "Phone screen"
        RECRUITER = "recruiter", "Recruiter call"
        TECHNICAL = "technical", "Technical"
        BEHAVIOURAL = "behavioural", "Behavioural"
        PANEL = "panel", "Panel"
        ONSITE = "onsite", "On-site"
        FINAL = "final", "Final"
        OTHER = "other", "Other"

    class Format(models.TextChoices):
        NOT_RECORDED = "", "Format not recorded"
        IN_PERSON = "in_person", "In person"
        VIDEO = "video", "Video"
        PHONE = "phone", "Phone"
        TAKE_HOME = "take_home", "Take-home"

    class Outcome(models.TextChoices):
        PENDING = "pending", "Pending"
        MOVED_FORWARD = "moved_forward", "Moved forward"
        OFFER = "offer", "Offer"
        REJECTED = "rejected", "Rejected"
        WITHDREW = "withdrew", "Withdrew"
        NO_RESPONSE = "no_response", "No response"

    class DressCode(models.TextChoices):
        UNKNOWN = "unknown", "Unknown"
        FORMAL = "formal", "Formal"
        BUSINESS = "business", "Business"
        SMART_CASUAL = "smart_casual", "Smart casual"
        CASUAL = "casual", "Casual"

    class OutfitFit(models.TextChoices):
        UNSURE = "unsure", "Unsure"
        YES = "yes", "Yes"
        NO = "no", "No"

    class FeedbackSource(models.TextChoices):
        INTERVIEWER = "interviewer", "Interviewer"
        RECRUITER = "recruiter", "Recruiter"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviews"
    )

    # Basics
    company = models.CharField(max_length=200)
    # The company's identity whatever its spelling (`core.companies.company_key`), set on save.
    company_key = models.CharField(max_length=200, editable=False, default="")
    role = models.CharField(max_length=200, blank=True)
    # Blank means the user did not say: nothing is recorded that they did not choose.
    round = models.CharField(max_length=20, choices=Round, default=Round.NOT_RECORDED, blank=True)
    round_number = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    date = models.DateField(validators=[validate_plausible_date])
    time = models.TimeField(null=True, blank=True)
    format = models.CharField(
        max_length=20, choices=Format, default=Format.NOT_RECORDED, blank=True
    )
    interviewers = models.CharField(
        max_length=300, blank=True, help_text="Names, separated by commas."
    )
    interviewer_emails = models.CharField(
        max_length=500, blank=True, help_text="Their email addresses, separated by commas."
    )
    recruiter = models.CharField("recruiter or agency", max_length=200, blank=True)
    recruiter_email = models.EmailField(blank=True)
    location = models.CharField(
        "where", max_length=300, blank=True, help_text="The address, or the video-call link."
    )
    posting_url = models.URLField("job posting link", max_length=500, blank=True)
    notes = models.TextField(blank=True)

    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)

    # Outfit
    outfit = models.CharField("what I wore", max_length=300, blank=True)
    dress_code = models.CharField(
        "dress code I met", max_length=20, choices=DressCode, default=DressCode.UNKNOWN
    )
    outfit_fit = models.CharField(
        "did my outfit fit?", max_length=10, choices=OutfitFit, default=OutfitFit.UNSURE
    )
    outfit_note = models.TextField(blank=True)

    # Preparation checklist
    researched_company = models.BooleanField("researched the company", default=False)
    tailored_resume = models.BooleanField("tailored the résumé", default=False)
    prepared_answers = models.BooleanField(default=False)
    prepared_questions = models.BooleanField("prepared questions to ask them", default=False)
    mock_interview = models.BooleanField("practised with a mock interview", default=False)
    profile_updated = models.BooleanField("profile (LinkedIn etc.) up to date", default=False)

    # Self-assessment, 1–5 each with an optional note
    preparation_rating = rating_field("preparation")
    preparation_note = models.CharField(max_length=500, blank=True)
    confidence_rating = rating_field("confidence")
    confidence_note = models.CharField(max_length=500, blank=True)
    humility_rating = rating_field("humility")
    humility_note = models.CharField(max_length=500, blank=True)
    directness_rating = rating_field("answering directly")
    directness_note = models.CharField(max_length=500, blank=True)
    body_language_rating = rating_field("eye contact and body language")
    body_language_note = models.CharField(max_length=500, blank=True)
    rapport_rating = rating_field("rapport")
    rapport_note = models.CharField(max_length=500, blank=True)
    asked_them_questions = models.BooleanField(default=False)
    thanked_interviewer = models.BooleanField("thanked the interviewer", default=False)
    greeted_properly = models.BooleanField("shook hands / greeted properly", default=False)

    # Reflections
    went_well = models.TextField("what went well", blank=True)
    do_better = models.TextField("what to do better next time", blank=True)
    forgot_to_mention = models.TextField("what I forgot to mention", blank=True)

    # Follow-ups
    thank_you_sent_on = models.DateField(
        "thank-you note sent on", null=True, blank=True, validators=[validate_plausible_date]
    )
    feedback_requested_on = models.DateField(
        null=True, blank=True, validators=[validate_plausible_date]
    )
    feedback_requested_from = models.CharField(max_length=20, choices=FeedbackSource, blank=True)
    feedback_received_on = models.DateField(
        null=True, blank=True, validators=[validate_plausible_date]
    )
    feedback_source = models.CharField(max_length=20, choices=FeedbackSource, blank=True)
    feedback = models.TextField("feedback received", blank=True)
    feedback_weaknesses = models.ManyToManyField(
        "Weakness",
        blank=True,
        related_name="feedback_interviews",
        verbose_name="weaknesses the feedback points to",
    )
    feedback_reflection = models.TextField("my reflection on the feedback", blank=True)
    lessons = models.TextField("lessons", blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Full-text search (PostgreSQL) over everything written on the interview and how each
    # question was answered, weighted as in search/kinds.py. Written only by database triggers
    # (journal migration 0008); NULL on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-time", "-id"]
        indexes = [
            GinIndex(fields=["search_vector"], name="interview_search"),
            models.Index(fields=["user", "-date"], name="interview_user_date"),
            models.Index(fields=["user", "company_key"], name="interview_user_company_key"),
            models.Index(fields=["user", "outcome"], name="interview_user_outcome"),
        ]

    def __str__(self) -> str:
        return f"{self.company} — {self.stage} ({self.date:%d %b %Y})"

    def save(self, *args, **kwargs):
        # The key is derived from the name, so it is kept beside it on every save.
        self.company_key = company_key(self.company)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "company" in update_fields:
            kwargs["update_fields"] = {*update_fields, "company_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("journal:interview-detail", args=[self.pk])

    @property
    def company_url(self) -> str:
        return company_url(self.company)

    @property
    def stage(self) -> str:
        """ "Technical, round 2"; what was recorded of the round, or that nothing was."""
        parts = [self.get_round_display()] if self.round else []
        if self.round_number:
            parts.append(f"round {self.round_number}" if parts else f"Round {self.round_number}")
        return ", ".join(parts) or "Round not recorded"

    def is_upcoming(self, today=None) -> bool:
        """Dated after today: a time to prepare, not yet to reflect."""
        return self.date > (today or timezone.localdate())

    @property
    def title(self) -> str:
        return f"{self.role} at {self.company}" if self.role else self.company

    @property
    def interviewer_names(self) -> list[str]:
        return [name.strip() for name in self.interviewers.split(",") if name.strip()]

    @property
    def interviewer_addresses(self) -> list[str]:
        return [email.strip() for email in self.interviewer_emails.split(",") if email.strip()]

    @property
    def feedback_recipients(self) -> list[str]:
        """Who a feedback request goes to: the recruiter when that is who was asked."""
        if self.feedback_requested_from == self.FeedbackSource.RECRUITER:
            return [self.recruiter] if self.recruiter else []
        return self.interviewer_names

    @property
    def feedback_addresses(self) -> list[str]:
        """Where a feedback request goes: the recruiter's address when that is who was asked
        (or the only address known), else the interviewers'."""
        to_recruiter = self.feedback_requested_from == self.FeedbackSource.RECRUITER
        if self.recruiter_email and (to_recruiter or not self.interviewer_addresses):
            return [self.recruiter_email]
        return [] if to_recruiter else self.interviewer_addresses

    @property
    def thank_you_sent(self) -> bool:
        return self.thank_you_sent_on is not None

    @property
    def feedback_reflected(self) -> bool:
        return bool(self.feedback_reflection.strip())

    def ratings(self) -> list[dict]:
        return [
            {
                "key": key,
                "label": label,
                "hint": hint,
                "value": getattr(self, f"{key}_rating"),
                "note": getattr(self, f"{key}_note"),
            }
            for key, label, hint in SELF_ASSESSMENT
        ]

    def average_rating(self) -> float | None:
        values = [r["value"] for r in self.ratings() if r["value"] is not None]
        return round(sum(values) / len(values), 1) if values else None

    def checklist(self, fields: list[str]) -> list[tuple[str, bool]]:
        """(label, ticked) for each checklist field, labelled by its verbose name."""
        return [
            (capfirst(self._meta.get_field(name).verbose_name), getattr(self, name))
            for name in fields
        ]

    def preparation_items(self) -> list[tuple[str, bool]]:
        return self.checklist(PREPARATION_CHECKLIST)

    def conduct_items(self) -> list[tuple[str, bool]]:
        return self.checklist(CONDUCT_CHECKLIST)

    def record_outcome(self, outcome: str, *, when=None, note: str = "") -> bool:
        """Move to `outcome`, keeping a dated history entry. False when nothing changed."""
        if outcome == self.outcome and self.outcome_changes.exists():
            return False
        self.outcome = outcome
        self.save(update_fields=["outcome", "updated_at"])
        self.outcome_changes.create(outcome=outcome, changed_at=when or timezone.now(), note=note)
        return True

    def others_at_company(self) -> "InterviewQuerySet":
        """The user's other interviews at this company, whatever their date."""
        return Interview.objects.for_user(self.user_id).at_company(self.company).exclude(pk=self.pk)

    def earlier_at_company(self) -> "InterviewQuerySet":
        """The user's interviews at this company before this one (the same day: entered
        earlier), oldest first."""
        before = Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
        return self.others_at_company().filter(before).order_by("date", "time", "id")

    def next_position(self) -> int:
        last = self.asked.aggregate(last=Max("position"))["last"]
        return 0 if last is None else last + 1


class OutcomeChange(models.Model):
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="outcome_changes"
    )
    outcome = models.CharField(max_length=20, choices=Interview.Outcome)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} on {self.changed_at:%d %b %Y}"


class AskedQuestionQuerySet(OwnedQuerySet):
    owner_path = "interview__user"


class AskedQuestion(models.Model):
    """One question as it was asked in one interview, and how the answer went."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="asked")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="asked")
    position = models.PositiveIntegerField(default=0)
    answer_notes = models.TextField("how I answered", blank=True)
    rating = models.PositiveSmallIntegerField(
        "how it went", null=True, blank=True, validators=RATING_VALIDATORS
    )
    caught_off_guard = models.BooleanField("caught me off guard", default=False)

    objects = AskedQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "question"], name="asked_question_once_per_interview"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question} ({self.interview.company})"

    def move(self, offset: int) -> None:
        """Swap places with the neighbour `offset` steps away (-1 up, +1 down).

        Raises DoesNotExist when this row was removed meanwhile (another tab, a double click).
        """
        with transaction.atomic():
            siblings = list(
                AskedQuestion.objects.select_for_update()
                .filter(interview_id=self.interview_id)
                .order_by("position", "id")
            )
            index = next((i for i, asked in enumerate(siblings) if asked.pk == self.pk), None)
            if index is None:
                raise AskedQuestion.DoesNotExist("This question was removed from the interview.")
            target = index + offset
            if not 0 <= target < len(siblings):
                return
            siblings[index], siblings[target] = siblings[target], siblings[index]
            for position, asked in enumerate(siblings):
                asked.position = position
            AskedQuestion.objects.bulk_update(siblings, ["position"])


class DebriefDraftQuerySet(OwnedQuerySet):
    def open(self):
        return self.filter(submitted_at__isnull=True)

    def autosave(
        self, user, token, data: dict, version=None, *, replacing=False
    ) -> "DebriefDraft | None":
        """Keep the latest typing under this token; None if the draft was already submitted.

        `version` is the draft version the page last saw: when another tab saved since, nothing
        is written and the draft comes back with `stale` set (a missing version is not checked).
        `replacing` is the user's choice to save over another tab's text: that text is kept in
        `replaced` (what differs from the new text), so it is never lost.
        """
        draft, created = self.get_or_create(
            token=token, defaults={"user": user, "data": data, "version": 1}
        )
        if draft.user_id != user.pk or draft.submitted_at is not None:
            return None
        draft.stale = False
        if created or draft.data == data:
            return draft  # nothing new to write (e.g. a focusout right after a save)
        expected = draft.version if version is None else version
        now = timezone.now()
        changes = {"data": data, "version": expected + 1, "updated_at": now}
        if replacing and draft.version == expected:
            # The version filter below makes sure `draft.data` is the text being replaced.
            kept = {name: value for name, value in draft.data.items() if value != data.get(name)}
            if any(str(value).strip() for value in kept.values()):
                changes["replaced"] = [*draft.replaced, {"at": now.isoformat(), "data": kept}]
        updated = self.filter(pk=draft.pk, version=expected, submitted_at__isnull=True).update(
            **changes
        )
        draft.refresh_from_db()
        if draft.submitted_at is not None:
            return None
        # A save whose text is already stored is no conflict (e.g. a response lost on the way).
        draft.stale = not updated and draft.data != data
        return draft


class DebriefDraft(models.Model):
    """What the user has typed into a quick debrief so far, autosaved as they type.

    Each quick-debrief page carries its draft's token. A submitted draft is kept (marked, with
    its data emptied) so that an autosave still in flight when the form was submitted cannot
    bring the draft back to life.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="debrief_drafts"
    )
    token = models.UUIDField(unique=True)
    data = models.JSONField(default=dict)
    # Each autosave adds one; a save based on an older version (a second tab) is refused.
    version = models.PositiveIntegerField(default=0)
    # Another tab's text the user chose to save over, oldest first: {"at": iso time, "data": {}}.
    replaced = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The interview the submit created: submitting the same draft again leads there.
    interview = models.ForeignKey(
        Interview, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = DebriefDraftQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"Draft debrief of {self.user} ({self.updated_at:%d %b %H:%M})"


class WeaknessTrendIterable(ModelIterable):
    """Weaknesses as fetched, each given its observations' trend (two queries for them all)."""

    def __iter__(self):
        weaknesses = list(super().__iter__())
        _attach_trends(weaknesses)
        yield from weaknesses


class WeaknessQuerySet(OwnedQuerySet):
    def with_trends(self):
        """Each weakness comes with `trend`, `severities` and `observation_count` loaded."""
        clone = self._chain()
        clone._iterable_class = WeaknessTrendIterable
        return clone


class Weakness(models.Model):
    """Something that holds the user back in interviews, and the plan to turn it around."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weaknesses"
    )
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    plan = models.TextField("improvement plan", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Full-text search (PostgreSQL): the name, description and plan, the plan's steps and the
    # notes of its observations. Written only by database triggers (journal migration 0008).
    search_vector = SearchVectorField(null=True, editable=False)

    objects = WeaknessQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "weaknesses"
        indexes = [GinIndex(fields=["search_vector"], name="weakness_search")]
        constraints = [
            models.UniqueConstraint(Lower("name"), "user", name="weakness_name_unique_per_user")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("journal:weakness-detail", args=[self.pk])

    @cached_property
    def _trend_facts(self) -> tuple[list[int], trends.Trend]:
        # Set for a whole list by with_trends(); computed alone for a weakness fetched without.
        _attach_trends([self])
        return self._trend_facts

    @property
    def trend(self) -> trends.Trend:
        return self._trend_facts[1]

    @property
    def severities(self) -> list[int]:
        """How strongly it showed in each interview, oldest first."""
        return self._trend_facts[0]

    @property
    def observation_count(self) -> int:
        return len(self.severities)

    # The list shows the latest few, enough to see the trend; the weakness's own page has all.
    RECENT_SEVERITIES = 2 * trends.WINDOW

    @property
    def recent_severities(self) -> list[int]:
        return self.severities[-self.RECENT_SEVERITIES :]

    @property
    def is_open(self) -> bool:
        """Still to work on: shown at least once and not resolved."""
        return self.trend.verdict.is_open


class ActionItemQuerySet(OwnedQuerySet):
    owner_path = "weakness__user"


class ActionItem(models.Model):
    """One step of a weakness's improvement plan, ticked off when done."""

    weakness = models.ForeignKey(Weakness, on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(max_length=300)
    done = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["done", "created_at", "id"]

    def __str__(self) -> str:
        return self.text


class WeaknessObservationQuerySet(OwnedQuerySet):
    owner_path = "interview__user"


class WeaknessObservation(models.Model):
    """A weakness as it showed in one interview: how strongly, and which question exposed it."""

    weakness = models.ForeignKey(Weakness, on_delete=models.CASCADE, related_name="observations")
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="observations")
    severity = models.PositiveSmallIntegerField(
        "how strongly it showed", validators=RATING_VALIDATORS
    )
    note = models.CharField(max_length=500, blank=True)
    question = models.ForeignKey(
        Question,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="exposed_weaknesses",
        verbose_name="question that exposed it",
    )

    objects = WeaknessObservationQuerySet.as_manager()

    class Meta:
        ordering = ["interview__date", "interview__id"]
        constraints = [
            models.UniqueConstraint(
                fields=["weakness", "interview"], name="weakness_once_per_interview"
            )
        ]

    def __str__(self) -> str:
        return f"{self.weakness} ({self.severity}/5) in {self.interview}"


class Strength(models.Model):
    """Something the user does well, with the evidence and the stories that show it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="strengths"
    )
    name = models.CharField(max_length=120)
    evidence = models.TextField(blank=True)
    answers = models.ManyToManyField(
        "questionbank.Answer", blank=True, related_name="strengths", verbose_name="stories"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("journal:strength-list") + f"#strength-{self.pk}"


class SampleRowQuerySet(OwnedQuerySet):
    def ids(self, kind: "SampleRow.Kind"):
        """The ids of the sample's rows of one kind (a subquery)."""
        return self.filter(kind=kind).values("object_id")


class SampleRow(models.Model):
    """One row of a sample journal (journal/sample.py): what "Remove the sample journal" takes
    away, so that nothing the user wrote is. Rows the sample's own rows hold (questions asked,
    answers, practice, weakness tags) go with them."""

    class Kind(models.TextChoices):
        INTERVIEW = "interview", "Interview"
        QUESTION = "question", "Question"
        WEAKNESS = "weakness", "Weakness"
        STRENGTH = "strength", "Strength"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind)
    object_id = models.PositiveBigIntegerField()

    objects = SampleRowQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="sample_row_unique")
        ]
        indexes = [models.Index(fields=["user", "kind"], name="sample_row_user_kind")]

    def __str__(self) -> str:
        return f"Sample {self.kind} {self.object_id}"


def _attach_trends(weaknesses: list[Weakness]) -> None:
    """Set each weakness's trend facts from its observations, in two queries."""
    if not weaknesses:
        return
    today = timezone.localdate()
    past_dates: dict[int, list] = {}
    interviews = Interview.objects.filter(
        user__in={w.user_id for w in weaknesses}, date__lte=today
    ).order_by("date")
    for user_id, date in interviews.values_list("user_id", "date"):
        past_dates.setdefault(user_id, []).append(date)
    rows = (
        WeaknessObservation.objects.filter(weakness__in=weaknesses)
        .order_by("interview__date", "interview_id")
        .values_list("weakness_id", "severity", "interview__date")
    )
    severities: dict[int, list[int]] = {}
    last_seen: dict[int, object] = {}
    for weakness_id, severity, date in rows:
        severities.setdefault(weakness_id, []).append(severity)
        last_seen[weakness_id] = date
    for weakness in weaknesses:
        found = severities.get(weakness.pk, [])
        since = 0
        if weakness.pk in last_seen:
            dates = past_dates.get(weakness.user_id, [])
            since = len(dates) - bisect.bisect_right(dates, last_seen[weakness.pk])
        weakness._trend_facts = (found, trends.trend(found, since))

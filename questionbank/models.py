import re
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramSimilarity,
)
from django.db import connection, models
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When, Window
from django.db.models.functions import Coalesce, Greatest, Least, RowNumber, Upper
from django.urls import reverse
from django.utils import timezone

from core.companies import company_key
from core.models import OwnedQuerySet, among

from . import diffing, scheduling, similarity
from .categories import suggest_category
from .rendering import render_markdown
from .starter import STARTER_QUESTIONS, starter_version
from .text import clean_question_text, normalize_question, wording_hash

# Search-as-you-type pickers show at most this many matches: no page lists a whole bank.
PICKER_LIMIT = 20


class Tag(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=50)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="tag_unique_per_user")]

    def __str__(self) -> str:
        return self.name


def _new_fields(text: str, defaults: dict) -> dict:
    """A new question's fields: a question without a given category gets the suggested one."""
    if "category" not in defaults:
        defaults = {**defaults, "category": suggest_category(text), "category_suggested": True}
    return {"text": clean_question_text(text), **defaults}


def _interview_model():
    """journal's Interview, reached through the reverse relation: the bank never imports journal."""
    asked = Question._meta.get_field("asked").related_model
    return asked._meta.get_field("interview").related_model


def similar(queryset, field: str, text: str, *, limit: int = PICKER_LIMIT):
    """For search-as-you-type pickers: at most `limit` rows whose `field` contains or resembles
    `text`, best first.

    PostgreSQL's trigram similarity also finds the same question in other words ("greatest
    weakness" finds "What is your biggest weakness?"); SQLite ranks by how many of the words
    (of four letters or more) appear.
    """
    text = " ".join(text.split())[:200]
    if not text:
        return queryset.none()
    contains = Q(**{f"{field}__icontains": text})
    whole = Case(When(contains, then=Value(1)), default=Value(0))
    if connection.vendor == "postgresql":
        return (
            queryset.annotate(whole=whole, similarity=TrigramSimilarity(field, text))
            .filter(contains | Q(similarity__gt=0.2))
            .order_by("-whole", "-similarity", field)[:limit]
        )
    words = list(dict.fromkeys(re.findall(r"\w{4,}", text)))[:8] or [text]
    hits = sum(
        (Case(When(**{f"{field}__icontains": w}, then=Value(1)), default=Value(0)) for w in words),
        Value(0),
    )
    return (
        queryset.annotate(whole=whole, similarity=hits)
        .filter(contains | Q(similarity__gt=0))
        .order_by("-whole", "-similarity", field)[:limit]
    )


class QuestionQuerySet(OwnedQuerySet):
    def find_or_create(self, user, text: str, **defaults) -> tuple["Question", bool]:
        """The user's question with this wording (after normalising), made if new.

        A new question without a given category gets the one suggested from its wording.
        """
        return self.get_or_create(
            user=user, normalized_hash=wording_hash(text), defaults=_new_fields(text, defaults)
        )

    def unsaved(self, user, text: str, **defaults) -> "Question":
        """The question find_or_create would make for `text`, unsaved, for bulk_create."""
        fields = _new_fields(text, defaults)
        return self.model(user=user, **fields, **self.model.keys_for(fields["text"]))

    def worded(self, text: str):
        """The question (at most one per user) that `text` is a wording of."""
        return self.filter(normalized_hash=wording_hash(text))

    def due(self, now):
        """Questions to practise now: due reviews and questions never practised."""
        return self.filter(Q(due__lte=now) | Q(due__isnull=True))

    def search(self, text: str):
        """Full-text search ranked by relevance on PostgreSQL, a plain match on SQLite.

        PostgreSQL matches the stored, GIN-indexed `search_vector` (kept current by database
        triggers, see migration 0008), so nothing is parsed per request and each matching
        question is ranked once, from its stored vector.

        On PostgreSQL the matching ids are read first (one query, run here): each of the two
        conditions alone is answered by its GIN index, but OR-ed in one WHERE the planner
        takes a common word to match far more rows than it does and reads the whole bank,
        testing every row (EXPLAIN ANALYZE at 5,000 questions, "tell": ~70 ms against ~5 ms,
        and the page's count paid it again). Only the matches are then ranked and counted.
        """
        text = text.strip()
        if not text:
            return self
        if connection.vendor == "postgresql":
            query = SearchQuery(text, search_type="websearch", config="english")
            ids = self.order_by().values_list("pk", flat=True)
            matched = ids.filter(search_vector=query).union(ids.filter(text__icontains=text))
            matched = matched.order_by()  # else Meta.ordering (text) applies to the union
            return (
                self.filter(pk__in=among(matched))
                .annotate(rank=SearchRank(F("search_vector"), query))
                .order_by("-rank", "text")
            )
        # SQLite: a plain case-insensitive match; matches in the question itself rank first.
        in_text = Case(When(text__icontains=text, then=Value(1)), default=Value(0))
        return (
            self.filter(
                Q(text__icontains=text) | Q(notes__icontains=text) | Q(answer__body__icontains=text)
            )
            .annotate(rank=in_text)
            .order_by("-rank", "text")
        )

    def similar_to(self, text: str, *, limit: int = PICKER_LIMIT):
        """At most `limit` questions whose wording contains or resembles `text`, best first."""
        return similar(self, "text", text, limit=limit)

    def answer_status(self, status: str):
        if status == "none":
            return self.filter(answer__isnull=True)
        return self.filter(answer__status=status)

    def asked_at(self, company: str):
        """Questions asked in an interview at `company` (the journal's at_company decides)."""
        interviews = _interview_model().objects.at_company(company)
        return self.filter(pk__in=self.model.objects.filter(asked__interview__in=interviews))

    def prep_pack(self, *, company: str = "", category: str = "", ids=()):
        """The questions chosen for a prep pack (unordered); none if nothing chosen."""
        if not (company or category or ids):
            return self.none()
        questions = self.asked_at(company) if company else self
        if category:
            questions = questions.filter(category=category)
        if ids:
            questions = questions.filter(pk__in=ids)
        return questions

    def in_pack_order(self):
        """Grouped by category, the most asked first."""
        return self.order_by("category", "-times_asked", "text")

    def companies_asked(self, user) -> list[str]:
        """Companies where any of the user's questions was asked, each once whatever its
        spelling (the practice and prep-pack filters offer them)."""
        # Read from the user's interviews that have an asking, never from the question rows:
        # listing the bank's ids meant reading every (wide) question, most of the practice
        # page's SQL at 5,000 questions; earlier, an "asked at all" anti-join ran for seconds.
        asked = self.model.asked.rel.related_model.objects.filter(interview=OuterRef("pk"))
        interviews = _interview_model().objects.for_user(user).filter(Exists(asked))
        by_key = {}
        for name in interviews.values_list("company", flat=True).distinct().order_by("company"):
            by_key.setdefault(company_key(name), name)
        return list(by_key.values())

    def meaning_rows(self) -> list[tuple]:
        """Each question's (id, text, normalized_text, meaning_key, meaning_vector,
        meaning_stamp) as plain rows: writes read a whole bank this way, in one query."""
        fields = ["id", "text", "normalized_text", "meaning_key", "meaning_vector", "meaning_stamp"]
        return list(self.order_by("pk").values_list(*fields))

    # The duplicates page lists at most this many pairs, most likely first; merging or
    # dismissing some brings the next ones up.
    MOST_SUGGESTIONS = 500

    def possible_duplicates(self, user) -> list[similarity.Pair]:
        """Pairs of the user's questions that look like one question, most likely first: read
        from the stored look-alikes (a bounded, indexed query), never computed here."""
        ids = ("question_id", "other_id")
        rows = (
            LookAlike.objects.for_user(user)
            .suggested()
            .annotate(low=Least(*ids), high=Greatest(*ids))
            .order_by("-score", "low", "high")
            .values_list("low", "high", "score", "similarity", "key")
        )
        # A pair kept by both its questions comes twice, one after the other.
        pairs = dict.fromkeys(similarity.Pair(*row) for row in rows[: 2 * self.MOST_SUGGESTIONS])
        return list(pairs)[: self.MOST_SUGGESTIONS]

    def look_alikes(self, user, ids, *, most=None) -> dict[int, list[similarity.Pair]]:
        """For each of the given questions, the user's other questions that look like it, most
        likely first (at most `most`): one query on the stored look-alikes."""
        if not ids:
            return {}
        rows = LookAlike.objects.for_user(user).suggested().filter(question__in=ids)
        if most is not None:
            rows = rows.filter(rank__lt=most)
        found = {pk: [] for pk in ids}
        for row in rows.order_by("question_id", "rank"):
            found[row.question_id].append(row.pair())
        return found

    def starter_same_as(self, user) -> list["Question | None"]:
        """For each starter-library question (STARTER_QUESTIONS, in order), the user's question
        that is the same question in other words (the most likely one), or None: read from the
        stored matches in one query, never computed here."""
        best = (
            StarterLookAlike.objects.for_user(user)
            .suggested()
            .annotate(
                place=Window(
                    RowNumber(),
                    partition_by=F("starter"),
                    order_by=[F("score").desc(), F("question_id").asc()],
                )
            )
            .filter(place=1)
            .select_related("question")
            .defer("question__meaning_vector", "question__search_vector")
        )
        found: list[Question | None] = [None] * len(STARTER_QUESTIONS)
        for match in best:
            if match.starter < len(found):
                found[match.starter] = match.question
        return found

    # The most likely look-alikes shown per question: the page stays the same size however
    # many near-wordings a large bank holds.
    MOST_LOOK_ALIKES = 5

    def also_asked_as(self, user, ids, *, most=MOST_LOOK_ALIKES) -> dict[int, list["AlsoAsked"]]:
        """For each given question, the `most` likeliest of the user's other questions that look
        like it, each loaded with where and when it was asked: a constant number of queries."""
        by_question = {
            q: [(pair, pair.first if pair.second == q else pair.second) for pair in pairs]
            for q, pairs in self.look_alikes(user, ids, most=most).items()
        }
        other_ids = {other for found in by_question.values() for _, other in found}
        if not other_ids:
            return {q: [] for q in by_question}
        others = (
            self.for_user(user)
            .without_meaning()
            .prefetch_related("asked__interview")
            .in_bulk(other_ids)
        )
        return {
            q: [AlsoAsked(pair, others[other]) for pair, other in found if other in others]
            for q, found in by_question.items()
        }

    def without_meaning(self):
        """Without the stored vectors, which only the writes that store look-alikes need."""
        return self.defer("meaning_vector", "search_vector")

    def sorted_by(self, key: str, now):
        """Ordered by `key`, from stored columns only (the asked statistics are kept on each
        question, see questionbank.actions.asked_stats_refresh): nothing is counted per view."""
        orderings = {
            "most-asked": ["-times_asked", F("last_asked_on").desc(nulls_last=True), "text"],
            "recent": [F("last_asked_on").desc(nulls_last=True), "text"],
            # Never practised counts as due now.
            "due": [Coalesce("due", Value(now, output_field=models.DateTimeField())), "text"],
            "alphabetical": ["text"],
        }
        return self.order_by(*orderings.get(key, orderings["most-asked"]))


@dataclass(frozen=True)
class AlsoAsked:
    """Another question that looks like the same one, and why."""

    pair: similarity.Pair
    other: "Question"


class Question(models.Model):
    class Category(models.TextChoices):
        ABOUT_YOU = "about_you", "About you / motivation"
        BEHAVIOURAL = "behavioural", "Behavioural"
        SITUATIONAL = "situational", "Situational"
        TECHNICAL = "technical", "Technical"
        COMPANY = "company", "Company-specific"
        SALARY = "salary", "Salary and logistics"
        CURVEBALL = "curveball", "Curveball"
        TO_ASK = "to_ask", "Questions to ask them"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.TextField()
    # The wording's key (see `normalize_question`) and its SHA-256: uniqueness holds on the
    # fixed-size hash, since PostgreSQL cannot index text of any length. Both are derived from
    # `text` in `save()`; code that bulk-creates sets them with `Question.keys_for(text)`.
    normalized_text = models.TextField(editable=False)
    normalized_hash = models.CharField(max_length=64, editable=False)
    category = models.CharField(
        max_length=20, choices=Category, default=Category.BEHAVIOURAL, blank=True
    )
    # True while the category is the rule's suggestion (questionbank.categories); a category
    # the user chose is never replaced by a suggestion.
    category_suggested = models.BooleanField(default=False, editable=False)
    tags = models.ManyToManyField(Tag, blank=True, related_name="questions")
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    # Spaced repetition: the FSRS card, and its due time copied out so it can be queried.
    card = models.JSONField(null=True, blank=True, editable=False)
    due = models.DateTimeField(null=True, blank=True, editable=False)

    # What the question means (questionbank/similarity.py), stored so that finding the same
    # question in other words never recomputes it per page view; `meaning_stamp` tells which
    # text and rules it was made from, so a changed text is read again once.
    meaning_key = models.CharField(max_length=40, blank=True, editable=False)
    meaning_evidence = models.CharField(max_length=200, blank=True, editable=False)
    meaning_vector = models.BinaryField(null=True, editable=False)
    meaning_stamp = models.CharField(max_length=16, blank=True, editable=False)
    MEANING_FIELDS = ["meaning_key", "meaning_evidence", "meaning_vector", "meaning_stamp"]

    # In how many interviews it was asked, and the latest one's date: stored so the bank sorts
    # and shows them without counting every asking per view. Written only by
    # questionbank.actions.asked_stats_refresh, which every write that adds, removes or moves
    # an asking or changes an interview's date calls.
    times_asked = models.PositiveIntegerField(default=0, editable=False)
    last_asked_on = models.DateField(null=True, blank=True, editable=False)
    ASKED_FIELDS = ["times_asked", "last_asked_on"]

    # Full-text search (PostgreSQL): text weighted A, notes and the answer B. Written only by
    # database triggers when the question or its answer changes; always NULL on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["text"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "normalized_hash"], name="question_wording_unique_per_user"
            )
        ]
        indexes = [
            models.Index(fields=["user", "due"], name="question_user_due"),
            # The bank's "most asked" and "recently asked" orders, read in index order (on
            # PostgreSQL with NULLS LAST, see migration 0015: SQLite's CREATE INDEX has none).
            models.Index(
                fields=["user", "-times_asked", "-last_asked_on"], name="question_user_most_asked"
            ),
            models.Index(fields=["user", "-last_asked_on"], name="question_user_recent"),
            GinIndex(fields=["search_vector"], name="question_search"),
            GinIndex(OpClass("text", name="gin_trgm_ops"), name="question_text_trgm"),
            # `text__icontains` is UPPER(text) LIKE UPPER('%…%') on PostgreSQL: this index
            # answers it (journal search, bank search, pickers) without reading every row.
            GinIndex(OpClass(Upper("text"), name="gin_trgm_ops"), name="question_text_upper_trgm"),
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs) -> None:
        # The one place the keys are set, so no form, action or admin can store stale ones.
        for name, value in self.keys_for(self.text).items():
            setattr(self, name, value)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "normalized_text", "normalized_hash"}
        elif update_fields is None and not self._state.adding and not kwargs.get("force_insert"):
            # The asked count and date are written by their recount only: a question loaded
            # before a recount (an edit form, the admin) must not save its old ones back.
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name not in self.ASKED_FIELDS
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("questionbank:question-detail", args=[self.pk])

    @property
    def practice_overdue(self) -> bool:
        """Whether its practice was due before now (a card is scheduled at a moment)."""
        return self.due is not None and self.due <= timezone.now()

    @staticmethod
    def keys_for(text: str) -> dict[str, str]:
        """The derived fields that say which other wordings are the same question."""
        return {"normalized_text": normalize_question(text), "normalized_hash": wording_hash(text)}

    @property
    def prepared_answer(self) -> "Answer | None":
        """The prepared answer, or None; uses select_related("answer") when it was loaded."""
        try:
            return self.answer
        except Answer.DoesNotExist:
            return None

    def set_meaning(self, reading: similarity.Reading, vector) -> None:
        self.meaning_key = reading.key
        self.meaning_evidence = reading.why[:200]
        self.meaning_vector = similarity.to_bytes(vector)
        self.meaning_stamp = self.reading_stamp(self.normalized_text)

    @staticmethod
    def reading_stamp(normalized_text: str) -> str:
        """What a stored reading and its look-alikes were made from: this wording, the matching
        rules and what is kept of them; a question whose stamp differs is read again."""
        return Question.reading_stamper()(normalized_text)

    @staticmethod
    def reading_stamper():
        """reading_stamp for many wordings, the rules looked up once."""
        rules = f"{look_alike_floor():.4f}|{LookAlike.MOST_KEPT}|{starter_version()}"
        return lambda normalized_text: similarity.stamp(f"{rules}|{normalized_text}")

    @property
    def catalogue_entry(self):
        return similarity.ENTRY_BY_KEY.get(self.meaning_key)

    def choose_category(self, category: str) -> None:
        """The user's own choice: kept from now on."""
        self.category = category
        self.category_suggested = False
        self.save(update_fields=["category", "category_suggested"])

    def record_review(self, rating: str, *, when=None, seconds: int | None = None) -> "Review":
        """Schedule the next practice with FSRS and keep the review in the history."""
        when = when or timezone.now()
        before = {"card": self.card, "due": self.due.isoformat() if self.due else None}
        self.card, self.due = scheduling.review(self.card, rating, when, seconds)
        self.save(update_fields=["card", "due"])
        return self.reviews.create(rating=rating, reviewed_at=when, seconds=seconds, before=before)

    def undo_review(self, review: "Review") -> bool:
        """Take back `review` if it is this question's latest and its schedule before it is
        known: the card and due time return to what they were. False when it cannot."""
        latest = self.reviews.order_by("-reviewed_at", "-id").first()
        if review.before is None or latest is None or latest.pk != review.pk:
            return False
        due = review.before["due"]
        self.card = review.before["card"]
        self.due = datetime.fromisoformat(due) if due else None
        self.save(update_fields=["card", "due"])
        review.delete()
        return True


class AnswerQuerySet(OwnedQuerySet):
    owner_path = "question__user"


class Answer(models.Model):
    """The prepared answer to one question: Markdown, with an optional STAR outline."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        READY = "ready", "Ready"

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="answer")
    body = models.TextField("answer", blank=True)
    situation = models.TextField(blank=True)
    task = models.TextField(blank=True)
    action = models.TextField(blank=True)
    result = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    updated_at = models.DateTimeField(auto_now=True)
    # Each save adds one; a save based on an older version (a second tab) is refused.
    version = models.PositiveIntegerField(default=0)
    # Full-text search (PostgreSQL): the answer weighted A, its STAR outline B. Written only by
    # a database trigger (migration 0012); NULL on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        indexes = [GinIndex(fields=["search_vector"], name="answer_search")]

    STAR_FIELDS = ["situation", "task", "action", "result"]
    CONTENT_FIELDS = ["body", *STAR_FIELDS]
    # One revision per editing session (REVISION_RULE): the window an autosave amends within.
    REVISION_WINDOW = timezone.timedelta(minutes=10)
    REVISION_RULE = (
        "One revision per editing session: while this page is open, each autosave updates the "
        "revision it started, until 10 minutes pass without a save; “Save answer” updates it "
        "too and closes it, so the next change starts a new revision. Another tab, a restore "
        "or a pause of 10 minutes also starts a new one."
    )

    def __str__(self) -> str:
        return f"Answer to {self.question}"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    @property
    def has_star(self) -> bool:
        return any(
            getattr(self, name).strip() for name in ["situation", "task", "action", "result"]
        )

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in self.CONTENT_FIELDS)

    def body_html(self) -> str:
        return render_markdown(self.body)

    def star_html(self) -> list[tuple[str, str]]:
        return [
            (name.capitalize(), render_markdown(getattr(self, name)))
            for name in self.STAR_FIELDS
            if getattr(self, name).strip()
        ]

    def word_count(self) -> int:
        return scheduling.word_count(*(getattr(self, name) for name in self.CONTENT_FIELDS))

    def written_parts(self) -> list[tuple[str, str]]:
        """Each part with text, as (label, raw text): the answer, then its STAR outline."""
        return [
            ("Answer" if name == "body" else name.capitalize(), getattr(self, name))
            for name in self.CONTENT_FIELDS
            if getattr(self, name).strip()
        ]

    def speaking_seconds(self) -> int:
        return scheduling.speaking_seconds(self.word_count())

    def snapshot(
        self, *, editor: str = "", close: bool = False, force_new: bool = False
    ) -> "AnswerRevision":
        """Keep the current text in the history, by the rule in REVISION_RULE.

        `editor` is the open page's id: only that page's own open revision, saved within the
        window, is amended, so another tab's text always stays in a revision of its own.
        `close` (an explicit save) amends the open revision like an autosave and then closes
        it; `force_new` (a restore) always starts a closed revision of its own.
        """
        content = {name: getattr(self, name) for name in self.CONTENT_FIELDS}
        latest = self.revisions.first()
        open_session = (
            latest is not None
            and not force_new
            and bool(editor)
            and latest.editor == editor
            and not latest.pinned
            and timezone.now() - latest.updated_at < self.REVISION_WINDOW
        )
        if latest and all(getattr(latest, k) == v for k, v in content.items()):
            if close and open_session:
                latest.pinned = True
                latest.save(update_fields=["pinned"])
            return latest
        if open_session:
            for name, value in content.items():
                setattr(latest, name, value)
            latest.pinned = close
            latest.updated_at = timezone.now()
            latest.save()
            return latest
        return self.revisions.create(**content, pinned=close or force_new, editor=editor)

    def restore(self, revision: "AnswerRevision") -> None:
        self.snapshot(force_new=True)
        for name in self.CONTENT_FIELDS:
            setattr(self, name, getattr(revision, name))
        self.version += 1
        self.save()
        self.snapshot(force_new=True)


class AnswerRevisionQuerySet(OwnedQuerySet):
    owner_path = "answer__question__user"


class AnswerRevision(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField(blank=True)
    situation = models.TextField(blank=True)
    task = models.TextField(blank=True)
    action = models.TextField(blank=True)
    result = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # When its text was last written: an autosave amends it only within Answer.REVISION_WINDOW.
    updated_at = models.DateTimeField(default=timezone.now)
    # A closed session (an explicit save, a restore): later autosaves start a new revision.
    pinned = models.BooleanField(default=False)
    # The page (one open editor) whose autosaves wrote this revision; only it may amend it.
    editor = models.CharField(max_length=32, blank=True)

    objects = AnswerRevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Revision of {self.created_at:%d %b %Y %H:%M}"

    def word_count(self) -> int:
        return scheduling.word_count(*(getattr(self, name) for name in Answer.CONTENT_FIELDS))

    def body_html(self) -> str:
        return render_markdown(self.body)

    def changes_to(self, answer: Answer) -> list[dict]:
        """Each part (the answer, then its STAR outline) that either text has, with the
        word-by-word changes from this revision to `answer` and their counts."""
        parts = []
        for name in Answer.CONTENT_FIELDS:
            before, after = getattr(self, name), getattr(answer, name)
            if not (before.strip() or after.strip()):
                continue
            pieces = diffing.diff(before, after)
            added, removed = diffing.counts(pieces)
            label = "Answer" if name == "body" else name.capitalize()
            parts.append(
                {
                    "label": label,
                    "pieces": pieces,
                    "added": added,
                    "removed": removed,
                    "changed": before != after,
                }
            )
        return parts


class ReviewQuerySet(OwnedQuerySet):
    owner_path = "question__user"


class Review(models.Model):
    """One practice of one question, rated Again / Hard / Good / Easy."""

    class Rating(models.TextChoices):
        AGAIN = "again", "Again"
        HARD = "hard", "Hard"
        GOOD = "good", "Good"
        EASY = "easy", "Easy"

        @property
        def css_class(self) -> str:
            """Its button's colour: red for a miss through blue for an easy one."""
            return {"again": "danger", "hard": "warning", "good": "success", "easy": "primary"}[
                self.value
            ]

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reviews")
    rating = models.CharField(max_length=10, choices=Rating)
    reviewed_at = models.DateTimeField(default=timezone.now)
    seconds = models.PositiveIntegerField("time spent answering (s)", null=True, blank=True)
    # The question's schedule before this review ({"card", "due"}), so it can be undone; None
    # for reviews recorded before undo existed.
    before = models.JSONField(null=True, blank=True, editable=False)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-reviewed_at", "-id"]
        indexes = [
            models.Index(fields=["question", "-reviewed_at"], name="review_question_date"),
            # The latest rating (to undo) and today's ratings, without reading the history.
            models.Index(fields=["-reviewed_at", "-id"], name="review_latest"),
        ]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} on {self.reviewed_at:%d %b %Y}"


class NotSamePairQuerySet(OwnedQuerySet):
    def id_pairs(self) -> set[tuple[int, int]]:
        return set(self.values_list("first_id", "second_id"))


class NotSamePair(models.Model):
    """Two questions the user said are not the same: never suggested as duplicates again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    first = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NotSamePairQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="not_same_pair_once"),
            models.CheckConstraint(
                condition=Q(first__lt=F("second")), name="not_same_pair_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.first_id} is not {self.second_id}"


# Look-alikes are kept down to this similarity, a little below the threshold, so that the
# SAME_QUESTION_THRESHOLD setting can be raised (or lowered to here) without recomputing.
LOOK_ALIKE_FLOOR = 0.70


def look_alike_floor() -> float:
    return min(LOOK_ALIKE_FLOOR, settings.SAME_QUESTION_THRESHOLD)


class LookAlikeQuerySet(OwnedQuerySet):
    def suggested(self):
        """Those that count as the same question under the current threshold, without the
        pairs the user said are not the same."""
        told_apart = NotSamePair.objects.filter(
            Q(first=OuterRef("question"), second=OuterRef("other"))
            | Q(first=OuterRef("other"), second=OuterRef("question"))
        )
        return self.filter(
            Q(key__gt="") | Q(similarity__gte=settings.SAME_QUESTION_THRESHOLD),
            ~Exists(told_apart),
        )

    def pointing_at(self, ids) -> set[int]:
        """The questions that keep one of `ids` among their look-alikes."""
        return set(self.filter(other__in=ids).values_list("question_id", flat=True))


class LookAlike(models.Model):
    """One of the likeliest other questions that look like `question`: stored when either
    question's reading is (re)computed (questionbank.actions.look_alikes_refresh), so pages only
    read them. Each question keeps its MOST_KEPT likeliest, found by similarity.matches /
    similarity.suggest down to LOOK_ALIKE_FLOOR; the threshold is applied when reading."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()  # similarity.Pair.score: catalogue pairs first
    similarity = models.FloatField()
    key = models.CharField(max_length=40, blank=True)  # the shared catalogue entry, or ""
    rank = models.PositiveSmallIntegerField()  # 0 for the likeliest of `question`'s

    objects = LookAlikeQuerySet.as_manager()

    MOST_KEPT = 10

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "other"], name="look_alike_once"),
            models.UniqueConstraint(fields=["question", "rank"], name="look_alike_rank_once"),
        ]
        indexes = [
            models.Index(fields=["user", "-score"], name="look_alike_user_score"),
            models.Index(fields=["other"], name="look_alike_other"),
        ]

    def __str__(self) -> str:
        return f"{self.question_id} looks like {self.other_id}"

    def pair(self) -> "similarity.Pair":
        first, second = sorted([self.question_id, self.other_id])
        return similarity.Pair(first, second, self.score, self.similarity, self.key)


class StarterLookAlikeQuerySet(OwnedQuerySet):
    def suggested(self):
        """Those that count as the same question under the current threshold."""
        return self.filter(Q(key__gt="") | Q(similarity__gte=settings.SAME_QUESTION_THRESHOLD))


class StarterLookAlike(models.Model):
    """A starter-library question (its place in STARTER_QUESTIONS) that `question` looks like,
    stored with the question's look-alikes so the starter library does not offer what the bank
    already has in other words without reading the bank's vectors."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    starter = models.PositiveSmallIntegerField()
    score = models.FloatField()
    similarity = models.FloatField()
    key = models.CharField(max_length=40, blank=True)

    objects = StarterLookAlikeQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "starter"], name="starter_look_alike_once")
        ]
        indexes = [models.Index(fields=["user", "starter"], name="starter_look_alike_user")]

    def __str__(self) -> str:
        return f"{self.question_id} looks like starter question {self.starter}"

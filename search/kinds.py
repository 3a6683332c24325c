"""What the global search looks through: each kind of thing the user wrote, and its fields.

PostgreSQL ranks with full-text search: interviews, questions, answers and weaknesses match
stored, GIN-indexed vectors that triggers keep current (with the weights below; the related
notes, such as a plan's steps, inside their parent's vector); strengths, a few dozen per user,
match a vector computed over the user's own rows. With 1,000 interviews and 5,000 questions,
computing the vectors per search took about 18 times as long as matching stored ones. SQLite
looks for each word anywhere in the fields. Either way, every word must be found.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Left
from django.urls import reverse

from journal.models import Interview, Strength, Weakness
from questionbank.models import Answer, Question

from .text import Marker, prefix_tsquery

CONFIG = "english"
# No single field is indexed past this many characters (a tsvector holds at most 1 MB).
INDEXED_CHARS = 100_000


@dataclass(frozen=True)
class Related:
    """Text kept on rows of another model that belong to the found one (a plan's steps)."""

    accessor: str  # the reverse relation from the found model, e.g. "actions"
    field: str
    label: str

    def rows(self, model, user) -> tuple[QuerySet, str]:
        """The user's related rows, and the name of their link to the found model."""
        relation = model._meta.get_field(self.accessor)
        # Most of these notes are blank: skipping them first spares parsing every row.
        rows = relation.related_model.objects.for_user(user).exclude(**{self.field: ""})
        return rows, relation.field.name


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    queryset: Callable  # user -> the user's rows
    title_field: str
    # (field, label, weight): weight "A" ranks above "B" above "C".
    fields: tuple[tuple[str, str, str], ...]
    related: tuple[Related, ...] = ()
    order: tuple[str, ...] = ()
    # The stored vector to match on PostgreSQL instead of computing one.
    stored_vector: str = ""
    url: Callable = lambda row: row.get_absolute_url()
    meta: Callable = lambda row: ""
    title: Callable = lambda row, marker: marker.mark(str(row))
    noun: tuple[str, str] = field(default=("result", "results"))

    def search(self, user, words: list[str]) -> QuerySet:
        """The user's rows that contain every word, best first, each with `total` (the count
        of all matches) and `hit_<accessor>` (matching text of a related row, if any)."""
        rows = self.queryset(user)
        if connection.vendor == "postgresql":
            rows = self._ranked_postgresql(rows, user, words)
        else:
            rows = self._ranked_sqlite(rows, user, words)
        return rows.annotate(total=Window(Count("pk")))

    def _ranked_postgresql(self, rows: QuerySet, user, words: list[str]) -> QuerySet:
        query = SearchQuery(prefix_tsquery(words), search_type="raw", config=CONFIG)
        if self.stored_vector:
            vector = F(self.stored_vector)
        else:
            vector = reduce(
                lambda a, b: a + b,
                (
                    SearchVector(Left(name, INDEXED_CHARS), weight=weight, config=CONFIG)
                    for name, _label, weight in self.fields
                ),
            )
            rows = rows.annotate(search=vector)
            vector = F("search")
        found = Q(**{f"{vector.name}": query})
        hits = {}
        for related in self.related:
            others, owner = related.rows(rows.model, user)
            matching = others.annotate(
                search=SearchVector(Left(related.field, INDEXED_CHARS), config=CONFIG)
            ).filter(search=query)
            if not self.stored_vector:  # a stored vector holds the related text already
                found |= Q(pk__in=matching.values(owner))
            hits[f"hit_{related.accessor}"] = Subquery(
                matching.filter(**{owner: OuterRef("pk")}).values(related.field)[:1]
            )
        rows = rows.filter(found).annotate(rank=SearchRank(vector, query), **hits)
        return rows.order_by("-rank", *self.order, "pk")

    def _ranked_sqlite(self, rows: QuerySet, user, words: list[str]) -> QuerySet:
        every_word = []
        for word in words:
            anywhere = [Q(**{f"{name}__icontains": word}) for name, _label, _weight in self.fields]
            for related in self.related:
                others, owner = related.rows(rows.model, user)
                matching = others.filter(**{f"{related.field}__icontains": word})
                anywhere.append(Q(pk__in=matching.values(owner)))
            every_word.append(reduce(or_, anywhere))
        hits = {}
        for related in self.related:
            others, owner = related.rows(rows.model, user)
            any_word = reduce(or_, (Q(**{f"{related.field}__icontains": w}) for w in words))
            hits[f"hit_{related.accessor}"] = Subquery(
                others.filter(any_word, **{owner: OuterRef("pk")}).values(related.field)[:1]
            )
        # A word in a heading field (weight A) counts most, then one in any other field.
        rank = sum(
            (
                Case(
                    When(
                        reduce(
                            or_,
                            (
                                Q(**{f"{name}__icontains": word})
                                for name, _label, weight in self.fields
                                if weight == "A"
                            ),
                        ),
                        then=Value(2),
                    ),
                    default=Value(1),
                    output_field=IntegerField(),
                )
                for word in words
            ),
            Value(0),
        )
        rows = rows.filter(reduce(and_, every_word)).annotate(rank=rank, **hits)
        return rows.order_by("-rank", *self.order, "pk")

    def hits(self, rows, marker: Marker) -> list["Hit"]:
        return [self.hit(row, marker) for row in rows]

    def hit(self, row, marker: Marker) -> "Hit":
        """One found row as shown: its title and the first passage that matched, marked."""
        label, excerpt = "", ""
        for name, field_label, _weight in self.fields:
            text = getattr(row, name) or ""
            if name != self.title_field and marker.finds(text):
                label, excerpt = field_label, marker.excerpt(text)
                break
        else:
            for related in self.related:
                text = getattr(row, f"hit_{related.accessor}", None)
                if text:
                    label, excerpt = related.label, marker.excerpt(text)
                    break
        return Hit(
            title=self.title(row, marker),
            url=self.url(row),
            meta=self.meta(row),
            label=label,
            excerpt=excerpt,
        )


def marker_for(words: list[str]) -> Marker:
    """Marks what this database matched: word prefixes and stems, or words anywhere."""
    return Marker(tuple(words), anywhere=connection.vendor != "postgresql")


@dataclass(frozen=True)
class Hit:
    title: str  # escaped, with <mark>
    url: str
    meta: str
    label: str
    excerpt: str  # escaped, with <mark>


def _answer_url(answer: Answer) -> str:
    return reverse("questionbank:question-detail", args=[answer.question_id]) + "#answer-title"


KINDS = [
    Kind(
        key="interviews",
        label="Interviews",
        noun=("interview", "interviews"),
        queryset=lambda user: Interview.objects.for_user(user),
        title_field="company",
        title=lambda row, marker: (
            f"{marker.mark(row.company)}{' — ' + marker.mark(row.role) if row.role else ''}"
        ),
        meta=lambda row: f"{row.date:%d %b %Y} · {row.stage} · {row.get_outcome_display()}",
        fields=(
            ("company", "Company", "A"),
            ("role", "Role", "A"),
            ("notes", "Notes", "B"),
            ("went_well", "What went well", "B"),
            ("do_better", "What to do better", "B"),
            ("forgot_to_mention", "What I forgot to mention", "B"),
            ("feedback", "Feedback", "B"),
            ("feedback_reflection", "Reflection on the feedback", "B"),
            ("lessons", "Lessons", "B"),
            ("interviewers", "Interviewers", "C"),
            ("recruiter", "Recruiter", "C"),
            ("location", "Where", "C"),
            ("outfit", "What I wore", "C"),
            ("outfit_note", "Outfit note", "C"),
            ("preparation_note", "Preparation note", "C"),
            ("confidence_note", "Confidence note", "C"),
            ("humility_note", "Humility note", "C"),
            ("directness_note", "Answering directly note", "C"),
            ("body_language_note", "Body language note", "C"),
            ("rapport_note", "Rapport note", "C"),
        ),
        related=(Related("asked", "answer_notes", "How I answered a question"),),
        order=("-date",),
        stored_vector="search_vector",
    ),
    Kind(
        key="questions",
        label="Questions",
        noun=("question", "questions"),
        queryset=lambda user: Question.objects.for_user(user),
        title_field="text",
        meta=lambda row: row.get_category_display(),
        fields=(("text", "Question", "A"), ("notes", "Notes", "B")),
        order=("text",),
        stored_vector="search_vector",
    ),
    Kind(
        key="answers",
        label="Answers",
        noun=("answer", "answers"),
        queryset=lambda user: Answer.objects.for_user(user).select_related("question"),
        title_field="",
        title=lambda row, marker: marker.mark(row.question.text),
        url=_answer_url,
        meta=lambda row: row.get_status_display(),
        fields=(
            ("body", "Answer", "A"),
            ("situation", "Situation", "B"),
            ("task", "Task", "B"),
            ("action", "Action", "B"),
            ("result", "Result", "B"),
        ),
        order=("-updated_at",),
        stored_vector="search_vector",
    ),
    Kind(
        key="weaknesses",
        label="Weaknesses",
        noun=("weakness", "weaknesses"),
        queryset=lambda user: Weakness.objects.for_user(user),
        title_field="name",
        fields=(
            ("name", "Weakness", "A"),
            ("description", "Description", "B"),
            ("plan", "Improvement plan", "B"),
        ),
        related=(
            Related("actions", "text", "Plan step"),
            Related("observations", "note", "Noted in an interview"),
        ),
        order=("name",),
        stored_vector="search_vector",
    ),
    Kind(
        key="strengths",
        label="Strengths",
        noun=("strength", "strengths"),
        queryset=lambda user: Strength.objects.for_user(user),
        title_field="name",
        fields=(("name", "Strength", "A"), ("evidence", "Evidence", "B")),
        order=("name",),
    ),
]
KIND_BY_KEY = {kind.key: kind for kind in KINDS}

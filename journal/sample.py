"""A sample journal in the user's own account, to look around before writing one's own.

Offered while the journal is empty; made by the demo code (journal/demo.py) and remembered
row by row (`SampleRow`), so that "Remove the sample journal" removes exactly the sample and
nothing the user wrote since: a sample question that one of the user's own interviews also
asked, or a sample weakness tagged on one of them, stays (as the user's own).
"""

from dataclasses import dataclass

from django.db import transaction

from questionbank.actions import asked_stats_refresh
from questionbank.models import Question

from . import demo
from .models import AskedQuestion, Interview, SampleRow, Strength, Weakness

INTERVIEWS = 12
QUESTIONS = 30
KINDS = {
    SampleRow.Kind.INTERVIEW: Interview,
    SampleRow.Kind.QUESTION: Question,
    SampleRow.Kind.WEAKNESS: Weakness,
    SampleRow.Kind.STRENGTH: Strength,
}


class NotEmpty(Exception):
    """The journal already holds the user's own entries: no sample is mixed into them."""


@dataclass(frozen=True)
class Removed:
    interviews: int
    questions: int
    kept_questions: int  # sample questions that the user's own interviews asked
    kept_weaknesses: int  # sample weaknesses tagged on the user's own interviews


def journal_is_empty(user) -> bool:
    return not any(model.objects.filter(user=user).exists() for model in KINDS.values())


@transaction.atomic
def sample_journal_add(*, user) -> demo.Seeded:
    """Fill an empty journal with a small demo journal, every row of it marked as sample."""
    if not journal_is_empty(user):
        raise NotEmpty
    seeded = demo.fill_journal(user, interviews=INTERVIEWS, questions=QUESTIONS, seed=7)
    SampleRow.objects.bulk_create(
        SampleRow(user=user, kind=kind, object_id=pk)
        for kind, model in KINDS.items()
        for pk in model.objects.filter(user=user).values_list("pk", flat=True)
    )
    return seeded


@transaction.atomic
def sample_journal_remove(*, user) -> Removed:
    """Delete the sample's rows; keep those the user's own interviews came to use."""
    rows = SampleRow.objects.for_user(user)
    sample_interviews = Interview.objects.filter(
        user=user, pk__in=rows.ids(SampleRow.Kind.INTERVIEW)
    )
    interviews = sample_interviews.count()
    asked = AskedQuestion.objects.filter(interview__in=sample_interviews)
    touched = list(asked.values_list("question_id", flat=True).distinct())
    sample_interviews.delete()
    asked_stats_refresh(questions=touched)
    sample_questions = Question.objects.filter(user=user, pk__in=rows.ids(SampleRow.Kind.QUESTION))
    kept_questions = sample_questions.filter(asked__isnull=False).distinct().count()
    unused = sample_questions.filter(asked__isnull=True)
    questions = unused.count()
    unused.delete()
    sample_weaknesses = Weakness.objects.filter(user=user, pk__in=rows.ids(SampleRow.Kind.WEAKNESS))
    kept_weaknesses = sample_weaknesses.filter(observations__isnull=False).distinct().count()
    sample_weaknesses.filter(observations__isnull=True).delete()
    Strength.objects.filter(user=user, pk__in=rows.ids(SampleRow.Kind.STRENGTH)).delete()
    rows.delete()
    return Removed(interviews, questions, kept_questions, kept_weaknesses)

"""The getting-started checklist on a new account's dashboard.

Each step ticks itself off from what is in the account (nothing records "done"); the list is
shown until every step is done or the user hides it (`Profile.onboarding_dismissed`).
"""

from dataclasses import dataclass
from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import Exists
from django.urls import reverse

from questionbank.models import Answer, Question, Review
from questionbank.starter import STARTER_QUESTIONS
from questionbank.text import wording_hash

from .models import Interview, SampleRow, WeaknessObservation


@dataclass(frozen=True)
class Step:
    label: str
    hint: str
    url: str
    done: bool


@cache
def _starter_hashes() -> tuple[str, ...]:
    return tuple(wording_hash(text) for _, text, _ in STARTER_QUESTIONS)


def checklist(user) -> list[Step]:
    """The steps, in the order a new user would take them, each done or not (one query).

    The sample journal ticks nothing: only what the user did counts.
    """
    sample = SampleRow.objects.for_user(user)
    questions = Question.objects.for_user(user).exclude(pk__in=sample.ids(SampleRow.Kind.QUESTION))
    interviews = Interview.objects.for_user(user).exclude(
        pk__in=sample.ids(SampleRow.Kind.INTERVIEW)
    )
    done = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            interview=Exists(interviews),
            starter=Exists(questions.filter(normalized_hash__in=_starter_hashes())),
            answer=Exists(Answer.objects.filter(question__in=questions).exclude(body="")),
            weakness=Exists(WeaknessObservation.objects.filter(interview__in=interviews)),
            practice=Exists(Review.objects.filter(question__in=questions)),
        )
        .get()
    )
    return [
        Step(
            "Log your first interview",
            "A quick debrief takes a minute: the company, the date, the questions.",
            reverse("journal:quick-debrief"),
            done["interview"],
        ),
        Step(
            "Add starter questions",
            "Pick the common questions you expect to be asked.",
            reverse("questionbank:starter"),
            done["starter"],
        ),
        Step(
            "Draft an answer",
            "Open a question in your bank and write how you would answer it.",
            reverse("questionbank:question-list"),
            done["answer"],
        ),
        Step(
            "Tag a weakness",
            "On an interview's page, note what held you back, to see it improve.",
            reverse("journal:interview-list"),
            done["weakness"],
        ),
        Step(
            "Practise once",
            "Answer a question aloud and rate how it went.",
            reverse("questionbank:practice"),
            done["practice"],
        ),
    ]


def steps_to_show(user, *, dismissed: bool) -> list[Step]:
    """The checklist while it is useful: none once hidden or once every step is done."""
    if dismissed:
        return []
    steps = checklist(user)
    return [] if all(step.done for step in steps) else steps

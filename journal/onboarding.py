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

from .models import Interview, SampleRow, Strength, Weakness, WeaknessObservation


@dataclass(frozen=True)
class Step:
    label: str
    hint: str
    url: str
    done: bool


@cache
def _starter_hashes() -> tuple[str, ...]:
    return tuple(wording_hash(text) for _, text, _ in STARTER_QUESTIONS)


@dataclass(frozen=True)
class FirstRun:
    steps: list[Step]  # the checklist while it is shown, else empty
    has_sample: bool  # the account holds the sample journal
    offer_sample: bool  # the journal is empty, so the sample may be added


def first_run(user, *, dismissed: bool) -> FirstRun:
    """What the dashboard shows a new user, from one query.

    The sample journal ticks nothing: only what the user did counts.
    """
    sample = SampleRow.objects.for_user(user)
    questions = Question.objects.for_user(user).exclude(pk__in=sample.ids(SampleRow.Kind.QUESTION))
    interviews = Interview.objects.for_user(user).exclude(
        pk__in=sample.ids(SampleRow.Kind.INTERVIEW)
    )
    facts = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            interview=Exists(interviews),
            starter=Exists(questions.filter(normalized_hash__in=_starter_hashes())),
            answer=Exists(Answer.objects.filter(question__in=questions).exclude(body="")),
            weakness=Exists(WeaknessObservation.objects.filter(interview__in=interviews)),
            practice=Exists(Review.objects.filter(question__in=questions)),
            sample=Exists(sample),
            any_interview=Exists(Interview.objects.for_user(user)),
            any_question=Exists(Question.objects.for_user(user)),
            any_weakness=Exists(Weakness.objects.for_user(user)),
            any_strength=Exists(Strength.objects.for_user(user)),
        )
        .get()
    )
    steps = _steps(facts)
    empty = not any(facts[key] for key in facts if key.startswith("any_"))
    return FirstRun(
        steps=[] if dismissed or all(step.done for step in steps) else steps,
        has_sample=facts["sample"],
        offer_sample=empty,
    )


def _steps(done: dict) -> list[Step]:
    """The steps, in the order a new user would take them, each done or not."""
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

"""Operations that span several models, each in one transaction."""

from django.db import transaction
from django.template.defaultfilters import pluralize
from django.utils import timezone

from core.companies import company_key
from questionbank.actions import asked_stats_refresh, look_alikes_refresh
from questionbank.models import Question
from questionbank.text import MAX_QUESTIONS_PER_INTERVIEW

from .models import AskedQuestion, DebriefDraft, Interview, Weakness, WeaknessObservation


class TooManyQuestions(Exception):
    """Adding these questions would take an interview past MAX_QUESTIONS_PER_INTERVIEW."""

    def __init__(self, *, have: int, adding: int):
        self.have, self.adding = have, adding
        if have >= MAX_QUESTIONS_PER_INTERVIEW:
            message = (
                f"This interview already has {have} questions, the most one interview can hold."
            )
        else:
            message = (
                f"This interview already has {have} question{pluralize(have)}; these "
                f"{adding} new ones would make {have + adding}, and one interview holds at most "
                f"{MAX_QUESTIONS_PER_INTERVIEW}. Keep the ones they really asked."
            )
        super().__init__(message)
        self.message = message


@transaction.atomic
def questions_record(*, interview: Interview, texts: list[str]) -> list[AskedQuestion]:
    """Attach questions to an interview in the order given, reusing the user's bank entries.

    A question already on this interview is not attached twice. The cap on questions per
    interview is checked here, under the interview's lock, so a stale tab or a second request
    cannot pass it: TooManyQuestions is raised and nothing is added.
    """
    # Lock the interview: a delete racing this request waits, or has already happened and
    # this raises Interview.DoesNotExist instead of an IntegrityError at commit. Concurrent
    # additions queue here too, so each one counts what the previous one added.
    Interview.objects.select_for_update().only("pk").get(pk=interview.pk)
    position = interview.next_position()
    already = set(interview.asked.values_list("question_id", flat=True))
    have = len(already)
    new = []
    for text in texts:
        question, _ = Question.objects.find_or_create(interview.user, text)
        if question.pk not in already:
            already.add(question.pk)
            new.append(question)
    if have + len(new) > MAX_QUESTIONS_PER_INTERVIEW:
        # The bank entries made above are rolled back with the raise.
        raise TooManyQuestions(have=have, adding=len(new))
    created = []
    for question in new:
        created.append(
            AskedQuestion.objects.create(interview=interview, question=question, position=position)
        )
        position += 1
    asked_stats_refresh(questions=[asked.question_id for asked in created])
    look_alikes_refresh(user=interview.user)
    return created


@transaction.atomic
def debrief_submit(*, user, form, draft_token) -> tuple[Interview, bool, int]:
    """Turn a valid quick-debrief form into an interview with its questions, once per draft.

    Returns the interview, whether it was created, and how many questions were attached.
    The draft token makes the submit idempotent: a second submit of the same draft (a double
    click, a resent form, a second tab) creates no interview and returns the first one, with
    False for "created"; question lines that one lacks (a stale tab's) are added to it, so
    nothing typed is dropped.
    """
    draft, _ = DebriefDraft.objects.get_or_create(
        token=draft_token, defaults={"user": user, "data": {}}
    )
    draft = DebriefDraft.objects.select_for_update().get(pk=draft.pk)
    if draft.user_id != user.pk:
        raise DebriefDraft.DoesNotExist("Not this user's draft.")
    if draft.interview_id is not None:
        added = questions_record(interview=draft.interview, texts=form.question_lines())
        return draft.interview, False, len(added)
    interview = form.save(commit=False)
    interview.user = user
    interview.company = Interview.objects.for_user(user).company_spelling(interview.company)
    interview.save()
    interview.record_outcome(interview.outcome)
    added = questions_record(interview=interview, texts=form.question_lines())
    draft.data, draft.submitted_at, draft.interview = {}, timezone.now(), interview
    draft.save(update_fields=["data", "submitted_at", "interview", "updated_at"])
    return interview, True, len(added)


@transaction.atomic
def interview_create(*, user, form) -> Interview:
    interview = form.save(commit=False)
    interview.user = user
    interview.company = Interview.objects.for_user(user).company_spelling(interview.company)
    interview.save()
    interview.record_outcome(interview.outcome)
    return interview


@transaction.atomic
def weakness_observe(
    *, interview: Interview, name: str, severity: int, note: str = "", question=None
) -> WeaknessObservation:
    """Tag a weakness (found by name, or created) on an interview; re-tagging updates it."""
    weakness = Weakness.objects.for_user(interview.user).filter(name__iexact=name).first()
    if weakness is None:
        weakness = Weakness.objects.create(user=interview.user, name=name)
    observation, _ = WeaknessObservation.objects.update_or_create(
        weakness=weakness,
        interview=interview,
        defaults={"severity": severity, "note": note, "question": question},
    )
    return observation


@transaction.atomic
def company_rename(*, user, old: str, new: str) -> int:
    """Spell a company `new` on every one of the user's interviews with it; how many changed.

    Renaming to another company's name joins the two under one spelling.
    """
    interviews = Interview.objects.for_user(user)
    return interviews.filter(company_key=company_key(old)).update(
        company=new, company_key=company_key(new), updated_at=timezone.now()
    )


@transaction.atomic
def interview_redate(*, interview: Interview) -> None:
    """After `interview`'s date changed: its questions' last-asked dates follow."""
    asked_stats_refresh(questions=interview.asked.values("question_id"))

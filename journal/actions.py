"""Operations that span several models, each in one transaction."""

from django.db import transaction
from django.utils import timezone

from questionbank.models import Question

from .models import AskedQuestion, DebriefDraft, Interview, Weakness, WeaknessObservation


@transaction.atomic
def questions_record(*, interview: Interview, texts: list[str]) -> list[AskedQuestion]:
    """Attach questions to an interview in the order given, reusing the user's bank entries.

    A question already on this interview is not attached twice.
    """
    position = interview.next_position()
    already = set(interview.asked.values_list("question_id", flat=True))
    created = []
    for text in texts:
        question, _ = Question.objects.find_or_create(interview.user, text)
        if question.pk in already:
            continue
        already.add(question.pk)
        created.append(
            AskedQuestion.objects.create(interview=interview, question=question, position=position)
        )
        position += 1
    return created


@transaction.atomic
def debrief_submit(*, user, form, draft_token=None) -> Interview:
    """Turn a valid quick-debrief form into an interview with its questions."""
    interview = form.save(commit=False)
    interview.user = user
    interview.save()
    interview.record_outcome(interview.outcome)
    questions_record(interview=interview, texts=form.question_lines())
    if draft_token:
        DebriefDraft.objects.for_user(user).filter(token=draft_token).update(
            data={}, submitted_at=timezone.now()
        )
    return interview


@transaction.atomic
def interview_create(*, user, form) -> Interview:
    interview = form.save(commit=False)
    interview.user = user
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

"""Operations on the question bank that span several models, each in one transaction."""

from django.db import transaction

from .models import Answer, NotSamePair, Question
from .starter import STARTER_QUESTIONS


@transaction.atomic
def questions_merge(*, survivor: Question, duplicate: Question) -> Question:
    """Fold `duplicate` into `survivor`: occurrences, answer, practice, tags and notes move.

    Nothing written is lost: an interview that asked both wordings keeps one occurrence with
    both notes, the weakness observations it exposed and the strengths its answer showed follow.
    """
    if survivor.pk == duplicate.pk or survivor.user_id != duplicate.user_id:
        raise ValueError("Only two different questions of the same user can be merged.")
    _merge_occurrences(survivor, duplicate)
    duplicate.reviews.update(question=survivor)
    duplicate.exposed_weaknesses.update(question=survivor)
    _merge_answers(survivor, duplicate)
    survivor.tags.add(*duplicate.tags.all())
    if duplicate.notes.strip():
        survivor.notes = "\n\n".join(part for part in [survivor.notes, duplicate.notes] if part)
    if survivor.card is None and duplicate.card is not None:
        survivor.card, survivor.due = duplicate.card, duplicate.due
    survivor.save()
    duplicate.delete()
    return survivor


def _merge_occurrences(survivor: Question, duplicate: Question) -> None:
    kept = {asked.interview_id: asked for asked in survivor.asked.all()}
    for asked in duplicate.asked.all():
        twin = kept.get(asked.interview_id)
        if twin is None:
            continue
        # Asked under both wordings in one interview: one occurrence, with both notes.
        twin.answer_notes = "\n\n".join(
            part for part in [twin.answer_notes, asked.answer_notes] if part.strip()
        )
        twin.rating = twin.rating if twin.rating is not None else asked.rating
        twin.caught_off_guard = twin.caught_off_guard or asked.caught_off_guard
        twin.save(update_fields=["answer_notes", "rating", "caught_off_guard"])
        asked.delete()
    duplicate.asked.update(question=survivor)


def _merge_answers(survivor: Question, duplicate: Question) -> None:
    duplicate_answer = duplicate.prepared_answer
    if duplicate_answer is None:
        return
    survivor_answer = survivor.prepared_answer
    if survivor_answer is None:
        duplicate_answer.question = survivor
        duplicate_answer.save()
        return
    # Both had an answer: the survivor's stays current, the other becomes a revision of it,
    # so it can be viewed and restored.
    duplicate_answer.revisions.update(answer=survivor_answer)
    survivor_answer.strengths.add(*duplicate_answer.strengths.all())
    survivor_answer.revisions.create(
        **{name: getattr(duplicate_answer, name) for name in Answer.CONTENT_FIELDS},
        pinned=True,
    )
    survivor_answer.snapshot(force_new=True)


class StaleAnswer(Exception):
    """The answer was saved elsewhere (another tab) after this page loaded it."""

    def __init__(self, current: Answer):
        super().__init__("The answer changed since this page loaded it.")
        self.current = current


@transaction.atomic
def answer_save(
    *, answer: Answer, base_version: int | None, editor: str = "", pin: bool = False
) -> Answer:
    """Save the answer as the user edited it, unless another tab saved it since.

    `base_version` is the version the editing page started from; when the stored answer has
    moved on, nothing is written and StaleAnswer carries the stored one, so the page can offer
    both texts. A page that sends no version is not checked. Every save leaves its text in a
    revision (`pin` starts a new one that later autosaves do not amend).
    """
    current = Answer.objects.select_for_update().filter(question_id=answer.question_id).first()
    stale = current is not None and base_version is not None and base_version != current.version
    if stale and any(getattr(current, f) != getattr(answer, f) for f in Answer.CONTENT_FIELDS):
        raise StaleAnswer(current)
    if current is not None:
        answer.pk = current.pk
    answer.version = (current.version if current else 0) + 1
    answer.save()
    answer.snapshot(force_new=pin, editor=editor)
    return answer


@transaction.atomic
def starter_questions_add(*, user, indexes: list[int]) -> tuple[int, int]:
    """Add chosen starter questions to the user's bank; (added, already there)."""
    added = existing = 0
    for index in indexes:
        category, text, hint = STARTER_QUESTIONS[index]
        _, created = Question.objects.find_or_create(
            user, text, category=category, notes=f"Tip: {hint}"
        )
        added += created
        existing += not created
    return added, existing


def questions_not_same(*, user, first: Question, second: Question) -> NotSamePair:
    """Remember that two of the user's questions are different, so they are not suggested
    as the same question again (whichever order they come in)."""
    if first.pk == second.pk or not (first.user_id == second.user_id == user.pk):
        raise ValueError("Only two different questions of the same user can be told apart.")
    low, high = sorted([first, second], key=lambda q: q.pk)
    pair, _ = NotSamePair.objects.get_or_create(user=user, first=low, second=high)
    return pair

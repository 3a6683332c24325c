"""Re-normalise every question with today's rule (contractions expanded) and merge collisions.

"What's your biggest weakness?" and "What is your biggest weakness?" used to be two questions;
now they are one. The oldest of the colliding questions survives and everything of the others
moves onto it, as `questionbank.actions.questions_merge` does, but without losing anything:
notes of an interview where both wordings were asked are kept side by side, the other answer
becomes a pinned revision, and strengths and weakness observations follow.
"""

from collections import defaultdict

from django.db import migrations
from django.utils import timezone

from questionbank.text import normalize_question, wording_hash

ANSWER_FIELDS = ["body", "situation", "task", "action", "result"]


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part and part.strip())


def _merge_asked(AskedQuestion, survivor, duplicate) -> None:
    kept = {a.interview_id: a for a in AskedQuestion.objects.filter(question=survivor)}
    for asked in AskedQuestion.objects.filter(question=duplicate):
        twin = kept.get(asked.interview_id)
        if twin is None:
            asked.question = survivor
            asked.save(update_fields=["question"])
            continue
        # Asked under both wordings in one interview: one occurrence, keeping both notes.
        twin.answer_notes = _join(twin.answer_notes, asked.answer_notes)
        twin.rating = twin.rating if twin.rating is not None else asked.rating
        twin.caught_off_guard = twin.caught_off_guard or asked.caught_off_guard
        twin.save(update_fields=["answer_notes", "rating", "caught_off_guard"])
        asked.delete()


def _merge_answers(apps, survivor, duplicate) -> None:
    Answer = apps.get_model("questionbank", "Answer")
    AnswerRevision = apps.get_model("questionbank", "AnswerRevision")
    Strength = apps.get_model("journal", "Strength")
    other = Answer.objects.filter(question=duplicate).first()
    if other is None:
        return
    kept = Answer.objects.filter(question=survivor).first()
    if kept is None:
        other.question = survivor
        other.save(update_fields=["question"])
        return
    AnswerRevision.objects.filter(answer=other).update(answer=kept)
    now = timezone.now()
    # The other answer, then the current one on top, both kept for good (pinned).
    for source in (other, kept):
        AnswerRevision.objects.create(
            answer=kept,
            created_at=now,
            pinned=True,
            **{name: getattr(source, name) for name in ANSWER_FIELDS},
        )
    Through = Strength.answers.through
    linked = set(Through.objects.filter(answer=kept).values_list("strength_id", flat=True))
    for strength_id in Through.objects.filter(answer=other).values_list("strength_id", flat=True):
        if strength_id not in linked:
            Through.objects.create(strength_id=strength_id, answer=kept)


def _merge(apps, survivor, duplicate) -> None:
    AskedQuestion = apps.get_model("journal", "AskedQuestion")
    handled = {"asked", "answer", "tags"}
    _merge_asked(AskedQuestion, survivor, duplicate)
    _merge_answers(apps, survivor, duplicate)
    survivor.tags.add(*duplicate.tags.all())
    # Reviews, weakness observations and anything else that points at a question follow it.
    for relation in duplicate._meta.related_objects:
        if relation.one_to_many and relation.get_accessor_name() not in handled:
            relation.related_model.objects.filter(**{relation.field.name: duplicate}).update(
                **{relation.field.name: survivor}
            )
    survivor.notes = _join(survivor.notes, duplicate.notes)
    if survivor.card is None and duplicate.card is not None:
        survivor.card, survivor.due = duplicate.card, duplicate.due
    survivor.save(update_fields=["notes", "card", "due"])
    duplicate.delete()


def renormalise(apps, schema_editor) -> None:
    Question = apps.get_model("questionbank", "Question")
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    changed = []
    rows = Question.objects.order_by("pk").only("user_id", "text", "normalized_text")
    for question in rows.iterator(chunk_size=2000):
        key, digest = normalize_question(question.text), wording_hash(question.text)
        question.normalized_text, question.normalized_hash = key, digest
        changed.append(question)
        groups[(question.user_id, digest)].append(question.pk)
    Question.objects.bulk_update(changed, ["normalized_text", "normalized_hash"], batch_size=500)
    for pks in groups.values():
        survivor = Question.objects.get(pk=pks[0])
        for pk in pks[1:]:
            _merge(apps, survivor, Question.objects.get(pk=pk))


class Migration(migrations.Migration):
    dependencies = [
        ("questionbank", "0004_question_wording_hash"),
        # The merge moves interview occurrences, weakness observations and strengths' stories.
        ("journal", "0002_weaknesses_strengths"),
    ]

    operations = [migrations.RunPython(renormalise, migrations.RunPython.noop)]

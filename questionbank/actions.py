"""Operations on the question bank that span several models, each in one transaction."""

from collections import defaultdict

import numpy as np
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from . import similarity
from .models import (
    Answer,
    LookAlike,
    NotSamePair,
    Question,
    StarterLookAlike,
    look_alike_floor,
)
from .starter import STARTER_QUESTIONS


def asked_stats_refresh(*, questions) -> int:
    """Store each of `questions` (ids, or a queryset of questions) its `times_asked` and
    `last_asked_on`, counted afresh from its askings: the one rule for both, and the one place
    they are written. Every write that adds, removes or moves an asking, or changes the date
    of an interview with askings, calls it with the questions it touched (taken before a
    delete), so the bank's orders, the practice pick and every list read stored columns.
    One UPDATE, however many questions; returns how many were written."""
    asked = Question.asked.rel.related_model.objects.filter(question=OuterRef("pk")).order_by()
    count = asked.values("question").annotate(n=Count("pk")).values("n")
    latest = asked.order_by("-interview__date").values("interview__date")[:1]
    return Question.objects.filter(pk__in=questions).update(
        times_asked=Coalesce(Subquery(count), Value(0), output_field=IntegerField()),
        last_asked_on=Subquery(latest),
    )


def asked_questions_of(rows) -> set[int]:
    """The questions whose askings are among `rows` (model instances of any kind): what a
    delete or restore of those rows must recount with asked_stats_refresh."""
    asking = Question.asked.rel.related_model
    return {row.question_id for row in rows if isinstance(row, asking)}


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
    keeping_it = LookAlike.objects.pointing_at([duplicate.pk])
    duplicate.delete()
    asked_stats_refresh(questions=[survivor.pk])
    survivor.refresh_from_db(fields=Question.ASKED_FIELDS)
    look_alikes_refresh(user=survivor.user, questions=keeping_it)
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
    revision (Answer.REVISION_RULE; `pin`, an explicit save, closes the editing session's).
    """
    current = Answer.objects.select_for_update().filter(question_id=answer.question_id).first()
    stale = current is not None and base_version is not None and base_version != current.version
    if stale and any(getattr(current, f) != getattr(answer, f) for f in Answer.CONTENT_FIELDS):
        raise StaleAnswer(current)
    if current is not None:
        answer.pk = current.pk
    answer.version = (current.version if current else 0) + 1
    answer.save()
    answer.snapshot(editor=editor, close=pin)
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
    look_alikes_refresh(user=user)
    return added, existing


def questions_not_same(*, user, first: Question, second: Question) -> NotSamePair:
    """Remember that two of the user's questions are different, so they are not suggested
    as the same question again (whichever order they come in)."""
    if first.pk == second.pk or not (first.user_id == second.user_id == user.pk):
        raise ValueError("Only two different questions of the same user can be told apart.")
    low, high = sorted([first, second], key=lambda q: q.pk)
    pair, created = NotSamePair.objects.get_or_create(user=user, first=low, second=high)
    if created:  # each keeps its next likeliest look-alike instead
        look_alikes_refresh(user=user, questions=[low.pk, high.pk])
    return pair


# When more than this share of a bank must be looked at again, one pass over the whole bank
# (similarity.suggest's blockwise matrix products) is cheaper than one question at a time.
WHOLE_BANK_SHARE = 0.25


def _order(pair: similarity.Pair):
    return (-pair.score, pair.first, pair.second)


def _other(pair: similarity.Pair, question: int) -> int:
    return pair.second if pair.first == question else pair.first


@transaction.atomic
def look_alikes_refresh(*, user, questions=(), everything: bool = False) -> int:
    """Store which of the user's questions look like which: the one place look-alikes are
    written, called by every write that adds, rewords, merges, deletes or restores questions.

    Questions whose reading is stale (new, reworded, or read under other rules) are read again;
    they and `questions` (ones a write may have changed the look-alikes of) get their
    LookAlike.MOST_KEPT likeliest stored, and a question that one of them now looks like more
    than what it keeps takes it in. Reads the bank's vectors in one query; pages then only read
    what is stored. Returns how many questions' look-alikes were written.
    """
    # One refresh per user at a time: two at once would both rewrite the same questions' rows.
    get_user_model().objects.select_for_update().filter(pk=user.pk).exists()
    rows = Question.objects.for_user(user).meaning_rows()
    stamp = Question.reading_stamper()
    stale = [row for row in rows if row[5] != stamp(row[2])]
    if stale:
        fresh = []
        for row, (reading, vector) in zip(
            stale, similarity.read_many([row[1] for row in stale]), strict=True
        ):
            question = Question(pk=row[0], normalized_text=row[2])
            question.set_meaning(reading, vector)
            fresh.append(question)
        Question.objects.bulk_update(fresh, Question.MEANING_FIELDS, batch_size=500)
        redone = {q.pk: (q.meaning_key, q.meaning_vector) for q in fresh}
        rows = [(r[0], r[1], r[2], *redone[r[0]], "") if r[0] in redone else r for r in rows]
    bank = _Bank(rows)
    changed = {row[0] for row in stale} | (set(questions) & bank.at.keys())
    if not (changed or everything):
        return 0
    dismissed = NotSamePair.objects.for_user(user).id_pairs()
    if everything or len(changed) >= WHOLE_BANK_SHARE * len(rows):
        kept = _whole_bank(bank, dismissed)
        LookAlike.objects.for_user(user).delete()
        starters = _starters_whole_bank(bank)
        StarterLookAlike.objects.for_user(user).delete()
    else:
        kept = _some(changed, bank, dismissed)
        LookAlike.objects.filter(question__in=kept).delete()  # by its index, not the user's
        starters = _starters_of(changed, bank)
        StarterLookAlike.objects.filter(question__in=changed).delete()
    StarterLookAlike.objects.bulk_create(
        [
            StarterLookAlike(
                user=user,
                question_id=pair.second,
                starter=-1 - pair.first,
                score=pair.score,
                similarity=pair.similarity,
                key=pair.key,
            )
            for pair in starters
        ],
        batch_size=1000,
    )
    LookAlike.objects.bulk_create(
        [
            LookAlike(
                user=user,
                question_id=question,
                other_id=_other(pair, question),
                score=pair.score,
                similarity=pair.similarity,
                key=pair.key,
                rank=rank,
            )
            for question, pairs in kept.items()
            for rank, pair in enumerate(pairs)
        ],
        batch_size=1000,
    )
    return len(kept)


class _Bank:
    """A bank's stored readings: its vectors as one matrix, each question's similarity.Item
    made only when needed (making them costs more than comparing them)."""

    def __init__(self, rows: list[tuple]) -> None:
        self.rows = rows
        self.at = {row[0]: n for n, row in enumerate(rows)}
        self.vectors = similarity.matrix_from_bytes([row[4] for row in rows])
        self.keys = np.array([row[3] for row in rows], dtype=object)
        self._items: dict[int, similarity.Item] = {}

    def item(self, n: int) -> similarity.Item:
        if n not in self._items:
            pk, text, _, key, _, _ = self.rows[n]
            self._items[n] = similarity.item_for(pk, text, key, self.vectors[n])
        return self._items[n]

    def items(self) -> list[similarity.Item]:
        return [self.item(n) for n in range(len(self.rows))]

    def matches(self, items: list, *, floor: float, dismissed=frozenset()) -> list[list]:
        """similarity.matches for each item against the bank, given only the questions it
        can pair with (those at least `floor` alike, or of its catalogue entry; one matrix
        product finds them), so that a large bank costs no per-question pass over all of it."""
        if not items:
            return []
        scores = np.vstack([item.vector for item in items]) @ self.vectors.T
        found = []
        for item, row in zip(items, scores, strict=True):
            near = row >= floor - 1e-4  # a margin for rounding: matches decides
            if item.key:
                near |= self.keys == item.key
            others = [self.item(m) for m in np.flatnonzero(near).tolist()]
            found.append(similarity.matches(item, others, threshold=floor, dismissed=dismissed))
        return found


def _whole_bank(bank: _Bank, dismissed) -> dict[int, list[similarity.Pair]]:
    """Every question's likeliest look-alikes, from one pass over all pairs (best first)."""
    items = bank.items()
    kept = {item.id: [] for item in items}
    floor, most = look_alike_floor(), LookAlike.MOST_KEPT
    for pair in similarity.suggest(items, threshold=floor, dismissed=dismissed):
        for question in (pair.first, pair.second):
            if len(kept[question]) < most:
                kept[question].append(pair)
    return kept


def _some(changed: set[int], bank: _Bank, dismissed) -> dict[int, list[similarity.Pair]]:
    """The likeliest look-alikes of the changed questions and of every question whose kept
    ones they touch: those that kept a changed one are looked at again in full; those a
    changed one now looks like take it in if it is likelier than what they keep."""
    floor, most = look_alike_floor(), LookAlike.MOST_KEPT
    redo = sorted(q for q in changed | LookAlike.objects.pointing_at(changed) if q in bank.at)
    items = [bank.item(bank.at[q]) for q in redo]
    found = dict(zip(redo, bank.matches(items, floor=floor, dismissed=dismissed), strict=True))
    kept = {q: pairs[:most] for q, pairs in found.items()}
    offered = defaultdict(list)
    for q in changed:
        for pair in found[q]:
            if (other := _other(pair, q)) not in found:
                offered[other].append(pair)
    stored = defaultdict(list)
    rows = LookAlike.objects.filter(question__in=offered).values_list(
        "question_id", "other_id", "score", "similarity", "key"
    )
    for question, other, score, alike, key in rows:
        stored[question].append(similarity.Pair(*sorted([question, other]), score, alike, key))
    for q, pairs in offered.items():
        best = sorted(stored[q] + pairs, key=_order)[:most]
        if any(pair in best for pair in pairs):
            kept[q] = best
    return kept


def _starter_items() -> tuple[similarity.Item, ...]:
    """The starter questions as items, their ids -1 - their place in STARTER_QUESTIONS."""
    return similarity.fixed_items(tuple(text for _, text, _ in STARTER_QUESTIONS))


def _starters_of(changed: set[int], bank: _Bank) -> list[similarity.Pair]:
    """The starter questions each changed question looks like (pairs: starter id first)."""
    starters, floor = list(_starter_items()), look_alike_floor()
    return [
        pair
        for q in sorted(changed)
        for pair in similarity.matches(bank.item(bank.at[q]), starters, threshold=floor)
    ]


def _starters_whole_bank(bank: _Bank) -> list[similarity.Pair]:
    starters = list(_starter_items())
    return [pair for pairs in bank.matches(starters, floor=look_alike_floor()) for pair in pairs]


def look_alikes_refresh_stale() -> int:
    """Bring every bank read under older rules (or never read) up to date, once, outside any
    request: after `migrate` and from `manage.py refresh_look_alikes`. Returns how many users'
    banks were refreshed."""
    stamp = Question.reading_stamper()
    stale_users = {
        user_id
        for user_id, text, stored in Question.objects.order_by()
        .values_list("user_id", "normalized_text", "meaning_stamp")
        .iterator(chunk_size=5000)
        if stored != stamp(text)
    }
    for user in get_user_model().objects.filter(pk__in=stale_users):
        look_alikes_refresh(user=user)
    return len(stale_users)

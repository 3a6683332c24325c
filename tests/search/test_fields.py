"""Every field the search names is searched, and the stored vectors follow every change."""

import pytest

from journal.models import ActionItem, Strength
from questionbank.models import Answer
from search.kinds import KIND_BY_KEY, KINDS
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
    WeaknessFactory,
)


def make(kind: str, user, **fields):
    if kind == "interviews":
        return InterviewFactory(user=user, **{"company": "Acme", **fields})
    if kind == "questions":
        return QuestionFactory(user=user, **fields)
    if kind == "answers":
        return Answer.objects.create(question=QuestionFactory(user=user), **fields)
    if kind == "weaknesses":
        return WeaknessFactory(user=user, **fields)
    return Strength.objects.create(user=user, **{"name": "Calm", **fields})


def found(kind: str, user, word: str) -> list:
    return list(KIND_BY_KEY[kind].search(user, [word]))


@pytest.mark.parametrize(
    ("kind", "field"), [(kind.key, name) for kind in KINDS for name, _, _ in kind.fields]
)
def test_each_field_is_searched(owner, kind, field):
    row = make(kind, owner, **{field: "Zanzibarian tale"})
    make(kind, owner, **({"company": "Other"} if kind == "interviews" else {}))
    assert [hit.pk for hit in found(kind, owner, "zanzibar")] == [row.pk]


def test_related_notes_are_found_and_follow_changes(owner):
    interview = InterviewFactory(user=owner)
    asked = AskedQuestionFactory(interview=interview, answer_notes="Told the Zanzibar story")
    weakness = WeaknessFactory(user=owner)
    step = ActionItem.objects.create(weakness=weakness, text="Practise the quokka pitch")
    observation = ObservationFactory(weakness=weakness, note="Talked about walruses")
    assert [row.pk for row in found("interviews", owner, "zanzibar")] == [interview.pk]
    assert [row.pk for row in found("weaknesses", owner, "quokka")] == [weakness.pk]
    assert [row.pk for row in found("weaknesses", owner, "walrus")] == [weakness.pk]

    asked.answer_notes = "Told the otter story"
    asked.save()
    step.text = "Practise the lemur pitch"
    step.save()
    observation.delete()
    assert found("interviews", owner, "zanzibar") == []
    assert [row.pk for row in found("interviews", owner, "otter")] == [interview.pk]
    assert found("weaknesses", owner, "quokka") == []
    assert found("weaknesses", owner, "walrus") == []
    assert [row.pk for row in found("weaknesses", owner, "lemur")] == [weakness.pk]
    step.delete()
    asked.delete()
    assert found("weaknesses", owner, "lemur") == []
    assert found("interviews", owner, "otter") == []


def test_an_edited_field_is_found_by_its_new_words_only(owner):
    interview = InterviewFactory(user=owner, feedback="Great energy")
    answer = Answer.objects.create(question=QuestionFactory(user=owner), result="Saved money")
    interview.feedback = "Too quiet"
    interview.save()
    answer.result = "Shipped early"
    answer.save()
    assert found("interviews", owner, "energy") == []
    assert [row.pk for row in found("interviews", owner, "quiet")] == [interview.pk]
    assert found("answers", owner, "money") == []
    assert [row.pk for row in found("answers", owner, "shipped")] == [answer.pk]

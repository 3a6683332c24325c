import pytest

from journal.models import Strength
from questionbank.actions import questions_merge, starter_questions_add
from questionbank.models import Answer, Question, Tag
from questionbank.starter import STARTER_QUESTIONS
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
)


def test_merge_moves_occurrences_answers_practice_tags_and_notes(owner):
    survivor = QuestionFactory(user=owner, text="Tell me about yourself", notes="Keep it short")
    duplicate = QuestionFactory(user=owner, text="Introduce yourself", notes="Mention Python")
    shared = InterviewFactory(user=owner)
    AskedQuestionFactory(interview=shared, question=survivor)
    AskedQuestionFactory(interview=shared, question=duplicate)
    elsewhere = AskedQuestionFactory(interview=InterviewFactory(user=owner), question=duplicate)
    Answer.objects.create(question=survivor, body="Survivor's answer")
    Answer.objects.create(question=duplicate, body="Duplicate's answer")
    duplicate.record_review("good")
    duplicate.tags.add(Tag.objects.create(user=owner, name="intro"))

    questions_merge(survivor=survivor, duplicate=duplicate)

    assert not Question.objects.filter(pk=duplicate.pk).exists()
    assert survivor.asked.count() == 2  # the shared interview keeps one occurrence
    elsewhere.refresh_from_db()
    assert elsewhere.question == survivor
    assert survivor.answer.body == "Survivor's answer"
    assert "Duplicate's answer" in [r.body for r in survivor.answer.revisions.all()]
    assert survivor.reviews.count() == 1
    survivor.refresh_from_db()
    assert survivor.due is not None
    assert [t.name for t in survivor.tags.all()] == ["intro"]
    assert survivor.notes == "Keep it short\n\nMention Python"


def test_merge_loses_no_notes_observation_or_strength(owner):
    survivor = QuestionFactory(user=owner, text="What is your biggest weakness?")
    duplicate = QuestionFactory(user=owner, text="Your greatest weakness?")
    shared = InterviewFactory(user=owner)
    AskedQuestionFactory(interview=shared, question=survivor, answer_notes="Rambled")
    AskedQuestionFactory(
        interview=shared, question=duplicate, answer_notes="Then recovered", rating=4
    )
    observation = ObservationFactory(interview=shared, weakness__user=owner, question=duplicate)
    Answer.objects.create(question=survivor, body="Survivor's answer")
    strength = Strength.objects.create(user=owner, name="Honesty")
    strength.answers.add(Answer.objects.create(question=duplicate, body="Duplicate's answer"))

    questions_merge(survivor=survivor, duplicate=duplicate)

    occurrence = shared.asked.get()
    assert occurrence.question == survivor
    assert occurrence.answer_notes == "Rambled\n\nThen recovered"
    assert occurrence.rating == 4
    observation.refresh_from_db()
    assert observation.question == survivor
    assert list(strength.answers.all()) == [survivor.answer]


def test_merge_moves_the_answer_when_the_survivor_has_none(owner):
    survivor = QuestionFactory(user=owner)
    duplicate = QuestionFactory(user=owner)
    Answer.objects.create(question=duplicate, body="Only answer")
    questions_merge(survivor=survivor, duplicate=duplicate)
    assert Answer.objects.get().question == survivor


def test_merge_refuses_other_users_questions(owner, outsider):
    with pytest.raises(ValueError):
        questions_merge(
            survivor=QuestionFactory(user=owner), duplicate=QuestionFactory(user=outsider)
        )


def test_the_starter_library_is_big_and_varied():
    assert len(STARTER_QUESTIONS) >= 40
    assert {c for c, _, _ in STARTER_QUESTIONS} == set(Question.Category.values)
    texts = [t for _, t, _ in STARTER_QUESTIONS]
    assert "What is your biggest weakness?" in texts
    assert len(set(texts)) == len(texts)


def test_adding_starter_questions_twice_creates_no_duplicate(owner):
    assert starter_questions_add(user=owner, indexes=[0, 4]) == (2, 0)
    assert starter_questions_add(user=owner, indexes=[0, 1]) == (1, 1)
    assert Question.objects.for_user(owner).count() == 3
    weakness = Question.objects.get(text="What is your biggest weakness?")
    assert weakness.category == "about_you"
    assert weakness.notes.startswith("Tip:")

"""The data migration that re-normalises wordings merges collisions without losing anything."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The state just before the data migration: journal as the migration depends on it.
BEFORE = [("questionbank", "0004_question_wording_hash"), ("journal", "0002_weaknesses_strengths")]


@pytest.fixture
def old_apps(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    yield executor.loader.project_state(BEFORE).apps
    _migrate_to_latest()


def _migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_contracted_wordings_are_merged_keeping_everything(old_apps):
    user = old_apps.get_model("auth", "User").objects.create(username="ada")
    other_user = old_apps.get_model("auth", "User").objects.create(username="bob")
    Question = old_apps.get_model("questionbank", "Question")
    Answer = old_apps.get_model("questionbank", "Answer")
    Interview = old_apps.get_model("journal", "Interview")
    AskedQuestion = old_apps.get_model("journal", "AskedQuestion")
    Weakness = old_apps.get_model("journal", "Weakness")
    Strength = old_apps.get_model("journal", "Strength")
    Tag = old_apps.get_model("questionbank", "Tag")

    # Stored under the old rule: apostrophes dropped, contractions kept.
    short = Question.objects.create(
        user=user, text="What's your biggest weakness?",
        normalized_text="whats your biggest weakness", notes="Short notes",
    )  # fmt: skip
    long = Question.objects.create(
        user=user, text="What is your biggest weakness?",
        normalized_text="what is your biggest weakness", notes="Long notes",
    )  # fmt: skip
    theirs = Question.objects.create(
        user=other_user, text="What is your biggest weakness?",
        normalized_text="what is your biggest weakness",
    )  # fmt: skip
    apart = Question.objects.create(user=user, text="Why us?", normalized_text="why us")
    long.tags.add(Tag.objects.create(user=user, name="classic"))
    both = Interview.objects.create(user=user, company="Acme", date="2026-01-05")
    later = Interview.objects.create(user=user, company="Globex", date="2026-02-05")
    AskedQuestion.objects.create(interview=both, question=short, answer_notes="Rambled")
    AskedQuestion.objects.create(
        interview=both, question=long, answer_notes="Then recovered", rating=3
    )
    AskedQuestion.objects.create(interview=later, question=long, caught_off_guard=True)
    Answer.objects.create(question=short, body="Short answer")
    long_answer = Answer.objects.create(question=long, body="Long answer")
    strength = Strength.objects.create(user=user, name="Honesty")
    strength.answers.add(long_answer)
    weakness = Weakness.objects.create(user=user, name="Rambling")
    old_apps.get_model("journal", "WeaknessObservation").objects.create(
        weakness=weakness, interview=later, severity=3, question=long
    )
    old_apps.get_model("questionbank", "Review").objects.create(question=long, rating="good")

    _migrate_to_latest()

    from journal.models import AskedQuestion as NewAsked
    from journal.models import Strength as NewStrength
    from journal.models import WeaknessObservation
    from questionbank.models import Question as NewQuestion

    survivor = NewQuestion.objects.get(pk=short.pk)
    assert not NewQuestion.objects.filter(pk=long.pk).exists()
    assert set(NewQuestion.objects.values_list("pk", flat=True)) == {
        short.pk,
        theirs.pk,
        apart.pk,
    }
    assert survivor.normalized_text == "what is your biggest weakness"
    assert NewQuestion.objects.get(pk=theirs.pk).normalized_hash == survivor.normalized_hash
    assert survivor.notes == "Short notes\n\nLong notes"
    assert [t.name for t in survivor.tags.all()] == ["classic"]
    in_both = NewAsked.objects.get(interview_id=both.pk)
    assert in_both.question_id == survivor.pk
    assert in_both.answer_notes == "Rambled\n\nThen recovered"
    assert in_both.rating == 3
    assert NewAsked.objects.get(interview_id=later.pk).question_id == survivor.pk
    assert NewAsked.objects.get(interview_id=later.pk).caught_off_guard
    assert survivor.answer.body == "Short answer"
    assert [r.body for r in survivor.answer.revisions.all()] == ["Short answer", "Long answer"]
    assert list(NewStrength.objects.get(pk=strength.pk).answers.all()) == [survivor.answer]
    assert WeaknessObservation.objects.get().question_id == survivor.pk
    assert survivor.reviews.get().rating == "good"
    assert NewQuestion.objects.get(pk=apart.pk).normalized_text == "why us"

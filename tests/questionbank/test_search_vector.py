"""The stored search vector stays current whatever changes the question or its answer."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.urls import reverse

from questionbank import actions
from questionbank.models import Answer, Question
from tests.factories import QuestionFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored vector is PostgreSQL's"
)


def matches(user, word: str) -> list[str]:
    query = SearchQuery(word, config="english")
    return sorted(Question.objects.for_user(user).filter(search_vector=query).values_list(
        "text", flat=True
    ))  # fmt: skip


def test_question_text_and_notes_are_indexed_on_insert_and_update(owner):
    question = QuestionFactory(user=owner, text="Why Kubernetes?", notes="mention latency")
    assert matches(owner, "kubernetes") == ["Why Kubernetes?"]
    assert matches(owner, "latency") == ["Why Kubernetes?"]
    question.notes = "talk about budgets"
    question.save()
    assert matches(owner, "latency") == []
    assert matches(owner, "budget") == ["Why Kubernetes?"]


def test_the_answer_is_indexed_when_written_changed_or_deleted(owner_client, owner):
    question = QuestionFactory(user=owner, text="A hard project?")
    owner_client.post(
        reverse("questionbank:answer-edit", args=[question.pk]),
        {"body": "We migrated the warehouse", "status": "draft"},
    )
    assert matches(owner, "warehouse") == ["A hard project?"]
    owner_client.post(
        reverse("questionbank:answer-autosave", args=[question.pk]),
        {"body": "We rewrote the scheduler", "status": "draft"},
    )
    assert matches(owner, "warehouse") == []
    assert matches(owner, "scheduler") == ["A hard project?"]
    Answer.objects.filter(question=question).delete()
    assert matches(owner, "scheduler") == []


def test_a_merge_moves_the_answer_words_to_the_survivor(owner):
    survivor = QuestionFactory(user=owner, text="Biggest weakness?")
    duplicate = QuestionFactory(user=owner, text="Greatest weakness?")
    Answer.objects.create(question=duplicate, body="I over-prepare slides")
    actions.questions_merge(survivor=survivor, duplicate=duplicate)
    assert matches(owner, "slides") == ["Biggest weakness?"]


def test_a_huge_answer_is_indexed_without_error(owner):
    question = QuestionFactory(user=owner, text="Tell me everything")
    body = " ".join(f"word{i}" for i in range(300_000)) + " needle"  # ~2.5 MB
    Answer.objects.create(question=question, body="needle " + body)
    assert matches(owner, "needle") == ["Tell me everything"]


def test_search_ranks_once_and_counts_without_the_statistics(
    owner_client, owner, django_assert_max_num_queries
):
    for i in range(35):
        QuestionFactory(user=owner, text=f"Tell me about project {i}")
    QuestionFactory(user=owner, text="Unrelated")
    with django_assert_max_num_queries(9) as captured:
        response = owner_client.get(reverse("questionbank:question-list"), {"q": "tell"})
    assert response.context["page"].paginator.count == 35
    assert len(response.context["page"].object_list) == 30
    sql = [q["sql"] for q in captured.captured_queries]
    count_sql = next(q for q in sql if "COUNT(*)" in q)
    assert "journal_askedquestion" not in count_sql  # the count does not join the statistics
    assert "to_tsvector" not in "".join(sql)
    # The match is made once, by the indexes (the ids), not again by the count and the page.
    assert sum(" @@ " in q for q in sql) == 1
    assert "@@" not in count_sql

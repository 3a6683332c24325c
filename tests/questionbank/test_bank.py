import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from questionbank.models import Answer, Question, Tag
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory

URL = reverse("questionbank:question-list")


def texts(response) -> list[str]:
    return [q.text for q in response.context["page"].object_list]


@pytest.fixture
def bank(owner):
    weakness = QuestionFactory(
        user=owner, text="What is your biggest weakness?", category="about_you"
    )
    conflict = QuestionFactory(
        user=owner, text="Describe a conflict with a colleague", category="behavioural"
    )
    salary = QuestionFactory(
        user=owner, text="What are your salary expectations?", category="salary"
    )
    Answer.objects.create(question=weakness, body="I over-prepare slides", status="ready")
    Answer.objects.create(question=conflict, body="The migration dispute", status="draft")
    conflict.tags.add(Tag.objects.create(user=owner, name="teamwork"))
    acme = InterviewFactory(user=owner, company="Acme", date=datetime.date(2026, 11, 1))
    globex = InterviewFactory(user=owner, company="Globex", date=datetime.date(2026, 11, 20))
    AskedQuestionFactory(interview=acme, question=weakness)
    AskedQuestionFactory(interview=globex, question=weakness)
    AskedQuestionFactory(interview=globex, question=salary)
    return weakness, conflict, salary


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["What is your biggest weakness?", "What are your salary expectations?",
              "Describe a conflict with a colleague"]),
        ({"category": "behavioural"}, ["Describe a conflict with a colleague"]),
        ({"tag": "teamwork"}, ["Describe a conflict with a colleague"]),
        ({"status": "ready"}, ["What is your biggest weakness?"]),
        ({"status": "draft"}, ["Describe a conflict with a colleague"]),
        ({"never_answered": "true"}, ["What are your salary expectations?"]),
        ({"company": "acme"}, ["What is your biggest weakness?"]),
        ({"company": "Globex", "sort": "alphabetical"},
         ["What are your salary expectations?", "What is your biggest weakness?"]),
        ({"sort": "recent"}, ["What are your salary expectations?",
                              "What is your biggest weakness?",
                              "Describe a conflict with a colleague"]),
    ],
)  # fmt: skip
def test_filters_and_sorting(owner_client, bank, params, expected):
    assert texts(owner_client.get(URL, params)) == expected


def test_sorting_by_practice_due(owner_client, bank):
    weakness, conflict, _ = bank
    weakness.record_review("easy", when=timezone.now())
    conflict.record_review("again", when=timezone.now() - datetime.timedelta(days=3))
    result = texts(owner_client.get(URL, {"sort": "due"}))
    assert result[0] == "Describe a conflict with a colleague"  # overdue
    assert result[-1] == "What is your biggest weakness?"  # just done, easy


def test_search_finds_words_in_question_notes_and_answer(owner_client, bank):
    assert texts(owner_client.get(URL, {"q": "salary"})) == ["What are your salary expectations?"]
    assert texts(owner_client.get(URL, {"q": "migration"})) == [
        "Describe a conflict with a colleague"
    ]
    assert texts(owner_client.get(URL, {"q": "astronaut"})) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_postgresql_search_stems_words_and_ranks_the_question_text_first(owner_client, owner):
    QuestionFactory(user=owner, text="Tell me about a project", notes="conflicts with the team")
    QuestionFactory(user=owner, text="How do you resolve conflicts?")
    result = texts(owner_client.get(URL, {"q": "conflict"}))  # stemming: conflict ~ conflicts
    assert result == ["How do you resolve conflicts?", "Tell me about a project"]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite's fallback")
def test_sqlite_search_is_a_case_insensitive_match(owner_client, owner):
    QuestionFactory(user=owner, text="How do you resolve CONFLICTS?")
    assert texts(owner_client.get(URL, {"q": "conflict"})) == ["How do you resolve CONFLICTS?"]


def test_htmx_returns_only_results(owner_client, bank, htmx_headers):
    response = owner_client.get(URL, {"category": "salary"}, headers=htmx_headers)
    assert response.text.strip().startswith('<div id="results">')


def test_bank_query_count_is_constant(owner_client, owner, django_assert_max_num_queries):
    tag = Tag.objects.create(user=owner, name="common")
    for i in range(40):
        question = QuestionFactory(user=owner)
        question.tags.add(tag)
        Answer.objects.create(question=question, body=f"Answer {i}")
        AskedQuestionFactory(question=question, interview=InterviewFactory(user=owner))
    with django_assert_max_num_queries(8):
        response = owner_client.get(URL)
    assert len(response.context["page"].object_list) == 30
    assert "Page 1 of 2" in response.text


def test_adding_a_question_by_hand_and_its_validation(owner_client, owner):
    QuestionFactory(user=owner, text="Why us?")
    duplicate = owner_client.post(
        reverse("questionbank:question-create"), {"text": "why US", "category": "company"}
    )
    assert "You already have this question (“Why us?”)" in duplicate.text
    assert "why US" in duplicate.text
    response = owner_client.post(
        reverse("questionbank:question-create"),
        {"text": "Why now?", "category": "about_you", "tag_names": "Timing, timing , motivation"},
    )
    question = Question.objects.get(text="Why now?")
    assert response.url == question.get_absolute_url()
    assert sorted(t.name for t in question.tags.all()) == ["motivation", "timing"]


def test_the_tag_filter_offers_only_the_users_own_tags(owner_client, owner, outsider):
    Tag.objects.create(user=owner, name="leadership")
    Tag.objects.create(user=outsider, name="their-secret-tag")
    form = owner_client.get(URL).context["filter"].form
    assert list(form.fields["tag"].widget.choices) == [("", "Any"), ("leadership", "leadership")]
    html = owner_client.get(URL, {"tag": "leadership"}).text
    assert '<option value="leadership" selected>leadership</option>' in html
    assert "their-secret-tag" not in html

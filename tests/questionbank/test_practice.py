import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from questionbank.models import Answer, Question
from questionbank.practice import (
    NEW_PER_DAY,
    next_question,
    practice_queryset,
    start_of_day,
    today_counts,
)
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory
from tests.helpers import query

URL = reverse("questionbank:practice")


def test_due_reviews_come_first_and_new_questions_are_mixed_in(owner):
    now = timezone.now()
    due = QuestionFactory(user=owner, text="Due one")
    due.record_review("again", when=now - datetime.timedelta(days=2))
    fresh = QuestionFactory(user=owner, text="Never practised")
    later = QuestionFactory(user=owner, text="Not due yet")
    later.record_review("easy", when=now)
    questions = practice_queryset(owner)
    assert next_question(questions, now=now, done_today=0, new_today=0) == due
    # every third card is a new question
    assert next_question(questions, now=now, done_today=2, new_today=0) == fresh
    # the day's new questions are capped
    assert next_question(questions, now=now, done_today=2, new_today=NEW_PER_DAY) == due


def test_nothing_due_and_no_new_means_no_card(owner):
    question = QuestionFactory(user=owner)
    question.record_review("easy")
    assert (
        next_question(practice_queryset(owner), now=timezone.now(), done_today=1, new_today=1)
        is None
    )


def test_practice_filters_by_category_and_company(owner):
    acme_question = QuestionFactory(user=owner, category="technical")
    QuestionFactory(user=owner, category="technical")
    AskedQuestionFactory(
        question=acme_question, interview=InterviewFactory(user=owner, company="Acme")
    )
    assert list(practice_queryset(owner, company="acme")) == [acme_question]
    assert practice_queryset(owner, category="technical").count() == 2
    assert practice_queryset(owner, category="salary").count() == 0


def test_today_counts_ratings_and_questions_practised_for_the_first_time(owner, outsider):
    now = timezone.now()
    today = start_of_day(now)
    old = QuestionFactory(user=owner)
    old.record_review("good", when=today - datetime.timedelta(days=3))
    old.record_review("again", when=today + datetime.timedelta(minutes=1))
    first = QuestionFactory(user=owner)
    first.record_review("again", when=today + datetime.timedelta(minutes=2))
    first.record_review("good", when=today + datetime.timedelta(minutes=3))
    QuestionFactory(user=owner).record_review("hard", when=today - datetime.timedelta(days=1))
    QuestionFactory(user=outsider).record_review("easy", when=today + datetime.timedelta(minutes=4))
    # three ratings today; of their two questions only `first` was new today
    assert today_counts(owner, now) == {"done": 3, "new": 1}


def test_the_practice_page_shows_question_answer_and_counts(owner_client, owner):
    question = QuestionFactory(user=owner, text="Why should we hire you?")
    Answer.objects.create(question=question, body="Three reasons")
    response = owner_client.get(URL)
    assert "Why should we hire you?" in response.text
    assert "Three reasons" in response.text
    assert "Reveal the prepared answer" in response.text


def test_rating_schedules_and_shows_the_next_card(owner_client, owner, htmx_headers):
    first = QuestionFactory(user=owner, text="First?")
    AskedQuestionFactory(question=first, interview=InterviewFactory(user=owner))
    QuestionFactory(user=owner, text="Second?")
    response = owner_client.post(
        reverse("questionbank:practice-rate", args=[first.pk]),
        {"rating": "good", "seconds": "42"},
        headers=htmx_headers,
    )
    assert response.text.strip().startswith('<section id="practice-card"')
    assert "Second?" in response.text
    assert '<strong data-testid="done-today">1</strong>' in response.text
    first.refresh_from_db()
    assert first.due > timezone.now()
    assert first.reviews.get().seconds == 42


def test_rating_without_js_redirects_keeping_filters(owner_client, owner):
    question = QuestionFactory(user=owner)
    response = owner_client.post(
        reverse("questionbank:practice-rate", args=[question.pk]),
        {"rating": "easy", "category": "technical", "company": "Acme Corp"},
    )
    assert response.url.startswith(URL + "?")
    assert query(response.url) == {"category": ["technical"], "company": ["Acme Corp"]}


def test_a_bad_rating_changes_nothing(owner_client, owner):
    question = QuestionFactory(user=owner)
    owner_client.post(reverse("questionbank:practice-rate", args=[question.pk]), {"rating": "meh"})
    question.refresh_from_db()
    assert question.due is None


def test_practice_query_count_is_constant(owner_client, owner, django_assert_max_num_queries):
    for _ in range(30):
        question = QuestionFactory(user=owner)
        question.record_review("again", when=timezone.now() - datetime.timedelta(days=1))
        AskedQuestionFactory(question=question, interview=InterviewFactory(user=owner))
    with django_assert_max_num_queries(9):
        response = owner_client.get(URL)
    assert response.status_code == 200
    assert response.context["due_count"] == 30
    assert response.context["question"].text in response.text


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_prep_pack_for_a_company(owner_client, owner, fmt):
    asked = QuestionFactory(user=owner, text="Why Acme?")
    Answer.objects.create(question=asked, body="Because **rockets**", situation="At my last job")
    AskedQuestionFactory(question=asked, interview=InterviewFactory(user=owner, company="Acme"))
    QuestionFactory(user=owner, text="Unrelated?")
    params = {"company": "Acme"} | ({"format": "markdown"} if fmt == "markdown" else {})
    response = owner_client.get(reverse("questionbank:prep-pack"), params)
    text = response.content.decode()
    assert "Why Acme?" in text
    assert "Unrelated?" not in text
    if fmt == "markdown":
        assert response["Content-Disposition"] == 'attachment; filename="prep-pack-acme.md"'
        assert "Because **rockets**" in text
        assert "**Situation:** At my last job" in text
    else:
        assert "<strong>rockets</strong>" in text


def test_prep_pack_of_a_selection(owner_client, owner):
    chosen = QuestionFactory(user=owner, text="Chosen?")
    QuestionFactory(user=owner, text="Not chosen?")
    response = owner_client.get(reverse("questionbank:prep-pack"), {"ids": [chosen.pk]})
    assert "Chosen?" in response.text
    assert "Not chosen?" not in response.text


def test_prep_pack_ignores_ids_that_are_digits_but_not_numbers(owner_client, owner):
    chosen = QuestionFactory(user=owner, text="Chosen?")
    response = owner_client.get(reverse("questionbank:prep-pack"), {"ids": [chosen.pk, "²"]})
    assert "Chosen?" in response.text


def test_undoing_a_rating_restores_the_schedule_and_only_the_latest_can_be(
    owner_client, owner, htmx_headers
):
    question = QuestionFactory(user=owner)
    first = question.record_review("good", when=timezone.now() - timezone.timedelta(days=3))
    card, due = question.card, question.due
    second = question.record_review("again")
    url = reverse("questionbank:practice-undo", args=[first.pk])
    owner_client.post(url, headers=htmx_headers)
    assert question.reviews.count() == 2  # not the latest: refused
    response = owner_client.post(
        reverse("questionbank:practice-undo", args=[second.pk]), headers=htmx_headers
    )
    assert 'id="practice-card"' in response.text
    question = Question.objects.get(pk=question.pk)
    assert (question.card, question.due) == (card, due)
    assert list(question.reviews.all()) == [first]


def test_another_users_rating_cannot_be_undone(outsider_client, owner):
    review = QuestionFactory(user=owner).record_review("good")
    response = outsider_client.post(reverse("questionbank:practice-undo", args=[review.pk]))
    assert response.status_code == 404
    assert review.question.reviews.count() == 1


def test_the_company_filter_offers_where_the_users_questions_were_asked(owner, outsider):
    for user, company in [(owner, "Acme"), (owner, "acme"), (owner, "Globex"), (outsider, "Hooli")]:
        AskedQuestionFactory(interview=InterviewFactory(user=user, company=company))
    InterviewFactory(user=owner, company="Initech")  # nothing asked there yet
    # One spelling per company; never another user's, never one where nothing was asked.
    companies = Question.objects.companies_asked(owner)
    assert sorted(name.lower() for name in companies) == ["acme", "globex"]

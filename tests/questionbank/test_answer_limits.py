"""Answers and notes are capped with a clear message; search survives huge documents."""

from django.urls import reverse

from questionbank.forms import MAX_ANSWER_LENGTH, MAX_NOTES_LENGTH
from questionbank.models import Answer, Question
from tests.factories import QuestionFactory

# Distinct words, so PostgreSQL's parsed text is as large as the text (the 1 MB tsvector limit).
HUGE = " ".join(f"w{n}x" for n in range(200_000))  # about 1.4 MB


def test_an_oversized_answer_is_refused_with_its_length(owner_client, owner):
    question = QuestionFactory(user=owner)
    body = "word " * (MAX_ANSWER_LENGTH // 5 + 1)
    response = owner_client.post(
        reverse("questionbank:answer-edit", args=[question.pk]), {"body": body, "status": "draft"}
    )
    assert response.status_code == 200
    assert f"An answer can be at most {MAX_ANSWER_LENGTH:,} characters; this one has 50,004." in (
        response.text
    )
    assert not Answer.objects.exists()


def test_an_oversized_autosave_says_why_it_was_not_saved(owner_client, owner, htmx_headers):
    question = QuestionFactory(user=owner)
    url = reverse("questionbank:answer-autosave", args=[question.pk])
    response = owner_client.post(
        url, {"body": "ok", "result": "r" * (MAX_ANSWER_LENGTH + 1), "status": "draft"},
        headers=htmx_headers,
    )  # fmt: skip
    assert "Not saved: check the form" in response.text
    assert "The result part can be at most 50,000 characters; this one has 50,001." in (
        response.text
    )
    assert not Answer.objects.exists()


def test_an_answer_at_the_limit_is_saved(owner_client, owner):
    question = QuestionFactory(user=owner)
    body = "x" * MAX_ANSWER_LENGTH
    owner_client.post(
        reverse("questionbank:answer-edit", args=[question.pk]), {"body": body, "status": "draft"}
    )
    assert Answer.objects.get().body == body


def test_oversized_question_notes_are_refused(owner_client, owner):
    response = owner_client.post(
        reverse("questionbank:question-create"),
        {"text": "Why us?", "category": "technical", "notes": "n" * (MAX_NOTES_LENGTH + 1)},
    )
    assert "Notes can be at most 20,000 characters; this one has 20,001." in response.text
    assert not Question.objects.exists()


def test_search_still_works_when_one_answer_is_huge(owner_client, owner):
    """Written before the cap, a 1.4 MB answer broke every search on PostgreSQL."""
    big = QuestionFactory(user=owner, text="Tell me about your thesis")
    Answer.objects.create(question=big, body=HUGE)
    QuestionFactory(user=owner, text="Why this thesis topic?")
    response = owner_client.get(reverse("questionbank:question-list"), {"q": "thesis"})
    assert response.status_code == 200
    assert "Tell me about your thesis" in response.text
    assert "Why this thesis topic?" in response.text
    # A word near the start of the huge answer is still found.
    found = owner_client.get(reverse("questionbank:question-list"), {"q": "w17x"})
    assert "Tell me about your thesis" in found.text

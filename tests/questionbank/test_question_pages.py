from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from questionbank.models import Answer, AnswerRevision, Question
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory


@pytest.fixture
def question(owner):
    return QuestionFactory(user=owner, text="Tell me about a failure")


def test_detail_shows_where_asked_answer_and_practice(owner_client, owner, question):
    interview = InterviewFactory(user=owner, company="Acme", outcome="rejected")
    AskedQuestionFactory(interview=interview, question=question, answer_notes="Rambled")
    Answer.objects.create(question=question, body="The **launch** that slipped", status="ready")
    question.record_review("hard")
    response = owner_client.get(question.get_absolute_url())
    html = response.text
    assert "Acme" in html and "rejected" in html and "Rambled" in html
    assert "<strong>launch</strong>" in html
    assert "Hard" in html


def test_detail_says_when_practice_is_due_or_overdue(owner_client, question):
    assert "Never practised." in owner_client.get(question.get_absolute_url()).text
    question.due = timezone.now() + timedelta(days=3)
    question.save(update_fields=["due"])
    assert "Next practice: <strong>" in owner_client.get(question.get_absolute_url()).text
    question.due = timezone.now() - timedelta(days=60)
    question.save(update_fields=["due"])
    html = owner_client.get(question.get_absolute_url()).text
    assert "Due for practice <strong>now</strong> (it fell due " in html
    assert "months ago" in html and "Next practice" not in html


def test_detail_query_count_is_constant(
    owner_client, owner, question, django_assert_max_num_queries
):
    for _ in range(20):
        AskedQuestionFactory(question=question, interview=InterviewFactory(user=owner))
        question.record_review("good")
        QuestionFactory(user=owner)
    # "Also asked as…" reads the stored look-alikes: one query, whatever the bank's size.
    with django_assert_max_num_queries(9):
        response = owner_client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert len(response.context["occurrences"]) == 20
    assert question.text in response.text


def test_edit_keeps_input_on_error(owner_client, owner, question):
    QuestionFactory(user=owner, text="Why us?")
    response = owner_client.post(
        reverse("questionbank:question-edit", args=[question.pk]),
        {"text": "Why us", "category": "company", "notes": "my notes"},
    )
    assert "You already have this question" in response.text
    assert "my notes" in response.text


def test_merge_view(owner_client, owner, question):
    other = QuestionFactory(user=owner, text="What went wrong on a project?")
    AskedQuestionFactory(question=other, interview=InterviewFactory(user=owner))
    response = owner_client.post(
        reverse("questionbank:question-merge", args=[question.pk]),
        {"duplicate": other.pk, "confirmed": "1"},
    )
    assert response.url == question.get_absolute_url()
    assert not Question.objects.filter(pk=other.pk).exists()
    assert question.asked.count() == 1


def test_merge_cannot_take_another_users_question(owner_client, outsider, question):
    theirs = QuestionFactory(user=outsider)
    owner_client.post(
        reverse("questionbank:question-merge", args=[question.pk]),
        {"duplicate": theirs.pk, "confirmed": "1"},
    )
    assert Question.objects.filter(pk=theirs.pk).exists()


def test_delete_confirms_then_deletes(owner_client, question):
    url = reverse("questionbank:question-delete", args=[question.pk])
    assert "Tell me about a failure" in owner_client.get(url).text
    owner_client.post(url)
    assert not Question.objects.filter(pk=question.pk).exists()


def test_answer_autosave_shows_saved_time_words_and_speaking_time(
    owner_client, question, htmx_headers
):
    url = reverse("questionbank:answer-autosave", args=[question.pk])
    body = " ".join(["word"] * 130)
    page = {"status": "draft", "editor": "a" * 32}  # one open editor page
    response = owner_client.post(url, {"body": body, **page}, headers=htmx_headers)
    assert response.text.strip().startswith('<aside id="answer-status"')
    assert "Saved at" in response.text
    assert ">130</span> words" in response.text
    assert "About 60 seconds to say" in response.text
    answer = Answer.objects.get(question=question)
    assert answer.revisions.count() == 1

    owner_client.post(url, {"body": body + " more", **page}, headers=htmx_headers)
    assert answer.revisions.count() == 1  # autosaves close together amend one revision
    assert answer.revisions.get().body.endswith("more")


def test_invalid_autosave_says_so_and_keeps_nothing_bad(owner_client, question, htmx_headers):
    url = reverse("questionbank:answer-autosave", args=[question.pk])
    response = owner_client.post(url, {"body": "x", "status": "published"}, headers=htmx_headers)
    assert "Not saved: check the form" in response.text
    assert not Answer.objects.filter(question=question).exists()


def test_saving_pins_a_revision_and_restore_brings_an_old_one_back(owner_client, question):
    edit = reverse("questionbank:answer-edit", args=[question.pk])
    owner_client.post(edit, {"body": "First version", "status": "draft"})
    owner_client.post(edit, {"body": "Second version", "status": "ready"})
    answer = Answer.objects.get(question=question)
    first = answer.revisions.get(body="First version")
    revisions = owner_client.get(reverse("questionbank:answer-revisions", args=[question.pk]))
    assert "First version" in revisions.text and "Second version" in revisions.text

    owner_client.post(reverse("questionbank:revision-restore", args=[question.pk, first.pk]))
    answer.refresh_from_db()
    assert answer.body == "First version"
    assert AnswerRevision.objects.filter(answer=answer, body="Second version").exists()


def test_answer_editor_renders_star_fields(owner_client, question):
    response = owner_client.get(reverse("questionbank:answer-edit", args=[question.pk]))
    for name in ("body", "situation", "task", "action", "result"):
        assert f'name="{name}"' in response.text


def test_where_it_was_asked_is_listed_a_page_at_a_time(owner_client, owner, question):
    for n in range(25):
        interview = InterviewFactory(user=owner, company=f"Company {n:02}")
        AskedQuestionFactory(question=question, interview=interview)
    first = owner_client.get(question.get_absolute_url())
    assert len(first.context["occurrences"]) == 20
    assert "25 interviews, newest first." in first.text
    assert "Page 1 of 2" in first.text
    second = owner_client.get(question.get_absolute_url(), {"page": 2})
    assert len(second.context["occurrences"]) == 5
    pages = (first, second)
    shown = {item.interview.company for page in pages for item in page.context["occurrences"]}
    assert len(shown) == 25

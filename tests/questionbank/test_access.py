"""Another user's question, answer, revision or practice card is a 404, and nothing changes."""

import pytest
from django.urls import reverse

from questionbank.models import Answer, Question
from tests.factories import QuestionFactory


@pytest.fixture
def question(owner):
    question = QuestionFactory(user=owner, text="Mine?")
    answer = Answer.objects.create(question=question, body="Original")
    answer.snapshot(force_new=True)
    return question


@pytest.mark.parametrize("htmx", [False, True])
def test_another_user_gets_404_everywhere(outsider_client, outsider, question, htmx):
    pk = question.pk
    revision = question.answer.revisions.get()
    headers = {"HX-Request": "true"} if htmx else {}
    theirs = QuestionFactory(user=outsider)
    review = question.record_review("good")
    due = question.due
    hack = {"body": "Hacked", "status": "draft"}
    urls = [
        ("get", reverse("questionbank:question-detail", args=[pk]), {}),
        ("get", reverse("questionbank:question-edit", args=[pk]), {}),
        ("post", reverse("questionbank:question-edit", args=[pk]), {"text": "Hacked"}),
        ("get", reverse("questionbank:question-delete", args=[pk]), {}),
        ("post", reverse("questionbank:question-delete", args=[pk]), {}),
        ("post", reverse("questionbank:question-merge", args=[pk]),
         {"duplicate": theirs.pk, "confirmed": "1"}),
        ("get", reverse("questionbank:merge-candidates", args=[pk]), {"merge_q": "Mine"}),
        ("get", reverse("questionbank:answer-edit", args=[pk]), {}),
        ("post", reverse("questionbank:answer-edit", args=[pk]), hack),
        ("post", reverse("questionbank:answer-autosave", args=[pk]), hack),
        ("get", reverse("questionbank:answer-revisions", args=[pk]), {}),
        ("post", reverse("questionbank:revision-restore", args=[pk, revision.pk]), {}),
        ("get", reverse("questionbank:revision-diff", args=[pk, revision.pk]), {}),
        ("post", reverse("questionbank:answer-preview", args=[pk]), hack),
        ("post", reverse("questionbank:practice-rate", args=[pk]), {"rating": "easy"}),
        ("post", reverse("questionbank:practice-undo", args=[review.pk]), {}),
    ]  # fmt: skip
    for method, url, data in urls:
        response = getattr(outsider_client, method)(url, data, headers=headers)
        assert response.status_code == 404, (method, url)
    question.refresh_from_db()
    assert question.text == "Mine?"
    assert question.answer.body == "Original"
    assert question.due == due
    assert list(question.reviews.all()) == [review]
    assert Question.objects.filter(pk=theirs.pk).exists()


def test_a_revision_must_belong_to_the_question_in_the_url(owner_client, owner, question):
    other = QuestionFactory(user=owner)
    other_answer = Answer.objects.create(question=other, body="Other")
    revision = other_answer.snapshot(force_new=True)
    url = reverse("questionbank:revision-restore", args=[question.pk, revision.pk])
    assert owner_client.post(url).status_code == 404


def test_bank_practice_and_prep_pack_show_only_own_questions(owner_client, outsider):
    QuestionFactory(user=outsider, text="Their secret question?")
    for url in (
        reverse("questionbank:question-list"),
        reverse("questionbank:practice"),
        reverse("questionbank:prep-pack") + "?category=behavioural",
        reverse("questionbank:question-list") + "?q=secret",
    ):
        assert "Their secret question?" not in owner_client.get(url).text

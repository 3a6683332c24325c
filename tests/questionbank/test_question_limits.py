"""The bank's own forms: question length capped, wordings compared after expanding contractions."""

from django.urls import reverse

from questionbank.actions import starter_questions_add
from questionbank.models import Question
from questionbank.starter import STARTER_QUESTIONS
from questionbank.text import MAX_QUESTION_LENGTH, wording_hash
from tests.factories import QuestionFactory


def test_adding_an_overlong_question_says_so_and_keeps_the_text(owner_client, owner):
    text = "Describe " + "x" * MAX_QUESTION_LENGTH
    response = owner_client.post(
        reverse("questionbank:question-create"), {"text": text, "category": "technical"}
    )
    assert response.status_code == 200
    assert f"This question is {len(text):,} characters long" in response.text
    assert text in response.text
    assert not Question.objects.exists()


def test_editing_a_question_to_an_overlong_one_is_refused(owner_client, owner):
    question = QuestionFactory(user=owner, text="Why us?")
    response = owner_client.post(
        reverse("questionbank:question-edit", args=[question.pk]),
        {"text": "Why " * 300, "category": "technical"},
    )
    assert "characters long" in response.text
    question.refresh_from_db()
    assert question.text == "Why us?"


def test_a_contracted_wording_of_an_existing_question_is_refused_as_a_duplicate(
    owner_client, owner
):
    QuestionFactory(user=owner, text="What is your biggest weakness?")
    response = owner_client.post(
        reverse("questionbank:question-create"),
        {"text": "What's your biggest weakness?", "category": "about_you"},
    )
    assert "You already have this question (“What is your biggest weakness?”)" in (response.text)
    assert owner.questions.count() == 1


def test_saving_a_question_sets_its_keys(owner):
    question = QuestionFactory(user=owner, text="What's next?")
    assert question.normalized_text == "what is next"
    assert question.normalized_hash == wording_hash("What is next?")
    question.text = "Whats after that?"
    question.save(update_fields=["text"])
    question.refresh_from_db()
    assert question.normalized_text == "what is after that"


def test_the_starter_library_adds_no_duplicate_of_a_contracted_wording(owner_client, owner):
    index = next(i for i, (_, t, _) in enumerate(STARTER_QUESTIONS) if "biggest weakness" in t)
    assert STARTER_QUESTIONS[index][1] == "What is your biggest weakness?"
    QuestionFactory(user=owner, text="What's your biggest weakness?")
    page = owner_client.get(reverse("questionbank:starter"))
    assert f'id="starter-{index}" disabled checked' in page.text
    assert page.text.count("in your bank</span>") == 1
    assert starter_questions_add(user=owner, indexes=[index]) == (0, 1)
    assert owner.questions.get().text == "What's your biggest weakness?"


def test_two_users_can_have_the_same_wording(owner, outsider):
    QuestionFactory(user=owner, text="Why us?")
    QuestionFactory(user=outsider, text="Why us?")
    assert Question.objects.count() == 2

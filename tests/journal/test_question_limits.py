"""Question length and count are capped with a message that says which line, never a 500."""

from django.urls import reverse

from journal.models import Interview
from questionbank.models import Question
from questionbank.text import MAX_QUESTION_LENGTH, MAX_QUESTIONS_PER_INTERVIEW
from tests.factories import AskedQuestionFactory, InterviewFactory

DEBRIEF = reverse("journal:quick-debrief")


def _debrief(client, questions: str):
    return client.post(
        DEBRIEF,
        {"company": "Acme", "round": "other", "date": "2026-11-20", "questions": questions},
    )


def test_a_question_line_of_thousands_of_characters_is_named_and_nothing_is_lost(
    owner_client, owner
):
    long = "Tell me about " + "a really long story " * 150  # ~3,000 characters
    response = _debrief(owner_client, f"Why Acme?\n{long}\nWhen could you start?")
    assert response.status_code == 200
    assert not Interview.objects.exists()
    assert not Question.objects.exists()
    assert f"Line 2 is {len(long.strip()):,} characters long" in response.text
    assert "“Tell me about a really long story" in response.text
    # What was typed is still in the form.
    assert "When could you start?" in response.text
    assert "a really long story a really long story" in response.text


def test_a_question_at_the_limit_is_saved(owner_client, owner):
    text = "W" * (MAX_QUESTION_LENGTH - 1) + "?"
    response = _debrief(owner_client, text)
    assert response.status_code == 302
    assert owner.questions.get().text == text


def test_more_questions_than_an_interview_holds_are_refused(owner_client, owner):
    lines = "\n".join(f"Question {n}?" for n in range(MAX_QUESTIONS_PER_INTERVIEW + 1))
    response = _debrief(owner_client, lines)
    assert response.status_code == 200
    assert not Interview.objects.exists()
    assert f"That is 101 questions; a debrief can hold at most {MAX_QUESTIONS_PER_INTERVIEW}" in (
        response.text
    )
    assert _debrief(owner_client, lines.rsplit("\n", 1)[0]).status_code == 302
    assert Interview.objects.get().asked.count() == MAX_QUESTIONS_PER_INTERVIEW


def test_adding_an_overlong_question_on_the_interview_page_says_so(
    owner_client, owner, htmx_headers
):
    interview = InterviewFactory(user=owner)
    url = reverse("journal:question-add", args=[interview.pk])
    text = "Why " * 200
    response = owner_client.post(url, {"text": text}, headers=htmx_headers)
    assert response.status_code == 200
    assert "This question is 799 characters long" in response.text
    assert 'aria-invalid="true"' in response.text
    assert not interview.asked.exists()


def test_an_interview_full_of_questions_takes_no_more(owner_client, owner, htmx_headers):
    interview = InterviewFactory(user=owner)
    for _ in range(MAX_QUESTIONS_PER_INTERVIEW):
        AskedQuestionFactory(interview=interview)
    url = reverse("journal:question-add", args=[interview.pk])
    response = owner_client.post(url, {"text": "One more?"}, headers=htmx_headers)
    assert f"already has {MAX_QUESTIONS_PER_INTERVIEW} questions" in response.text
    assert interview.asked.count() == MAX_QUESTIONS_PER_INTERVIEW


def test_contracted_and_long_wordings_in_two_debriefs_are_one_question(owner_client, owner):
    _debrief(owner_client, "What's your biggest weakness?")
    _debrief(owner_client, "What is your biggest weakness?")
    question = owner.questions.get()
    assert question.text == "What's your biggest weakness?"
    assert question.asked.count() == 2

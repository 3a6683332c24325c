"""Question length and count are capped with a message that says which line, never a 500."""

import uuid

from django.urls import reverse

from core.context_processors import draft_owner
from journal.models import Interview
from questionbank.models import Question
from questionbank.text import MAX_QUESTION_LENGTH, MAX_QUESTIONS_PER_INTERVIEW
from tests.factories import AskedQuestionFactory, InterviewFactory

DEBRIEF = reverse("journal:quick-debrief")


def _debrief(client, questions: str, token=None):
    fields = {"company": "Acme", "round": "other", "date": "2026-11-20", "questions": questions}
    return client.post(DEBRIEF, fields | ({"draft_token": str(token)} if token else {}))


def numbered(start: int, stop: int) -> str:
    return "\n".join(f"Question {n}?" for n in range(start, stop))


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


def test_a_stale_tab_cannot_take_a_saved_debrief_past_the_cap_and_keeps_its_typing(
    owner_client, owner
):
    token = uuid.uuid4()
    assert _debrief(owner_client, numbered(0, 95), token).status_code == 302
    # The second tab, opened before the first one saved, sends 8 questions more.
    stale = numbered(90, 103)
    response = _debrief(owner_client, stale, token)
    assert response.status_code == 200
    field = response.text.split('id="id_questions"')[1].split("</textarea>")[0]
    assert "Question 102?" in field  # what that tab typed is still there to trim
    error = response.text.split('<div id="id_questions_error"')[1].split("</div>")[0]
    assert "already has 95 questions; these 8 new ones would make 103" in error
    interview = Interview.objects.get()
    assert interview.asked.count() == 95
    assert owner.questions.count() == 95  # nor are the refused ones in the bank
    # Trimmed to fit, it goes in.
    assert _debrief(owner_client, numbered(90, 100), token).status_code == 302
    assert interview.asked.count() == 100


def test_the_offline_sync_of_a_stale_debrief_is_refused_with_the_reason(owner_client, owner):
    token = uuid.uuid4()
    assert _debrief(owner_client, numbered(0, 100), token).status_code == 302
    sent = {"draft_token": str(token), "draft_owner": draft_owner(owner), "company": "Acme",
            "date": "2026-11-20", "questions": "A brand new one?"}  # fmt: skip
    response = owner_client.post(reverse("journal:debrief-sync"), sent)
    assert response.status_code == 400
    assert "already has 100 questions, the most one interview can hold" in (
        " ".join(response.json()["errors"])
    )
    assert Interview.objects.get().asked.count() == 100

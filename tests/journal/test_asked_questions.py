import pytest
from django.urls import reverse

from questionbank.models import Question
from tests.factories import AskedQuestionFactory, InterviewFactory


@pytest.fixture
def interview(owner):
    return InterviewFactory(user=owner, company="Acme")


def test_adding_a_question_with_htmx_returns_the_list(owner_client, interview, htmx_headers):
    response = owner_client.post(
        reverse("journal:question-add", args=[interview.pk]),
        {"text": "  Why   Acme? "},
        headers=htmx_headers,
    )
    assert response.text.strip().startswith('<section id="questions"')
    assert "Why Acme?" in response.text
    assert interview.asked.get().question.text == "Why Acme?"


def test_adding_an_empty_question_explains_and_keeps_the_list(
    owner_client, interview, htmx_headers
):
    AskedQuestionFactory(interview=interview, question__text="Existing one?")
    response = owner_client.post(
        reverse("journal:question-add", args=[interview.pk]), {"text": " ?? "}, headers=htmx_headers
    )
    assert "Type the question as they asked it." in response.text
    assert "Existing one?" in response.text
    assert interview.asked.count() == 1


def test_adding_without_js_redirects(owner_client, interview):
    response = owner_client.post(
        reverse("journal:question-add", args=[interview.pk]), {"text": "Why?"}
    )
    assert response.url.endswith("#questions")


def test_remove_and_reorder(owner_client, interview, htmx_headers):
    a = AskedQuestionFactory(interview=interview, position=0)
    b = AskedQuestionFactory(interview=interview, position=1)
    response = owner_client.post(
        reverse("journal:question-move", args=[interview.pk, b.pk]),
        {"direction": "up"},
        headers=htmx_headers,
    )
    assert list(interview.asked.all()) == [b, a]
    assert response.text.index(b.question.text) < response.text.index(a.question.text)
    response = owner_client.post(
        reverse("journal:question-remove", args=[interview.pk, b.pk]), headers=htmx_headers
    )
    assert list(interview.asked.all()) == [a]
    section = response.text.split('id="messages"')[0]  # the Undo message follows, out of band
    assert b.question.text not in section
    assert f"Removed “{b.question.text}”." in response.text
    assert b.question.__class__.objects.filter(pk=b.question.pk).exists()  # stays in the bank


def test_notes_per_question(owner_client, interview, htmx_headers):
    asked = AskedQuestionFactory(interview=interview)
    url = reverse("journal:question-notes", args=[interview.pk, asked.pk])
    form = owner_client.get(url, headers=htmx_headers)
    assert 'name="answer_notes"' in form.text
    bad = owner_client.post(
        url, {"answer_notes": "STAR story", "rating": "0"}, headers=htmx_headers
    )
    assert "Choose a rating from 1 to 5." in bad.text
    assert "STAR story" in bad.text
    owner_client.post(
        url,
        {"answer_notes": "STAR story", "rating": "2", "caught_off_guard": "on"},
        headers=htmx_headers,
    )
    asked.refresh_from_db()
    assert (asked.answer_notes, asked.rating, asked.caught_off_guard) == ("STAR story", 2, True)


def test_an_asked_question_of_another_interview_is_404(owner_client, owner, interview):
    other = AskedQuestionFactory(interview=InterviewFactory(user=owner))
    url = reverse("journal:question-remove", args=[interview.pk, other.pk])
    assert owner_client.post(url).status_code == 404


def test_captured_questions_get_a_suggested_category(owner_client, owner):
    from journal.models import Interview

    owner_client.post(
        reverse("journal:quick-debrief"),
        {
            "company": "Acme",
            "date": "2026-11-20",
            "questions": "Design a URL shortener\nWhy Acme?\nWhen could you start?",
        },
    )
    interview = Interview.objects.get(user=owner)
    got = [(a.question.category, a.question.category_suggested) for a in interview.asked.all()]
    assert got == [("technical", True), ("company", True), ("salary", True)]
    html = owner_client.get(interview.get_absolute_url()).text
    assert "Category (suggested)" in html
    assert "How categories are suggested" in html


def test_a_corrected_category_is_kept_when_the_question_is_asked_again(owner_client, owner):
    interview = InterviewFactory(user=owner)
    owner_client.post(reverse("journal:question-add", args=[interview.pk]), {"text": "Why Acme?"})
    asked = interview.asked.get()
    response = owner_client.post(
        reverse("journal:question-category", args=[interview.pk, asked.pk]),
        {"category": "about_you"},
        headers={"HX-Request": "true"},
    )
    assert 'id="questions"' in response.text
    assert '<option value="about_you" selected>' in response.text
    question = Question.objects.get(pk=asked.question_id)
    assert (question.category, question.category_suggested) == ("about_you", False)
    later = InterviewFactory(user=owner)
    owner_client.post(reverse("journal:question-add", args=[later.pk]), {"text": "why acme"})
    question.refresh_from_db()
    assert (question.category, question.category_suggested) == ("about_you", False)
    assert later.asked.get().question_id == question.pk


def test_an_unknown_category_is_refused(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner, question__category="technical")
    response = owner_client.post(
        reverse("journal:question-category", args=[asked.interview_id, asked.pk]),
        {"category": "nonsense"},
        follow=True,
    )
    assert "Choose one of the listed categories." in response.text
    asked.question.refresh_from_db()
    assert asked.question.category == "technical"

"""A NUL byte anywhere in a request is taken out before it reaches a form or the database."""

import uuid

from django.http import QueryDict
from django.test import RequestFactory
from django.urls import reverse

from core.middleware import NulByteMiddleware
from journal.models import DebriefDraft, Interview
from questionbank.models import Question
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory


def _echo(request):
    return request


def test_the_middleware_strips_nul_from_query_post_and_cookies():
    request = RequestFactory().post(
        "/journal/?q=Ac%00me&q=x%00", {"company": "Ac\x00me", "a\x00": "b"}
    )
    request.COOKIES["sessionid"] = "abc\x00def"
    seen = NulByteMiddleware(_echo)(request)
    assert seen.GET.getlist("q") == ["Acme", "x"]
    assert seen.POST["company"] == "Acme"
    assert seen.POST["a"] == "b"
    assert seen.COOKIES["sessionid"] == "abcdef"
    assert isinstance(seen.POST, QueryDict) and not seen.POST._mutable


def test_a_clean_request_is_left_as_it_is():
    request = RequestFactory().get("/journal/?q=Acme")
    original = request.GET
    assert NulByteMiddleware(_echo)(request).GET is original


def test_autosave_with_nul_keeps_the_rest_of_the_text(owner_client, owner, htmx_headers):
    token = uuid.uuid4()
    response = owner_client.post(
        reverse("journal:debrief-autosave"),
        {"draft_token": token, "company": "Ac\x00me", "questions": "Why\x00 us?"},
        headers=htmx_headers,
    )
    assert "Draft saved at" in response.text
    assert DebriefDraft.objects.get(user=owner).data == {"company": "Acme", "questions": "Why us?"}
    # And the next autosave still works.
    response = owner_client.post(
        reverse("journal:debrief-autosave"),
        {"draft_token": token, "company": "Acme Corp"},
        headers=htmx_headers,
    )
    assert "Draft saved at" in response.text


def test_quick_debrief_with_nul_saves_without_it(owner_client, owner):
    response = owner_client.post(
        reverse("journal:quick-debrief"),
        {
            "company": "Acme\x00",
            "round": "other",
            "date": "2026-11-20",
            "questions": "Tell me\x00 about yourself",
        },
    )
    interview = Interview.objects.get(user=owner)
    assert response.url == interview.get_absolute_url()
    assert interview.company == "Acme"
    assert interview.asked.get().question.text == "Tell me about yourself"


def test_filters_with_nul_answer_the_page(owner_client, owner):
    question = QuestionFactory(user=owner, text="Why Acme?")
    AskedQuestionFactory(question=question, interview=InterviewFactory(user=owner, company="Acme"))
    for url in [
        reverse("journal:interview-list") + "?q=Ac%00me&company=%00",
        reverse("questionbank:question-list") + "?q=Acme%00&tag=x%00&company=Ac%00me",
        reverse("questionbank:practice") + "?company=Ac%00me&category=%00",
        reverse("questionbank:prep-pack") + "?company=Ac%00me",
    ]:
        response = owner_client.get(url)
        assert response.status_code == 200, url
        assert "Why Acme?" in response.text or "Acme" in response.text, url
    pack = owner_client.get(reverse("questionbank:prep-pack") + "?company=Ac%00me")
    assert "Why Acme?" in pack.text


def test_company_page_with_nul_in_the_path_is_not_found(owner_client, owner):
    InterviewFactory(user=owner, company="Acme")
    assert owner_client.get("/journal/companies/Ac%00me/").status_code == 404
    # Company pages take the name as a query parameter, where the NUL is stripped.
    page = owner_client.get(reverse("journal:company-detail") + "?name=Ac%00me")
    assert page.status_code == 200
    assert page.context["company"] == "Acme"


def test_practice_rating_with_nul_is_recognised(owner_client, owner, htmx_headers):
    question = QuestionFactory(user=owner)
    response = owner_client.post(
        reverse("questionbank:practice-rate", args=[question.pk]),
        {"rating": "go\x00od", "company": "\x00", "seconds": "4\x002"},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert question.reviews.get().seconds == 42


def test_a_nul_in_the_session_cookie_is_a_logged_out_visit(client, owner):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    response = client.get(reverse("journal:interview-list"))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_forms_refuse_nul_even_without_the_middleware(owner):
    from questionbank.forms import QuestionForm

    form = QuestionForm({"text": "Why\x00 us?", "category": "technical"}, user=owner)
    assert not form.is_valid()
    assert "Null characters are not allowed." in form.errors["text"]
    assert not Question.objects.exists()

"""The global search page: everything the user wrote, grouped, marked, and only theirs."""

import re

import pytest
from django.urls import reverse

from journal.models import ActionItem, Strength
from questionbank.models import Answer
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
    WeaknessFactory,
)

URL = reverse("search:results")


def search(client, q, **params):
    return client.get(URL, {"q": q, **params})


def section(html: str, key: str) -> str:
    """The results section of one kind (empty when the kind has no results)."""
    found = re.search(rf'<section[^>]*aria-labelledby="results-{key}".*?</section>', html, re.S)
    return found.group() if found else ""


@pytest.fixture
def journal(owner):
    """One of each kind, each holding the word 'kubernetes' in a different field."""
    interview = InterviewFactory(
        user=owner, company="Acme", role="SRE", feedback="Strong on Kubernetes upgrades."
    )
    question = QuestionFactory(user=owner, text="How do you roll out a Kubernetes upgrade?")
    Answer.objects.create(
        question=QuestionFactory(user=owner, text="Tell me about an outage."),
        action="I drained the kubernetes nodes one by one.",
    )
    weakness = WeaknessFactory(user=owner, name="Rambling")
    ActionItem.objects.create(weakness=weakness, text="Rehearse the Kubernetes story in 2 minutes")
    Strength.objects.create(user=owner, name="Calm", evidence="Led the kubernetes migration.")
    return {"interview": interview, "question": question, "weakness": weakness}


def test_it_finds_every_kind_grouped_with_counts_and_links(owner_client, journal):
    response = search(owner_client, "kubernetes")
    html = response.text
    assert response.status_code == 200
    assert "5 results for “kubernetes”" in html
    interview, question = journal["interview"], journal["question"]
    for key, text, url in [
        ("interviews", "on <mark>Kubernetes</mark> upgrades.", interview.get_absolute_url()),
        ("questions", "a <mark>Kubernetes</mark> upgrade?", question.get_absolute_url()),
        ("answers", "I drained the <mark>kubernetes</mark> nodes", "#answer-title"),
        ("weaknesses", "the <mark>Kubernetes</mark> story", journal["weakness"].get_absolute_url()),
        ("strengths", "Led the <mark>kubernetes</mark> migration.", "#strength-"),
    ]:
        found = section(html, key)
        assert text in found, key
        assert url in found, key
        assert '<span class="badge text-bg-secondary">1</span>' in found, key
    assert "Feedback:" in section(html, "interviews")
    assert "Plan step:" in section(html, "weaknesses")
    assert "Action:" in section(html, "answers")


def test_every_word_must_be_found(owner_client, journal):
    html = search(owner_client, "kubernetes migration").text
    assert "1 result for" in html
    assert "<mark>Calm</mark>" not in html and "Calm" in section(html, "strengths")
    assert section(html, "interviews") == ""
    nothing = search(owner_client, "kubernetes zebra").text
    assert "Nothing you wrote contains all of these words" in nothing


def test_more_interview_fields_and_the_questions_notes_are_searched(owner_client, owner):
    interview = InterviewFactory(user=owner, company="Globex", lessons="Bring a printed portfolio.")
    AskedQuestionFactory(interview=interview, answer_notes="Mentioned the zeppelin project.")
    weakness = WeaknessFactory(user=owner, name="Nerves")
    ObservationFactory(weakness=weakness, interview=interview, note="Shook at the whiteboard.")

    def found_in(word, kind):
        return section(search(owner_client, word).text, kind)

    assert "Lessons:" in found_in("portfolio", "interviews")
    assert "How I answered a question:" in found_in("zeppelin", "interviews")
    assert "Noted in an interview:" in found_in("whiteboard", "weaknesses")


def test_another_users_text_never_appears(owner_client, outsider_client, outsider, journal):
    InterviewFactory(user=outsider, company="Initech", notes="kubernetes secrets of mallory")
    mine = search(owner_client, "kubernetes").text
    assert "Initech" not in mine and "mallory" not in mine
    theirs = search(outsider_client, "kubernetes").text
    assert "1 result for" in theirs and "Initech" in theirs
    for text in ["Acme", "drained", "Rehearse", "Calm", "roll out"]:
        assert text not in theirs


def test_what_the_user_wrote_is_escaped(owner_client, owner):
    notes = "<img src=x onerror=alert(1)> bo"
    InterviewFactory(user=owner, company="<b>Bold</b> Corp", notes=notes)
    html = search(owner_client, "bo").text
    assert "<img src=x" not in html and "<b>Bold" not in html
    assert "&lt;b&gt;<mark>Bo" in html and "&lt;/b&gt; Corp" in html
    assert "&lt;img src=x onerror=alert(1)&gt; <mark>bo</mark>" in html


def test_an_empty_or_over_long_query_says_so(owner_client, journal):
    assert "Type a word or two you remember" in search(owner_client, "").text
    assert "Type a word or two you remember" in search(owner_client, " ?! ").text
    html = search(owner_client, "kubernetes " * 30).text
    assert "Search for at most 200 characters." in html
    assert "<mark>" not in html


def test_each_kind_shows_its_best_ten_and_links_to_all_of_them(owner_client, owner):
    for n in range(13):
        QuestionFactory(user=owner, text=f"Widget question {n:02}?")
    # First by its wording, but the word is only in its notes: ranked below the others.
    QuestionFactory(user=owner, text="Aardvark?", notes="A widget story.")
    html = search(owner_client, "widget").text
    questions = section(html, "questions")
    assert questions.count("<li") == 10
    assert "<mark>Widget</mark> question 00?" in questions
    assert "Aardvark" not in questions
    assert "Show all 14 questions" in questions
    page_one = search(owner_client, "widget", kind="questions").text
    assert "14 results for “widget” in questions" in page_one
    assert section(page_one, "questions").count("<li") == 14
    assert "Show all" not in page_one


def test_a_kind_pages_through_its_results(owner_client, owner):
    for n in range(27):
        InterviewFactory(user=owner, company=f"Hooli {n}")
    page_two = search(owner_client, "hooli", kind="interviews", page=2).text
    assert section(page_two, "interviews").count("<li") == 2
    assert "Page 2 of 2" in page_two


def test_htmx_gets_only_the_results(owner_client, journal, htmx_headers):
    response = owner_client.get(URL, {"q": "kubernetes"}, headers=htmx_headers)
    assert response.text.lstrip().startswith('<div id="search-results"')
    assert "<nav" in response.text and "navbar" not in response.text
    assert "<mark>Kubernetes</mark>" in response.text


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL, {"q": "x"})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_navigation_has_the_search_box_with_its_shortcut(owner_client):
    html = owner_client.get(reverse("journal:interview-list")).text
    assert re.search(r'<form class="nav-search[^>]*action="/search/"', html)
    assert 'placeholder="Search (press /)" aria-keyshortcuts="/"' in html
    assert '<label class="visually-hidden" for="nav-search">' in html


def test_the_query_count_does_not_grow_with_the_results(
    owner_client, owner, django_assert_max_num_queries
):
    def fill(start, stop):
        for i in range(start, stop):
            interview = InterviewFactory(user=owner, company=f"Umbrella {i}", notes="umbrella")
            AskedQuestionFactory(interview=interview, answer_notes="umbrella")
            weakness = WeaknessFactory(user=owner, name=f"Umbrella weakness {i}")
            ActionItem.objects.create(weakness=weakness, text="umbrella step")
            question = QuestionFactory(user=owner, text=f"Umbrella {i}?")
            Answer.objects.create(question=question, body="umbrella")

    fill(0, 2)
    with django_assert_max_num_queries(12) as few:
        search(owner_client, "umbrella")
    fill(2, 14)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = search(owner_client, "umbrella").text
    assert "Show all 14 interviews" in html

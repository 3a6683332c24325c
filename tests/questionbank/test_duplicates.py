"""Possible duplicates: suggested with evidence, merged in one step, or remembered as different."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.templatetags.dates import when
from questionbank.models import LookAlike, NotSamePair, Question
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory

URL = reverse("questionbank:duplicates")
GLOBEX_DAY, INITECH_DAY = datetime.date(2026, 3, 12), datetime.date(2026, 5, 2)


@pytest.fixture
def pair(owner):
    globex = InterviewFactory(user=owner, company="Globex", date=GLOBEX_DAY)
    initech = InterviewFactory(user=owner, company="Initech", date=INITECH_DAY)
    first = AskedQuestionFactory(
        interview=globex, question__text="Tell me about yourself."
    ).question
    second = AskedQuestionFactory(
        interview=initech, question__text="Walk me through your background."
    ).question
    QuestionFactory(user=owner, text="Why do you want this job?")
    QuestionFactory(user=owner, text="Why do you want to leave your job?")
    return first, second


def test_the_page_suggests_the_pair_with_its_evidence(owner_client, pair):
    response = owner_client.get(URL)
    page = response.content.decode()
    assert page.count('duplicate-pair"') == 1
    assert "Tell me about yourself." in page and "Walk me through your background." in page
    assert "Both read as <strong>“Tell me about yourself”</strong>" in page
    assert f"Globex ({when(GLOBEX_DAY)})" in page and f"Initech ({when(INITECH_DAY)})" in page
    assert "It mentions “walk + through + background”" in page
    # Shared words are not enough: leaving a job and wanting this one stay apart.
    assert "Why do you want to leave your job?" not in page


def test_the_page_says_so_when_there_is_nothing_to_suggest(owner_client, owner):
    QuestionFactory(user=owner, text="What is your biggest weakness?")
    QuestionFactory(user=owner, text="What is your greatest strength?")
    response = owner_client.get(URL)
    assert "No possible duplicates" in response.content.decode()


def test_merging_keeps_the_chosen_wording_and_its_interviews(owner_client, pair):
    first, second = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-merge"),
        {"keep": second.pk, "drop": first.pk, "confirmed": "1"},
    )
    assert response.status_code == 302 and response["Location"] == URL
    survivor = Question.objects.get(pk=second.pk)
    assert not Question.objects.filter(pk=first.pk).exists()
    companies = {a.interview.company for a in survivor.asked.select_related("interview")}
    assert companies == {"Globex", "Initech"}
    assert "duplicate-pair" not in owner_client.get(URL).content.decode()


def test_not_the_same_is_remembered(owner_client, owner, pair):
    first, second = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-dismiss"), {"first": second.pk, "second": first.pk}
    )
    assert response.status_code == 302
    remembered = NotSamePair.objects.get()
    assert (remembered.first_id, remembered.second_id) == (first.pk, second.pk)
    assert "duplicate-pair" not in owner_client.get(URL).content.decode()
    # Still remembered after the wording is read again (new text, rules, or a fresh process).
    Question.objects.filter(pk=first.pk).update(meaning_stamp="")
    assert "duplicate-pair" not in owner_client.get(URL).content.decode()
    page = owner_client.get(first.get_absolute_url()).content.decode()
    also = page.split("Also asked as…")[1].split("Same question, other wording?")[0]
    assert "Walk me through your background." not in also
    assert "No other question in your bank reads like this one." in also
    # Saying it twice changes nothing.
    owner_client.post(
        reverse("questionbank:duplicate-dismiss"), {"first": first.pk, "second": second.pk}
    )
    assert NotSamePair.objects.count() == 1


def test_htmx_actions_return_the_refreshed_list(owner_client, pair, htmx_headers):
    first, second = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-dismiss"),
        {"first": first.pk, "second": second.pk},
        headers=htmx_headers,
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="duplicates">')
    assert "<html" not in body and "No possible duplicates" in body
    fragment = owner_client.get(URL, headers=htmx_headers).content.decode()
    assert fragment.lstrip().startswith('<div id="duplicates">')


def test_a_question_page_shows_also_asked_as_with_merge(owner_client, pair):
    first, second = pair
    page = owner_client.get(first.get_absolute_url()).content.decode()
    also = page.split("Also asked as…")[1].split("Same question, other wording?")[0]
    assert "Walk me through your background." in also
    assert f"Initech ({when(INITECH_DAY)})" in also
    response = owner_client.post(
        reverse("questionbank:duplicate-merge"),
        {"keep": first.pk, "drop": second.pk, "next": first.get_absolute_url(), "confirmed": "1"},
    )
    assert response["Location"] == first.get_absolute_url()
    assert Question.objects.get(pk=first.pk).asked.count() == 2


def test_next_must_stay_on_this_site(owner_client, pair):
    first, second = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-dismiss"),
        {"first": first.pk, "second": second.pk, "next": "https://evil.example/"},
    )
    assert response["Location"] == URL


def test_a_changed_wording_is_read_again_once_when_it_is_saved(owner_client, owner, pair):
    first, _ = pair
    first.refresh_from_db()
    assert first.meaning_key == "about-yourself"
    owner_client.post(
        reverse("questionbank:question-edit", args=[first.pk]),
        {"text": "What is your biggest weakness?", "category": "about_you"},
    )
    first.refresh_from_db()
    assert first.meaning_key == "weakness"
    assert first.meaning_stamp == Question.reading_stamp(first.normalized_text)
    assert not LookAlike.objects.filter(question=first).exists()
    # Page views only read what the save stored: no write of any kind.
    with CaptureQueriesContext(connection) as queries:
        page = owner_client.get(URL).content.decode()
        owner_client.get(first.get_absolute_url())
    assert "duplicate-pair" not in page
    writes = ("INSERT", "UPDATE", "DELETE")
    assert not [q for q in queries.captured_queries if q["sql"].startswith(writes)]


def test_the_query_count_does_not_grow_with_the_pairs(owner_client, owner):
    def count_queries():
        owner_client.get(URL)  # reads new wordings once
        with CaptureQueriesContext(connection) as queries:
            response = owner_client.get(URL)
        assert response.status_code == 200
        return len(queries)

    for n in range(2):
        AskedQuestionFactory(
            interview__user=owner, question__text=f"What is your biggest weakness, part {n}?"
        )
    few = count_queries()
    for n in range(2, 8):
        AskedQuestionFactory(
            interview__user=owner, question__text=f"What is your biggest weakness, part {n}?"
        )
    assert count_queries() == few


def test_anonymous_visitors_are_sent_to_log_in(client):
    for url in (URL,):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response["Location"]
    response = client.post(reverse("questionbank:duplicate-merge"), {"keep": 1, "drop": 2})
    assert response.status_code == 302 and "/login" in response["Location"]


@pytest.mark.parametrize("htmx", [False, True])
def test_another_users_questions_are_404_and_nothing_changes(outsider_client, outsider, pair, htmx):
    first, second = pair
    theirs = QuestionFactory(user=outsider, text="Tell me about you.")
    headers = {"HX-Request": "true"} if htmx else {}
    attempts = [
        ("questionbank:duplicate-merge", {"keep": theirs.pk, "drop": first.pk}),
        ("questionbank:duplicate-merge", {"keep": first.pk, "drop": second.pk}),
        ("questionbank:duplicate-dismiss", {"first": theirs.pk, "second": first.pk}),
        ("questionbank:duplicate-dismiss", {"first": first.pk, "second": second.pk}),
    ]
    for name, data in attempts:
        response = outsider_client.post(reverse(name), data, headers=headers)
        assert response.status_code == 404, (name, data)
    assert Question.objects.filter(pk__in=[first.pk, second.pk, theirs.pk]).count() == 3
    assert not NotSamePair.objects.exists()
    assert "Tell me about yourself." not in outsider_client.get(URL).content.decode()


def test_the_same_question_twice_is_refused(owner_client, pair):
    first, _ = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-merge"), {"keep": first.pk, "drop": first.pk}
    )
    assert response.status_code == 404
    assert Question.objects.filter(pk=first.pk).exists()


@pytest.mark.parametrize("spelling", ["0{pk}", "²"])
def test_odd_spellings_of_an_id_are_a_404_not_a_server_error(owner_client, pair, spelling):
    first, second = pair
    response = owner_client.post(
        reverse("questionbank:duplicate-merge"),
        {"keep": first.pk, "drop": spelling.format(pk=first.pk)},
    )
    assert response.status_code == 404
    assert Question.objects.filter(pk__in=[first.pk, second.pk]).count() == 2


def test_the_starter_library_does_not_offer_what_the_bank_has_in_other_words(owner_client, owner):
    QuestionFactory(user=owner, text="What's prompting you to look for a new role?")
    page = owner_client.get(reverse("questionbank:starter")).content.decode()
    line = page.split("Why are you leaving your current job?")[1].split("</label>")[0]
    assert "in your bank as “What&#x27;s prompting you to look for a new role?”" in line
    box = page.split("Why are you leaving your current job?")[0].rsplit("<input", 1)[1]
    assert "disabled checked" in box
    # A different question with shared words is still offered.
    box = page.split("Why do you want to work here?")[0].rsplit("<input", 1)[1]
    assert "disabled" not in box

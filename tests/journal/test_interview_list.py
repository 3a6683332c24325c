import datetime

import pytest
from django.urls import reverse

from journal.models import Interview
from tests.factories import AskedQuestionFactory, InterviewFactory

URL = reverse("journal:interview-list")


@pytest.fixture
def journal(owner):
    today = datetime.date(2026, 11, 20)
    acme = InterviewFactory(
        user=owner, company="Acme", role="Engineer", round="technical", date=today,
        outcome="rejected", notes="Whiteboard heavy",
    )  # fmt: skip
    globex = InterviewFactory(
        user=owner, company="Globex", role="Analyst", round="phone_screen",
        date=today - datetime.timedelta(days=40), outcome="offer",
    )  # fmt: skip
    initech = InterviewFactory(
        user=owner, company="Initech", role="Manager", round="final",
        date=today - datetime.timedelta(days=10), outcome="pending",
    )  # fmt: skip
    AskedQuestionFactory(interview=initech, question__text="Describe a conflict with your boss")
    return acme, globex, initech


def companies(response) -> list[str]:
    return [row.company for row in response.context["page"].object_list]


def test_newest_first(owner_client, journal):
    assert companies(owner_client.get(URL)) == ["Acme", "Initech", "Globex"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outcome": "offer"}, ["Globex"]),
        ({"round": "final"}, ["Initech"]),
        ({"company": "acm"}, ["Acme"]),
        ({"date_from": "2026-11-01"}, ["Acme", "Initech"]),
        ({"date_to": "2026-11-01"}, ["Globex"]),
        ({"q": "whiteboard"}, ["Acme"]),
        ({"q": "analyst"}, ["Globex"]),
        ({"q": "conflict"}, ["Initech"]),
        ({"q": "nothing like this"}, []),
    ],
)
def test_filters_and_search(owner_client, journal, params, expected):
    assert companies(owner_client.get(URL, params)) == expected


def test_search_matching_two_questions_lists_the_interview_once(owner_client, owner):
    interview = InterviewFactory(user=owner)
    AskedQuestionFactory(interview=interview, question__text="Salary expectations?")
    AskedQuestionFactory(interview=interview, question__text="Salary history?")
    assert len(companies(owner_client.get(URL, {"q": "salary"}))) == 1


def test_htmx_filter_returns_only_results(owner_client, journal, htmx_headers):
    response = owner_client.get(URL, {"outcome": "offer"}, headers=htmx_headers)
    assert response.text.strip().startswith('<div id="results">')
    assert "Globex" in response.text
    assert "Acme" not in response.text


def test_a_bad_date_filter_is_explained(owner_client, journal):
    response = owner_client.get(URL, {"date_from": "yesterday-ish"})
    assert "Enter a valid date." in response.text


def test_pagination_and_constant_queries(owner_client, owner, django_assert_max_num_queries):
    for _ in range(45):
        AskedQuestionFactory(interview=InterviewFactory(user=owner))
    with django_assert_max_num_queries(6):
        response = owner_client.get(URL)
    assert len(response.context["page"].object_list) == 20
    assert "Page 1 of 3" in response.text
    with django_assert_max_num_queries(6):
        response = owner_client.get(URL, {"page": 3})
    assert len(response.context["page"].object_list) == 5


def test_each_rows_outcome_select_comes_from_the_outcome_form(owner_client, owner):
    interview = InterviewFactory(user=owner, company="Initech", outcome=Interview.Outcome.OFFER)
    html = owner_client.get(reverse("journal:interview-list")).text
    select_id = f"outcome-{interview.pk}-outcome"
    label = f"Outcome for Initech on {interview.date.day} {interview.date:%b %Y}"
    assert f'<label class="visually-hidden" for="{select_id}">{label}</label>' in html
    select = html[html.rindex("<select", 0, html.index(f'id="{select_id}"')) :]
    select = select[: select.index("</select>")]
    assert 'data-saved="offer"' in select and "data-deliberate" in select
    assert '<option value="offer" selected>Offer</option>' in select
    assert all(f'value="{value}"' in select for value in Interview.Outcome.values)

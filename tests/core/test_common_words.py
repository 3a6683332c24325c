"""A search of only words too common to search for says so, by the box, on every search."""

import re

import pytest
from django import forms
from django.db import connection
from django.urls import reverse

from core.forms import COMMON_WORDS, searchable
from tests.factories import InterviewFactory, QuestionFactory

TOO_COMMON = "“the” is too common to search for; add a more specific word."
PAGES = [
    ("journal:interview-list", "The Design Co"),
    ("questionbank:question-list", "proudest of"),
    ("search:results", "proudest of"),
]


def refusal(value: str) -> str:
    try:
        searchable(value)
    except forms.ValidationError as error:
        return error.messages[0]
    return ""


def test_it_names_the_common_words_and_lets_any_other_word_through():
    assert refusal("The") == TOO_COMMON
    assert refusal("what is it?") == (
        "“what”, “is” and “it” are too common to search for; add a more specific word."
    )
    assert refusal("the design") == refusal("") == refusal("?!") == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own list")
def test_the_list_is_postgresqls_own(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM unnest(%s::text[]) AS w "
            "WHERE numnode(plainto_tsquery('english', w)) > 0",
            [sorted(COMMON_WORDS)],
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT numnode(plainto_tsquery('english', 'tell would'))")
        assert cursor.fetchone()[0] > 0


@pytest.fixture
def design(owner):
    InterviewFactory(user=owner, company="The Design Co", notes="the design round")
    QuestionFactory(user=owner, text="What is the design you are proudest of?")


@pytest.mark.parametrize(("name", "finds"), PAGES)
def test_every_search_says_why_the_words_alone_are_not_searched(
    owner_client, design, htmx_headers, name, finds
):
    url = reverse(name)
    page = owner_client.get(url, {"q": "the"}).text
    assert page.count(TOO_COMMON) == 1
    # By the box, which is marked invalid and points at the message.
    (box,) = [tag for tag in re.findall(r"<input [^>]*>", page) if "is-invalid" in tag]
    assert 'name="q"' in box
    described = re.search(r'aria-describedby="([^"]*)"', box).group(1).split()
    assert any(re.search(rf'id="{id}"[^>]*>(\s*<[^>]*>)*\s*{TOO_COMMON}', page) for id in described)
    fragment = owner_client.get(url, {"q": "the"}, headers=htmx_headers).text
    assert TOO_COMMON in fragment and 'name="q"' not in fragment  # the results alone
    # A specific word beside it searches, the same on both databases.
    found = owner_client.get(url, {"q": "the design"}).text
    assert "too common to search for" not in found
    assert finds in found

"""The bank list, bank search, practice, prep pack and journal search at two sizes of journal:
the same number of queries, and no per-view count of every question's askings."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from journal import demo
from tests.factories import UserFactory

BANK = reverse("questionbank:question-list")
JOURNAL = reverse("journal:interview-list")
PAGES = [
    ("bank", BANK, {}, 8),
    ("bank, recently asked", BANK, {"sort": "recent"}, 8),
    ("bank search", BANK, {"q": "tell"}, 9),
    ("bank search, most asked", BANK, {"q": "tell", "sort": "most-asked"}, 9),
    ("practice", reverse("questionbank:practice"), {}, 10),
    ("prep pack", reverse("questionbank:prep-pack"), {"category": "behavioural"}, 9),
    ("journal search", JOURNAL, {"q": "tell"}, 8),
]


@pytest.fixture
def small_and_large(db):
    """Two demo journals, one six times the other."""
    accounts = []
    for name, interviews, questions in [("small", 10, 30), ("large", 60, 180)]:
        user = UserFactory(username=name)
        demo.fill_journal(user, interviews=interviews, questions=questions)
        client = Client()
        client.force_login(user)
        accounts.append(client)
    return accounts


def _queries(client: Client, url: str, params: dict) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    shown = response.context.get("question") or response.context["page"].object_list
    assert shown, "the page shows a question, or a page of rows"
    return [query["sql"] for query in queries]


def test_the_same_queries_at_two_sizes(small_and_large):
    for name, url, params, most in PAGES:
        small, large = (len(_queries(client, url, params)) for client in small_and_large)
        assert small == large <= most, name


def test_the_bank_and_practice_read_stored_counts_and_count_no_askings(small_and_large):
    for params in [{}, {"sort": "recent"}, {"q": "tell", "sort": "most-asked"}]:
        sql = _queries(small_and_large[1], BANK, params)
        assert not any("journal_askedquestion" in query for query in sql), params
    sql = _queries(small_and_large[1], reverse("questionbank:practice"), {})
    picks = [query for query in sql if '"due" IS NULL' in query]
    assert picks, "the pick of a new question"
    assert not any("journal_askedquestion" in query for query in picks)


def test_both_searches_match_once_then_count_and_page_by_id(small_and_large):
    """The match is made by one query; the count and the page look up its ids instead of
    testing every row again. (The bank's SQLite fallback is a plain match.)"""
    searches = [(JOURNAL, "journal_interview")]
    if connection.vendor == "postgresql":
        searches.append((BANK, "questionbank_question"))
    for url, table in searches:
        sql = _queries(small_and_large[1], url, {"q": "tell"})
        matching = [q for q in sql if "LIKE" in q and "UNION" in q]
        assert len(matching) == 1, url
        counts = [q for q in sql if "COUNT(*)" in q and table in q]
        assert counts and not any("LIKE" in q for q in counts), url

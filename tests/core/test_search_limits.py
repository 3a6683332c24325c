"""Search and filter boxes refuse huge input with a message (SQLite refuses LIKE over 50 KB)."""

from django.urls import reverse

from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory

HUGE = "acme " * 12_000  # 60,000 characters


def test_a_huge_journal_search_says_so(owner_client, owner):
    InterviewFactory(user=owner, company="Acme")
    response = owner_client.get(reverse("journal:interview-list"), {"q": HUGE, "company": HUGE})
    assert response.status_code == 200
    assert response.text.count("Search for at most 200 characters.") == 2


def test_a_huge_bank_search_says_so(owner_client, owner):
    QuestionFactory(user=owner, text="Why Acme?")
    response = owner_client.get(reverse("questionbank:question-list"), {"q": HUGE, "tag": HUGE})
    assert response.status_code == 200
    assert "Search for at most 200 characters." in response.text


def test_a_company_name_longer_than_any_company_matches_nothing(owner_client, owner):
    interview = InterviewFactory(user=owner, company="Acme")
    AskedQuestionFactory(interview=interview, question=QuestionFactory(user=owner, text="Why?"))
    for url in [reverse("questionbank:practice"), reverse("questionbank:prep-pack")]:
        response = owner_client.get(url, {"company": HUGE})
        assert response.status_code == 200, url
    pack = owner_client.get(reverse("questionbank:prep-pack"), {"company": "Acme"})
    assert "Why?" in pack.text

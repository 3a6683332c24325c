"""The merge target is chosen with a search-as-you-type picker, never a list of the whole bank."""

from django.db import connection
from django.urls import reverse

from questionbank.models import PICKER_LIMIT, Question
from tests.factories import QuestionFactory


def candidates(response) -> list[str]:
    return [q.text for q in response.context["candidates"]]


def test_the_page_suggests_questions_worded_like_this_one_not_the_whole_bank(owner_client, owner):
    question = QuestionFactory(user=owner, text="What is your biggest weakness?")
    QuestionFactory(user=owner, text="What's your greatest weakness?")
    for i in range(60):
        QuestionFactory(user=owner, text=f"Design a rate limiter, variant {i}")
    QuestionFactory(text="What is your biggest weakness, really?")  # another user's
    response = owner_client.get(question.get_absolute_url())
    assert candidates(response)[0] == "What's your greatest weakness?"
    assert "really?" not in response.text
    assert response.text.count('name="duplicate"') <= PICKER_LIMIT
    assert "Design a rate limiter, variant 1" not in response.text


def test_typing_returns_at_most_twenty_matches_as_a_fragment(
    owner_client, owner, htmx_headers, django_assert_max_num_queries
):
    question = QuestionFactory(user=owner, text="Tell me about yourself")
    for i in range(30):
        QuestionFactory(user=owner, text=f"Tell me about a conflict number {i}")
    url = reverse("questionbank:merge-candidates", args=[question.pk])
    with django_assert_max_num_queries(6):
        response = owner_client.get(url, {"merge_q": "conflict"}, headers=htmx_headers)
    assert response.text.strip().startswith('<fieldset id="merge-candidates"')
    assert len(candidates(response)) == PICKER_LIMIT
    assert all("conflict" in text for text in candidates(response))
    assert "Tell me about yourself" not in candidates(response)  # never itself
    nothing = owner_client.get(url, {"merge_q": "astronaut"}, headers=htmx_headers)
    assert "None of your other questions matches." in nothing.text


def test_without_javascript_the_search_reloads_the_page_with_the_matches(owner_client, owner):
    question = QuestionFactory(user=owner, text="Tell me about yourself")
    QuestionFactory(user=owner, text="Why should we hire you?")
    response = owner_client.get(question.get_absolute_url(), {"merge_q": "hire"})
    assert candidates(response) == ["Why should we hire you?"]
    assert 'value="hire"' in response.text
    plain = owner_client.get(
        reverse("questionbank:merge-candidates", args=[question.pk]), {"merge_q": "hire"}
    )
    assert plain.url == question.get_absolute_url() + "?merge_q=hire#merge"


def test_the_merge_picker_of_another_users_question_is_a_404(owner_client, outsider):
    theirs = QuestionFactory(user=outsider)
    url = reverse("questionbank:merge-candidates", args=[theirs.pk])
    assert (
        owner_client.get(url, {"merge_q": "x"}, headers={"HX-Request": "true"}).status_code == 404
    )


def test_posting_nothing_or_itself_merges_nothing(owner_client, owner):
    question = QuestionFactory(user=owner)
    url = reverse("questionbank:question-merge", args=[question.pk])
    for data in ({}, {"duplicate": question.pk}, {"duplicate": "not a number"}):
        response = owner_client.post(url, data, follow=True)
        assert "Choose one of your other questions to merge." in response.text
    assert Question.objects.filter(pk=question.pk).exists()


def test_similar_questions_rank_closer_wordings_first(owner):
    QuestionFactory(user=owner, text="How would you design a URL shortener?")
    QuestionFactory(user=owner, text="How do you handle design feedback?")
    QuestionFactory(user=owner, text="Salary expectations?")
    found = [q.text for q in Question.objects.for_user(owner).similar_to("design url shortener")]
    assert found[0] == "How would you design a URL shortener?"
    assert "Salary expectations?" not in found
    if connection.vendor == "postgresql":  # trigram similarity tolerates a typo
        typo = Question.objects.for_user(owner).similar_to("url shortner design")
        assert typo[0].text == "How would you design a URL shortener?"

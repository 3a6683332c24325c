"""The pre-interview brief stays a page to read in a few minutes: the latest rounds and the
most asked questions, the rest a link away, in a constant number of queries."""

import datetime
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journal.views.interviews import BRIEF_QUESTIONS, BRIEF_ROUNDS
from questionbank.models import Answer
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
)

TODAY = timezone.localdate()


def history_at_acme(owner, rounds: int, questions: int):
    start = TODAY - datetime.timedelta(days=90)
    interviews = [
        InterviewFactory(
            user=owner, company="Acme", date=start + timedelta(days=i), notes=f"Round {i:02}"
        )
        for i in range(rounds)
    ]
    for i in range(questions):
        question = QuestionFactory(user=owner, text=f"Acme question {i:02}?")
        Answer.objects.create(question=question, body=f"My **answer {i:02}**", result="Shipped")
        # The first question was asked in every round: it leads the list.
        for interview in interviews if i == 0 else interviews[i % rounds : i % rounds + 1]:
            AskedQuestionFactory(question=question, interview=interview)
        ObservationFactory(weakness__user=owner, interview=interviews[i % rounds])
    return InterviewFactory(user=owner, company="ACME", date=TODAY + datetime.timedelta(days=1))


@pytest.mark.parametrize("size", [2, 30])
def test_brief_is_bounded_and_its_query_count_constant(
    owner_client, owner, size, django_assert_max_num_queries
):
    upcoming = history_at_acme(owner, rounds=size, questions=size)
    with django_assert_max_num_queries(15):
        response = owner_client.get(reverse("journal:interview-brief", args=[upcoming.pk]))
    html = response.text
    asked = html.split('id="asked-title"')[1].split('id="weaknesses-title"')[0]
    rounds = html.split('id="earlier-title"')[1].split('id="asked-title"')[0]
    assert asked.count("<article") == min(size, BRIEF_QUESTIONS)
    assert rounds.count("<article") == min(size, BRIEF_ROUNDS)
    assert "Acme question 00?" in asked and f"asked {size}×" in asked
    assert "<strong>answer 00</strong>" in asked
    if size > BRIEF_QUESTIONS:
        assert f"The {BRIEF_QUESTIONS} asked most often of {size}" in asked
        assert f"{reverse('questionbank:prep-pack')}?company=ACME" in asked
        # the latest rounds, oldest of them first
        assert f"The latest {BRIEF_ROUNDS} of {size}" in rounds
        assert "Round 00" not in rounds
        assert rounds.index(f"Round {size - BRIEF_ROUNDS}") < rounds.index(f"Round {size - 1}")
    else:
        assert "asked most often of" not in asked and "The latest" not in rounds
        assert rounds.index("Round 00") < rounds.index("Round 01")


def test_dates_read_in_words_with_the_exact_day_on_hover(owner_client, owner):
    earlier = InterviewFactory(user=owner, company="Acme", date=TODAY - timedelta(days=3))
    coming = InterviewFactory(
        user=owner, company="Acme", date=TODAY + timedelta(days=2), time=datetime.time(9, 30)
    )
    soon = f'<time datetime="{coming.date.isoformat()}" title="{coming.date:%A %-d %B %Y}">'
    before = f'<time datetime="{earlier.date.isoformat()}" title="{earlier.date:%A %-d %B %Y}">'
    for url in (coming.get_absolute_url(), reverse("journal:interview-brief", args=[coming.pk])):
        html = owner_client.get(url).text
        assert f"{soon}in 2 days</time> at 09:30" in html, url
        assert f"{before}3 days ago</time>" in html, url  # the earlier round at Acme

"""The prep pack: a page at a time on screen, the whole pack as a Markdown download, and a
constant number of queries however large the pack."""

import pytest
from django.urls import reverse

from questionbank.models import Answer, Question
from questionbank.views import PREP_PACK_PAGE_SIZE
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory

URL = reverse("questionbank:prep-pack")


def asked_at_acme(owner, count: int) -> list[Question]:
    interview = InterviewFactory(user=owner, company="Acme")
    questions = []
    for i in range(count):
        question = QuestionFactory(user=owner, text=f"Acme question {i:02}?")
        Answer.objects.create(question=question, body=f"Answer **{i:02}**", task="The task")
        AskedQuestionFactory(question=question, interview=interview)
        questions.append(question)
    return questions


@pytest.mark.parametrize("size", [3, PREP_PACK_PAGE_SIZE + 15])
def test_prep_pack_shows_a_page_at_a_time_in_constant_queries(
    owner_client, owner, size, django_assert_max_num_queries
):
    asked_at_acme(owner, size)
    QuestionFactory(user=owner, text="Never asked at Acme?")
    with django_assert_max_num_queries(9):
        response = owner_client.get(URL, {"company": "Acme"})
    html = response.text
    shown = min(size, PREP_PACK_PAGE_SIZE)
    assert html.count('<article class="card mb-3">') == shown
    assert html.count("<strong>") >= shown  # every answer rendered from Markdown
    assert "Never asked at Acme?" not in html
    if size > PREP_PACK_PAGE_SIZE:
        assert f"Questions 1–{PREP_PACK_PAGE_SIZE} of {size}" in html
        assert "Page 1 of 2" in html
    else:
        assert "Page 1 of" not in html


def test_the_second_page_carries_on_the_numbering_and_the_markdown_has_every_question(
    owner_client, owner
):
    size = PREP_PACK_PAGE_SIZE + 2
    asked_at_acme(owner, size)
    second = owner_client.get(URL, {"company": "Acme", "page": 2}).text
    assert second.count('<article class="card mb-3">') == 2
    assert f">{PREP_PACK_PAGE_SIZE + 1}. Acme question" in second
    assert f"Questions {PREP_PACK_PAGE_SIZE + 1}–{size} of {size}" in second
    assert "company=Acme&amp;page=1" in second  # the pager keeps the company

    download = owner_client.get(URL, {"company": "Acme", "format": "markdown"}).text
    assert download.count("## ") == size
    assert f"## {size}. " in download
    assert "Answer **00**" in download


def test_questions_are_grouped_by_category_most_asked_first(owner_client, owner):
    first = InterviewFactory(user=owner, company="Acme")
    second = InterviewFactory(user=owner, company="Acme")
    once = QuestionFactory(user=owner, text="Asked once?", category="behavioural")
    twice = QuestionFactory(user=owner, text="Asked twice?", category="behavioural")
    about = QuestionFactory(user=owner, text="About you?", category="about_you")
    for question, interviews in ((once, [first]), (twice, [first, second]), (about, [first])):
        for interview in interviews:
            AskedQuestionFactory(question=question, interview=interview)
    html = owner_client.get(URL, {"company": "Acme"}).text
    assert html.index("About you?") < html.index("Asked twice?") < html.index("Asked once?")
    assert "asked 2×" in html


def test_the_company_choice_lists_each_company_once_where_questions_were_asked(owner_client, owner):
    AskedQuestionFactory(interview=InterviewFactory(user=owner, company="Acme Corp"),
                         question=QuestionFactory(user=owner))  # fmt: skip
    AskedQuestionFactory(interview=InterviewFactory(user=owner, company="acme corp."),
                         question=QuestionFactory(user=owner))  # fmt: skip
    InterviewFactory(user=owner, company="No Questions Ltd")
    companies = owner_client.get(URL).context["companies"]
    assert companies == ["Acme Corp"]

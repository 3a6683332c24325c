"""Stories are linked to a strength with a search-as-you-type picker, not a box per answer."""

from django.urls import reverse

from journal.models import Strength
from questionbank.models import PICKER_LIMIT, Answer
from tests.factories import QuestionFactory

OPTIONS = reverse("journal:strength-answer-options")


def answer(user, text: str) -> Answer:
    return Answer.objects.create(question=QuestionFactory(user=user, text=text), body="A story")


def test_the_strengths_page_does_not_list_every_answer(
    owner_client, owner, django_assert_max_num_queries
):
    for i in range(60):
        answer(owner, f"Tell me about project {i}")
    with django_assert_max_num_queries(10):
        response = owner_client.get(reverse("journal:strength-list"))
    assert 'name="answers"' not in response.text
    assert "None chosen yet" in response.text
    assert 'hx-get="/journal/strengths/answers/"' in response.text


def test_typing_lists_at_most_twenty_matches_and_keeps_the_ticked_ones(
    owner_client, owner, outsider, htmx_headers
):
    ticked = answer(owner, "Describe a conflict you resolved")
    for i in range(30):
        answer(owner, f"Tell me about project {i}")
    answer(outsider, "Tell me about project secret")
    response = owner_client.get(
        OPTIONS, {"answer_q": "project", "answers": [ticked.pk]}, headers=htmx_headers
    )
    html = response.text
    assert html.strip().startswith('<div id="answer-options"')
    assert html.count('name="answers"') == 1 + PICKER_LIMIT
    assert f'value="{ticked.pk}" id="answer-{ticked.pk}" checked' in html
    assert "secret" not in html
    none = owner_client.get(OPTIONS, {"answer_q": "astronaut"}, headers=htmx_headers)
    assert "No prepared answer matches “astronaut”." in none.text


def test_saving_links_the_ticked_answers(owner_client, owner):
    story = answer(owner, "Tell me about a Django project")
    response = owner_client.post(
        reverse("journal:strength-create"),
        {"name": "Team leadership", "evidence": "Led five", "answers": [story.pk]},
    )
    assert response.url == reverse("journal:strength-list")
    assert list(Strength.objects.get().answers.all()) == [story]
    edit = owner_client.get(reverse("journal:strength-edit", args=[Strength.objects.get().pk]))
    assert f'value="{story.pk}" id="answer-{story.pk}" checked' in edit.text


def test_find_without_javascript_shows_matches_and_keeps_what_was_typed(owner_client, owner):
    kept = answer(owner, "Describe a conflict you resolved")
    answer(owner, "Why should we hire you?")
    response = owner_client.post(
        reverse("journal:strength-create"),
        {
            "name": "Calm",
            "evidence": "Stayed calm",
            "answers": [kept.pk],
            "answer_q": "hire",
            "find_answers": "1",
        },
    )
    assert response.status_code == 200
    assert not Strength.objects.exists()
    html = response.text
    assert 'value="Calm"' in html and "Stayed calm" in html
    assert "Why should we hire you?" in html
    assert f'value="{kept.pk}" id="answer-{kept.pk}" checked' in html
    assert "This field is required" not in html


def test_another_users_answer_cannot_be_linked(owner_client, outsider):
    theirs = answer(outsider, "Their story")
    response = owner_client.post(
        reverse("journal:strength-create"), {"name": "Sneaky", "answers": [theirs.pk]}
    )
    assert "Select a valid choice" in response.text
    assert "Their story" not in response.text
    assert not Strength.objects.exists()


def test_strengths_paginate(owner_client, owner):
    Strength.objects.bulk_create(Strength(user=owner, name=f"Strength {i:02}") for i in range(35))
    first = owner_client.get(reverse("journal:strength-list"))
    assert "Strength 29" in first.text and "Strength 30" not in first.text
    assert "Page 1 of 2" in first.text


def test_a_huge_ticked_id_is_left_out_of_the_picker_not_a_500(owner_client, owner, htmx_headers):
    kept = answer(owner, "Tell me about a launch")
    huge = "9" * 30
    response = owner_client.get(OPTIONS, {"answers": [str(kept.pk), huge]}, **htmx_headers)
    assert response.status_code == 200
    assert "Tell me about a launch" in response.text
    response = owner_client.post(
        reverse("journal:strength-create"),
        {"name": "Delivery", "answers": [huge], "find_answers": "1", "answer_q": "launch"},
    )
    assert response.status_code == 200
    assert "Tell me about a launch" in response.text


def test_a_ticked_id_of_superscript_digits_is_left_out_not_a_500(owner_client, owner, htmx_headers):
    # "²".isdigit() is true, yet int("²") fails: only decimal digits are ids.
    kept = answer(owner, "Tell me about a launch")
    response = owner_client.get(OPTIONS, {"answers": [str(kept.pk), "²"]}, **htmx_headers)
    assert response.status_code == 200
    assert "Tell me about a launch" in response.text
    response = owner_client.post(
        reverse("journal:strength-create"),
        {"name": "Delivery", "answers": ["²"], "find_answers": "1", "answer_q": "launch"},
    )
    assert response.status_code == 200
    assert "Tell me about a launch" in response.text

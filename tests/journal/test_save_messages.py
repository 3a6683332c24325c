"""A save without JavaScript ends with a message saying so; an htmx save leaves it to the
"Saved at …" beside the form (saving.js), so nothing says it twice."""

import pytest
from django.urls import reverse

from tests.factories import AskedQuestionFactory, InterviewFactory, WeaknessFactory

pytestmark = pytest.mark.django_db


def test_adding_a_question_says_so(owner_client, owner):
    interview = InterviewFactory(user=owner)
    url = reverse("journal:question-add", args=[interview.pk])
    response = owner_client.post(url, {"text": "Why us?"}, follow=True)
    assert "Question added." in response.text


def test_an_outcome_says_which(owner_client, owner, htmx_headers):
    interview = InterviewFactory(user=owner)
    url = reverse("journal:interview-outcome", args=[interview.pk])
    response = owner_client.post(url, {"outcome": "offer"}, follow=True)
    assert "Outcome: Offer." in response.text
    fragment = owner_client.post(url, {"outcome": "rejected"}, headers=htmx_headers).text
    assert "Outcome:" not in fragment  # the select shows it; saving.js says "Saved at"


def test_notes_and_weakness_tags_say_saved(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner)
    interview = asked.interview
    notes = reverse("journal:question-notes", args=[interview.pk, asked.pk])
    response = owner_client.post(notes, {"answer_notes": "Went well", "rating": 4}, follow=True)
    assert "Saved." in response.text
    weakness = WeaknessFactory(user=owner, name="Rambling")
    tag = reverse("journal:observation-add", args=[interview.pk])
    response = owner_client.post(tag, {"name": weakness.name, "severity": 3}, follow=True)
    assert "Weakness tagged." in response.text


def test_removing_a_question_says_only_that_it_can_be_undone(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner)
    url = reverse("journal:question-remove", args=[asked.interview.pk, asked.pk])
    response = owner_client.post(url, follow=True)
    assert "Undo" in response.text
    assert "Saved." not in response.text

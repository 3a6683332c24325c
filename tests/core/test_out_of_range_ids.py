"""Ids no integer column can hold are invalid choices, not a 500 (SQLite overflows on them)."""

from django.urls import reverse

from tests.factories import InterviewFactory, QuestionFactory, WeaknessFactory

HUGE_ID = "3" * 30


def test_a_huge_id_in_a_multiple_choice_is_an_invalid_choice(owner_client, owner):
    interview = InterviewFactory(user=owner)
    weakness = WeaknessFactory(user=owner)
    response = owner_client.post(
        reverse("journal:interview-section", args=[interview.pk, "followups"]),
        {"feedback_weaknesses": [str(weakness.pk), HUGE_ID]},
    )
    assert response.status_code == 200
    assert f"Select a valid choice. {HUGE_ID} is not one of the available choices." in (
        response.text
    )
    assert not interview.feedback_weaknesses.exists()


def test_a_huge_id_in_a_prep_pack_is_ignored(owner_client, owner):
    question = QuestionFactory(user=owner, text="Why Acme?")
    url = reverse("questionbank:prep-pack")
    response = owner_client.get(url, {"ids": [str(question.pk), HUGE_ID]})
    assert response.status_code == 200
    assert "Why Acme?" in response.text

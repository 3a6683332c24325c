"""Another user's interview is a 404 on every URL, GET and POST, htmx or not; nothing changes."""

import pytest
from django.urls import reverse

from tests.factories import AskedQuestionFactory, InterviewFactory


@pytest.fixture
def interview(owner):
    interview = InterviewFactory(user=owner, company="Acme", outfit="Suit")
    interview.record_outcome("pending")
    return interview


def object_urls(interview, asked):
    pk = interview.pk
    urls = [
        ("get", reverse("journal:interview-detail", args=[pk]), {}),
        ("get", reverse("journal:interview-delete", args=[pk]), {}),
        ("post", reverse("journal:interview-delete", args=[pk]), {}),
        ("post", reverse("journal:interview-outcome", args=[pk]), {"outcome": "offer"}),
        ("post", reverse("journal:question-add", args=[pk]), {"text": "Injected?"}),
        ("post", reverse("journal:question-remove", args=[pk, asked.pk]), {}),
        ("post", reverse("journal:question-move", args=[pk, asked.pk]), {"direction": "up"}),
        ("post", reverse("journal:question-category", args=[pk, asked.pk]), {"category": "salary"}),
        ("get", reverse("journal:question-notes", args=[pk, asked.pk]), {}),
        ("post", reverse("journal:question-notes", args=[pk, asked.pk]), {"answer_notes": "x"}),
        ("get", reverse("journal:company-detail"), {"name": interview.company}),
        (
            "post",
            reverse("journal:company-rename"),
            {"name": interview.company, "new_name": "Hacked"},
        ),
        ("get", reverse("questionbank:question-detail", args=[asked.question_id]), {}),
    ]
    for section in ("basics", "outfit", "preparation", "assessment", "reflections", "followups"):
        url = reverse("journal:interview-section", args=[pk, section])
        urls += [("get", url, {}), ("post", url, {"company": "Hacked", "outfit": "Hacked"})]
    return urls


@pytest.mark.parametrize("htmx", [False, True])
def test_another_user_gets_404_everywhere(outsider_client, interview, htmx):
    asked = AskedQuestionFactory(interview=interview)
    headers = {"HX-Request": "true"} if htmx else {}
    for method, url, data in object_urls(interview, asked):
        response = getattr(outsider_client, method)(url, data, headers=headers)
        assert response.status_code == 404, (method, url)
    interview.refresh_from_db()
    assert interview.company == "Acme"
    assert interview.outfit == "Suit"
    assert interview.outcome == "pending"
    assert interview.asked.count() == 1
    assert interview.outcome_changes.count() == 1
    asked.question.refresh_from_db()
    assert asked.question.category != "salary"


def test_the_owner_reaches_every_url(owner_client, interview):
    asked = AskedQuestionFactory(interview=interview)
    for method, url, data in object_urls(interview, asked):
        if method == "get":
            assert owner_client.get(url, data).status_code == 200, url


def test_lists_show_only_the_users_own_data(owner_client, owner, outsider):
    AskedQuestionFactory(
        interview__user=owner,
        interview__company="Secret Keepers Ltd",
        question__text="My own secret question?",
    )
    AskedQuestionFactory(
        interview__user=outsider,
        interview__company="Secret Employer Inc",
        question__text="Their secret question?",
    )
    # Each list, and what of the owner's own it must show (the positive control).
    for url, own in (
        (reverse("home"), "Secret Keepers Ltd"),
        (reverse("journal:interview-list"), "Secret Keepers Ltd"),
        (reverse("journal:company-list"), "Secret Keepers Ltd"),
        (reverse("questionbank:question-list"), "My own secret question?"),
        (reverse("journal:interview-list") + "?q=Secret", "Secret Keepers Ltd"),
        (reverse("journal:company-suggest") + "?company=Secret", "Secret Keepers Ltd"),
    ):
        html = owner_client.get(url).text
        assert own in html, url
        assert "Secret Employer Inc" not in html, url
        assert "Their secret question?" not in html, url


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_login(client, owner):
    interview = InterviewFactory(user=owner)
    response = client.get(interview.get_absolute_url())
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))

"""Interviewers' and the recruiter's email addresses, and where the interview takes place."""

from django.urls import reverse

from journal.models import Interview
from tests.factories import InterviewFactory


def basics(**extra) -> dict:
    return {
        "company": "Initech",
        "round": "technical",
        "date": "2026-11-21",
        "format": "video",
        "outcome": "pending",
        **extra,
    }


def test_addresses_are_kept_tidy_one_comma_apart(owner_client, owner):
    owner_client.post(
        reverse("journal:interview-create"),
        basics(
            interviewer_emails="grace@example.com;  alan@example.com ,",
            recruiter_email="rita@agency.example",
            location="https://meet.example.com/xyz",
        ),
    )
    interview = Interview.objects.get(user=owner)
    assert interview.interviewer_emails == "grace@example.com, alan@example.com"
    assert interview.interviewer_addresses == ["grace@example.com", "alan@example.com"]
    assert interview.recruiter_email == "rita@agency.example"
    assert interview.location == "https://meet.example.com/xyz"


def test_a_wrong_address_is_named_and_the_input_kept(owner_client, owner):
    response = owner_client.post(
        reverse("journal:interview-create"),
        basics(interviewer_emails="grace@example.com, alan at example"),
    )
    assert response.status_code == 200
    assert "“alan at example” is not an email address." in response.text
    assert 'value="grace@example.com, alan at example"' in response.text
    assert not Interview.objects.exists()


def test_the_interview_page_shows_where_and_the_addresses(owner_client, owner):
    interview = InterviewFactory(
        user=owner,
        location="https://meet.example.com/xyz",
        interviewer_emails="grace@example.com",
        recruiter_email="rita@agency.example",
    )
    html = owner_client.get(interview.get_absolute_url()).text
    assert '<a href="https://meet.example.com/xyz" rel="nofollow">' in html
    assert "grace@example.com" in html and "rita@agency.example" in html

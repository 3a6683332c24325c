"""The sync endpoint that quick debriefs queued on a phone without signal are sent to."""

import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.context_processors import draft_owner
from journal.models import DebriefDraft, Interview

SYNC = reverse("journal:debrief-sync")


def queued(user, token=None, **fields) -> dict:
    return {
        "draft_token": str(token or uuid.uuid4()),
        "draft_owner": draft_owner(user),
        "company": "Acme",
        "date": "2026-11-20",
        "questions": "Tell me about yourself\nWhy Acme?",
        **fields,
    }


def test_get_says_whose_login_this_is_with_a_fresh_csrf_token(owner_client, owner):
    answer = owner_client.get(SYNC).json()
    assert answer["owner"] == draft_owner(owner) != ""
    assert len(answer["csrf_token"]) == 64


def test_an_expired_session_is_sent_to_log_in(client: Client, owner):
    for response in (client.get(SYNC), client.post(SYNC, queued(owner))):
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    assert not Interview.objects.exists()


def test_a_queued_debrief_becomes_one_interview_however_often_it_is_sent(owner_client, owner):
    data = queued(owner)
    first = owner_client.post(SYNC, data)
    assert first.status_code == 200
    interview = Interview.objects.get(user=owner)
    assert first.json() == {
        "url": interview.get_absolute_url(),
        "company": "Acme",
        "created": True,
        "questions": 2,
    }
    again = owner_client.post(SYNC, data).json()
    assert again == {**first.json(), "created": False, "questions": 0}
    assert Interview.objects.count() == 1
    assert [a.question.text for a in interview.asked.all()] == [
        "Tell me about yourself",
        "Why Acme?",
    ]
    assert DebriefDraft.objects.get(token=data["draft_token"]).interview == interview


def test_a_debrief_queued_under_another_login_is_refused(owner_client, owner, outsider):
    response = owner_client.post(SYNC, queued(outsider))
    assert response.status_code == 409
    assert not Interview.objects.exists()


def test_another_users_draft_token_is_a_404(owner_client, owner, outsider):
    token = uuid.uuid4()
    DebriefDraft.objects.create(user=outsider, token=token, data={"company": "Theirs"})
    response = owner_client.post(SYNC, queued(owner, token))
    assert response.status_code == 404
    assert not Interview.objects.exists()
    assert DebriefDraft.objects.get(token=token).data == {"company": "Theirs"}


def test_an_invalid_debrief_says_what_is_wrong_field_by_field(owner_client, owner):
    response = owner_client.post(SYNC, queued(owner, company="", questions="x" * 501))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert "Company: Enter the company's name." in errors
    assert any(error.startswith("Questions you were asked") and "500" in error for error in errors)
    assert not Interview.objects.exists()


def test_a_missing_draft_token_is_refused(owner_client, owner):
    response = owner_client.post(SYNC, queued(owner, draft_token="not a token"))
    assert response.status_code == 400
    assert not Interview.objects.exists()


def test_after_a_login_elsewhere_the_old_token_fails_and_a_fresh_one_passes(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    old = client.get(SYNC).json()["csrf_token"]
    client.cookies["csrftoken"] = "b" * 32  # what a login in another tab does: a new secret
    assert client.post(SYNC, queued(owner), headers={"X-CSRFToken": old}).status_code == 403
    fresh = client.get(SYNC).json()["csrf_token"]
    response = client.post(SYNC, queued(owner), headers={"X-CSRFToken": fresh})
    assert response.status_code == 200
    assert Interview.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_are_refused(owner_client, method):
    assert getattr(owner_client, method)(SYNC).status_code == 405


def test_sending_costs_no_more_queries_than_the_plain_form(owner_client, owner):
    def many(start: int) -> str:
        return "\n".join(f"Question number {n}?" for n in range(start, start + 30))

    # New questions that look like none in the bank (their numbers differ) both times, so that
    # storing look-alikes writes as much for each.
    with CaptureQueriesContext(connection) as plain:
        owner_client.post(reverse("journal:quick-debrief"), queued(owner, questions=many(0)))
    with CaptureQueriesContext(connection) as synced:
        owner_client.post(SYNC, queued(owner, questions=many(30)))
    assert len(synced) <= len(plain)


def test_the_workers_copy_of_the_page_leaves_the_users_messages_waiting(owner_client, owner):
    owner_client.post(reverse("journal:quick-debrief"), queued(owner))
    kept = owner_client.get(
        reverse("journal:quick-debrief"), headers={"X-Debrief-Offline-Copy": "1"}
    )
    assert "Debrief saved" not in kept.text
    assert "Debrief saved: Acme" in owner_client.get(reverse("home")).text


def test_the_workers_copy_sets_no_cookie_that_could_undo_a_login(owner_client):
    owner_client.get(reverse("home"))  # the browser has its CSRF cookie
    kept = owner_client.get(
        reverse("journal:quick-debrief"), headers={"X-Debrief-Offline-Copy": "1"}
    )
    assert 'name="csrfmiddlewaretoken"' in kept.text
    assert "csrftoken" not in kept.cookies
    assert "csrftoken" in owner_client.get(reverse("journal:quick-debrief")).cookies

"""The drafts page: topic picking, recipients, signature, tone per outcome, "Mark as sent"."""

import datetime
from urllib.parse import unquote

import pytest
import time_machine
from django.urls import reverse

from accounts.models import Profile
from followups import rules
from followups.actions import reminders_refresh, reminders_send
from followups.models import Reminder
from journal.models import Interview
from tests.factories import AskedQuestionFactory, InterviewFactory

NOW = datetime.datetime(2026, 3, 12, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def interview(owner):
    Profile.objects.create(
        user=owner, display_name="Ada Lovelace", email_signature="ada.example.com"
    )
    return InterviewFactory(
        user=owner,
        company="Acme",
        role="Data engineer",
        date=datetime.date(2026, 3, 10),
        interviewers="Grace Hopper, Alan Turing",
        interviewer_emails="grace@acme.example, alan@acme.example",
        recruiter="Rita Recruiter",
        recruiter_email="rita@agency.example",
        went_well="Their plans for the payments platform\nand more",
    )


def drafts_url(interview, **params) -> str:
    url = reverse("followups:drafts", args=[interview.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_the_drafts_are_addressed_signed_and_mention_nothing_unasked(owner_client, interview):
    AskedQuestionFactory(interview=interview, question__text="Tell me about yourself")
    html = owner_client.get(drafts_url(interview)).content.decode()
    assert "Dear Grace and Alan," in html
    assert "Kind regards,\nAda Lovelace\n\nada.example.com" in html
    body = html.split('id="thank_you-body"')[1].split("</textarea")[0]
    assert "Tell me about yourself" not in body
    assert 'href="mailto:grace@acme.example,alan@acme.example?subject=' in html
    assert "Ask where things stand" in html  # pending, and the interview is past


def test_a_question_picked_as_the_topic_is_quoted(owner_client, interview):
    asked = AskedQuestionFactory(interview=interview, question__text="How would you shard it?")
    html = owner_client.get(drafts_url(interview, topic=f"q{asked.pk}")).content.decode()
    assert "our conversation about “How would you shard it”" in html


def test_a_note_or_own_words_as_the_topic(owner_client, interview):
    html = owner_client.get(drafts_url(interview, topic="note:went_well")).content.decode()
    assert "our conversation about Their plans for the payments platform, and" in html
    own = drafts_url(interview, topic="note:went_well", own_words="the+on-call+rota")
    assert "our conversation about the on-call rota, and" in owner_client.get(own).text


def test_htmx_gets_only_the_drafts(owner_client, interview, htmx_headers):
    response = owner_client.get(drafts_url(interview, own_words="x"), headers=htmx_headers)
    assert response.text.lstrip().startswith('<div id="drafts"')
    assert "<nav" not in response.text


def test_an_unknown_topic_falls_back_to_none(owner_client, interview):
    response = owner_client.get(drafts_url(interview, topic="q999999"))
    assert response.status_code == 200
    assert "learning more about the team" in response.text


@pytest.mark.parametrize("outcome", [Interview.Outcome.REJECTED, Interview.Outcome.WITHDREW])
def test_after_a_closed_outcome_the_note_is_gracious(owner_client, interview, outcome):
    interview.record_outcome(outcome)
    html = owner_client.get(drafts_url(interview)).text
    assert "very interested" not in html
    assert "feedback on my interview" in html
    assert "Ask where things stand" not in html


def test_a_feedback_request_goes_to_the_recruiter_when_asked_of_them(owner_client, interview):
    interview.feedback_requested_from = Interview.FeedbackSource.RECRUITER
    interview.save()
    html = owner_client.get(drafts_url(interview)).text
    feedback = html.split('id="feedback_request"')[1]
    assert "Dear Rita," in feedback
    assert 'href="mailto:rita@agency.example?subject=' in feedback


def test_mark_as_sent_records_today_and_clears_the_reminder(owner, owner_client, interview):
    reminders_refresh(user=owner, now=NOW)
    assert Reminder.objects.get(rule=rules.THANK_YOU).closed_at is None
    url = reverse("followups:mark-sent", args=[interview.pk, "thank_you"])
    response = owner_client.post(url)
    assert response["Location"] == drafts_url(interview) + "#thank_you"
    interview.refresh_from_db()
    assert interview.thank_you_sent_on == datetime.date(2026, 3, 12)
    reminder = Reminder.objects.get(rule=rules.THANK_YOU)
    assert reminder.closed_reason == Reminder.Closed.DONE
    html = owner_client.get(drafts_url(interview)).text
    assert '✓ Sent <time datetime="2026-03-12" title="Thursday 12 March 2026">' in html


def test_today_is_the_users_today(owner, owner_client, interview):
    # 10:00 UTC on the 12th is midnight on the 13th at UTC+14.
    Profile.objects.filter(user=owner).update(time_zone="Pacific/Kiritimati")  # UTC+14
    owner_client.post(reverse("followups:mark-sent", args=[interview.pk, "feedback_request"]))
    interview.refresh_from_db()
    assert interview.feedback_requested_on == datetime.date(2026, 3, 13)


def test_mark_as_sent_by_htmx_returns_the_drafts(owner_client, interview, htmx_headers):
    url = reverse("followups:mark-sent", args=[interview.pk, "thank_you"]) + "?own_words=cats"
    response = owner_client.post(url, headers=htmx_headers)
    assert response.text.lstrip().startswith('<div id="drafts"')
    assert '✓ Sent <time datetime="2026-03-12" title="Thursday 12 March 2026">' in response.text
    assert "our conversation about cats" in response.text


def test_an_unknown_kind_is_a_404(owner_client, interview):
    url = reverse("followups:mark-sent", args=[interview.pk, "chase"])
    assert owner_client.post(url).status_code == 404


def test_another_users_drafts_and_mark_sent_are_404_and_change_nothing(
    outsider_client, interview, htmx_headers
):
    assert outsider_client.get(drafts_url(interview)).status_code == 404
    for headers in ({}, htmx_headers):
        url = reverse("followups:mark-sent", args=[interview.pk, "thank_you"])
        assert outsider_client.post(url, headers=headers).status_code == 404
    interview.refresh_from_db()
    assert interview.thank_you_sent_on is None


def test_anonymous_users_are_sent_to_log_in(client, interview):
    for response in (
        client.get(drafts_url(interview)),
        client.post(reverse("followups:mark-sent", args=[interview.pk, "thank_you"])),
    ):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_interview_page_links_to_the_drafts(owner_client, interview):
    html = owner_client.get(interview.get_absolute_url()).text
    assert drafts_url(interview) + "#thank_you" in html


def test_the_thank_you_reminder_links_straight_to_the_draft(owner, interview, mailoutbox):
    reminders_refresh(user=owner, now=NOW)
    reminders_send(now=NOW)
    (message,) = [m for m in mailoutbox if "thank-you" in m.subject]
    assert f"http://127.0.0.1:8000{drafts_url(interview)}#thank_you" in message.body
    assert unquote(message.body).count("/followups/unsubscribe/") == 1


def test_the_dashboard_sends_thank_you_and_feedback_to_the_drafts(owner, owner_client):
    fresh = InterviewFactory(user=owner, company="Fresh Co", date=datetime.date(2026, 3, 10))
    rejected = InterviewFactory(
        user=owner, company="No Co", date=datetime.date(2026, 3, 1), outcome="rejected"
    )
    todo = owner_client.get(reverse("home")).text.split('id="todo"')[1].split("</ul>")[0]
    assert f'href="{drafts_url(fresh)}#thank_you">Draft it' in todo
    assert f'href="{drafts_url(rejected)}#feedback_request">Draft the request' in todo

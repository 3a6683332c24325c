"""The getting-started checklist: ticks itself off from the account's data, hides on request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from journal import onboarding
from questionbank.models import Answer, Review
from questionbank.starter import STARTER_QUESTIONS
from tests.factories import AskedQuestionFactory, ObservationFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def checklist(client) -> str:
    html = client.get(reverse("home")).text
    if 'id="onboarding"' not in html:
        return ""
    return html.split('id="onboarding"')[1].split("</section>")[0]


def test_a_new_account_sees_every_step_linking_to_where_it_is_done(owner_client):
    steps = checklist(owner_client)
    assert "0 of 5 done" in steps
    for url, label in [
        (reverse("journal:quick-debrief"), "Log your first interview"),
        (reverse("questionbank:starter"), "Add starter questions"),
        (reverse("questionbank:question-list"), "Draft an answer"),
        (reverse("journal:interview-list"), "Tag a weakness"),
        (reverse("questionbank:practice"), "Practise once"),
    ]:
        assert f'<a href="{url}" class="fw-semibold">{label}</a>' in steps


def test_steps_tick_themselves_off_from_what_is_in_the_account(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner)
    steps = checklist(owner_client)
    assert "1 of 5 done" in steps
    assert 'Log your first interview</span> <span class="visually-hidden">(done)' in steps

    QuestionFactory(user=owner, text=STARTER_QUESTIONS[0][1].upper())  # same wording, any case
    Answer.objects.create(question=asked.question, body="")  # an empty answer is not a draft
    assert "2 of 5 done" in checklist(owner_client)
    Answer.objects.filter(question=asked.question).update(body="I led the migration.")
    ObservationFactory(weakness__user=owner, interview=asked.interview)
    assert "4 of 5 done" in checklist(owner_client)
    assert "Practise once</a>" in checklist(owner_client)


def test_it_is_gone_once_every_step_is_done(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner, question__text=STARTER_QUESTIONS[0][1])
    Answer.objects.create(question=asked.question, body="I am a platform engineer.")
    ObservationFactory(weakness__user=owner, interview=asked.interview)
    Review.objects.create(question=asked.question, rating="good", reviewed_at=timezone.now())
    assert checklist(owner_client) == ""
    assert "Getting started" not in owner_client.get(reverse("home")).text


def test_another_users_data_ticks_nothing(owner_client, outsider):
    asked = AskedQuestionFactory(interview__user=outsider, question__text=STARTER_QUESTIONS[0][1])
    ObservationFactory(weakness__user=outsider, interview=asked.interview)
    assert "0 of 5 done" in checklist(owner_client)


def test_hiding_it_keeps_it_hidden(owner_client, owner):
    response = owner_client.post(reverse("journal:onboarding-dismiss"), follow=True)
    assert response.redirect_chain == [(reverse("home"), 302)]
    assert "Getting-started list hidden" in response.text
    assert checklist(owner_client) == ""
    assert Profile.objects.for_user(owner).onboarding_dismissed


def test_hiding_it_with_htmx_removes_the_fragment_and_says_so(owner_client, owner, htmx_headers):
    response = owner_client.post(reverse("journal:onboarding-dismiss"), headers=htmx_headers)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="messages"')  # nothing but the message
    assert "Getting-started list hidden" in response.text
    assert owner_client.get(reverse("journal:onboarding-dismiss")).status_code == 405


def test_what_a_new_user_sees_costs_one_query(owner):
    AskedQuestionFactory(interview__user=owner)
    with CaptureQueriesContext(connection) as queries:
        shown = onboarding.first_run(owner, dismissed=False)
    assert len(queries) == 1
    assert [step.done for step in shown.steps] == [True, False, False, False, False]
    assert (shown.has_sample, shown.offer_sample) == (False, False)
    assert onboarding.first_run(owner, dismissed=True).steps == []

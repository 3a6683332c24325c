"""The dashboard's derived figures are cached per user and data version (accounts.versions):
a repeat view aggregates nothing, and any write the user makes shows on the next view."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    WeaknessFactory,
)

TODAY = timezone.localdate()


def fill(owner, size: int) -> None:
    Profile.objects.for_user(owner)
    for i in range(size):
        interview = InterviewFactory(user=owner, company=f"Co {i}", outcome="offer",
                                     date=TODAY - datetime.timedelta(days=i + 3))  # fmt: skip
        AskedQuestionFactory(interview=interview)
        ObservationFactory(weakness=WeaknessFactory(user=owner), interview=interview, severity=3)


def without_tokens(html: str) -> str:
    return re.sub(r'(csrfmiddlewaretoken" value=|X-CSRFToken": )"[^"]+"', "", html)


def tables_read(queries) -> set[str]:
    return {
        table
        for query in queries
        for table in ("journal_weaknessobservation", "journal_interview", "questionbank_review")
        if table in query["sql"]
    }


@pytest.mark.parametrize("size", [2, 25])
def test_a_repeat_view_reads_no_interviews_or_observations(
    owner, owner_client, size, django_assert_max_num_queries
):
    fill(owner, size)
    first = owner_client.get(reverse("home"))
    with django_assert_max_num_queries(6), CaptureQueriesContext(connection) as queries:
        again = owner_client.get(reverse("home"))
    assert tables_read(queries) == set()
    assert without_tokens(again.text) == without_tokens(first.text)
    assert f'<div class="fs-3 fw-semibold">{size}</div>' in again.text


def test_a_write_shows_on_the_next_view(owner, owner_client):
    fill(owner, 2)
    # Two days on, its thank-you note is due (followups.rules); recording it sent clears it.
    interview = InterviewFactory(
        user=owner, company="Thanking Co", date=TODAY - datetime.timedelta(days=2)
    )
    thank = "Send a thank-you note to <strong>Thanking Co</strong>"
    assert thank in owner_client.get(reverse("home")).text
    owner_client.post(reverse("followups:mark-sent", args=[interview.pk, "thank_you"]))
    html = owner_client.get(reverse("home")).text
    assert thank not in html
    owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]), {"name": "Rambling", "severity": 5}
    )
    html = owner_client.get(reverse("home")).text
    assert '<a href="/journal/weaknesses/' in html and ">Rambling</a>" in html
    counts = '<div class="fs-3 fw-semibold">3</div><div class="text-body-secondary small">weak'
    assert counts in html


def test_each_user_sees_their_own_figures(owner, owner_client, outsider, outsider_client):
    fill(owner, 3)
    Profile.objects.for_user(outsider)
    owner_client.get(reverse("home"))
    assert "Co 1" not in outsider_client.get(reverse("home")).text
    assert "Co 1" in owner_client.get(reverse("home")).text


def test_a_write_moves_the_data_version_and_a_read_does_not(owner, owner_client, client):
    profile = Profile.objects.for_user(owner)
    owner_client.get(reverse("home"))
    profile.refresh_from_db()
    assert profile.data_version == 0
    owner_client.post(reverse("journal:weakness-create"), {"name": "Rambling"})
    profile.refresh_from_db()
    assert profile.data_version == 1
    # A failed write moves it too (nothing is lost by computing again); a visitor has none.
    owner_client.post(reverse("journal:weakness-create"), {"name": ""})
    client.post(reverse("login"), {"username": "nobody", "password": "wrong"})
    profile.refresh_from_db()
    assert profile.data_version == 2


def test_the_brief_reads_its_weaknesses_once_and_shows_a_new_step_at_once(owner, owner_client):
    fill(owner, 3)
    upcoming = InterviewFactory(user=owner, company="Co 1", date=TODAY + datetime.timedelta(days=2))
    weakness = owner.weaknesses.first()
    url = reverse("journal:interview-brief", args=[upcoming.pk])
    owner_client.get(url)
    with CaptureQueriesContext(connection) as queries:
        owner_client.get(url)
    assert not [q for q in queries if "journal_weaknessobservation" in q["sql"]]
    owner_client.post(reverse("journal:action-add", args=[weakness.pk]), {"text": "Breathe first"})
    assert "Breathe first" in owner_client.get(url).text


def test_the_tag_form_offers_a_question_added_since(owner, owner_client):
    fill(owner, 1)
    interview = owner.interviews.get()
    owner_client.get(interview.get_absolute_url())
    owner_client.post(reverse("journal:question-add", args=[interview.pk]), {"text": "Why us?"})
    html = owner_client.get(interview.get_absolute_url()).text
    tag_form = html.split('id="id_question"')[1].split("</select>")[0]
    assert ">Why us?</option>" in tag_form
    # A rejected tag keeps what was typed and says why: the form is drawn afresh, not cached.
    rejected = owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]), {"name": "Rambling"}
    )
    assert "Choose how strongly it showed, 1–5." in rejected.text
    assert 'value="Rambling"' in rejected.text

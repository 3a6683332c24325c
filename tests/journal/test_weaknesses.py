import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from journal.models import ActionItem, Weakness, WeaknessObservation
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    WeaknessFactory,
)

TODAY = timezone.localdate()


@pytest.fixture
def interview(owner):
    return InterviewFactory(user=owner, company="Acme")


def test_tagging_creates_a_weakness_inline_with_htmx(owner_client, owner, interview, htmx_headers):
    asked = AskedQuestionFactory(interview=interview, question__text="Why Acme?")
    response = owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]),
        {"name": "  Rambling  answers ", "severity": "4", "note": "Lost the thread",
         "question": asked.question_id},
        headers=htmx_headers,
    )  # fmt: skip
    assert response.text.strip().startswith('<section id="weaknesses"')
    observation = WeaknessObservation.objects.get()
    assert observation.weakness.name == "Rambling answers"
    assert (observation.severity, observation.note) == (4, "Lost the thread")
    assert observation.question == asked.question
    assert "Exposed by: Why Acme?" in response.text


def test_tagging_finds_an_existing_weakness_by_name(owner_client, owner, interview):
    existing = WeaknessFactory(user=owner, name="Nervous opening")
    owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]),
        {"name": "nervous OPENING", "severity": "2"},
    )
    assert Weakness.objects.for_user(owner).count() == 1
    assert existing.observations.get().severity == 2


def test_tagging_twice_updates_instead_of_duplicating(owner_client, owner, interview):
    url = reverse("journal:observation-add", args=[interview.pk])
    owner_client.post(url, {"name": "Rambling", "severity": "4"})
    owner_client.post(url, {"name": "Rambling", "severity": "2"})
    assert WeaknessObservation.objects.get().severity == 2


def test_tagging_needs_a_name_and_a_severity(owner_client, interview, htmx_headers):
    response = owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]),
        {"name": "", "severity": "9", "note": "keep me"},
        headers=htmx_headers,
    )
    assert "Type a weakness, new or existing." in response.text
    assert "Choose a rating from 1 to 5." in response.text
    assert 'value="keep me"' in response.text
    assert not WeaknessObservation.objects.exists()


def test_a_question_from_another_interview_cannot_be_linked(owner_client, owner, interview):
    other = AskedQuestionFactory(interview=InterviewFactory(user=owner))
    response = owner_client.post(
        reverse("journal:observation-add", args=[interview.pk]),
        {"name": "Rambling", "severity": "3", "question": other.question_id},
    )
    assert "Select a valid choice" in response.text
    assert not WeaknessObservation.objects.exists()


def test_edit_and_remove_a_tag_in_place(owner_client, owner, interview, htmx_headers):
    observation = ObservationFactory(weakness__user=owner, interview=interview, severity=4)
    url = reverse("journal:observation-edit", args=[interview.pk, observation.pk])
    form = owner_client.get(url, headers=htmx_headers)
    assert 'name="severity"' in form.text
    owner_client.post(url, {"severity": "1", "note": "better"}, headers=htmx_headers)
    observation.refresh_from_db()
    assert (observation.severity, observation.note) == (1, "better")
    owner_client.post(
        reverse("journal:observation-remove", args=[interview.pk, observation.pk]),
        headers=htmx_headers,
    )
    assert not WeaknessObservation.objects.exists()
    assert Weakness.objects.exists()


def test_weakness_page_shows_observations_feedback_questions_plan_and_trend(owner_client, owner):
    weakness = WeaknessFactory(user=owner, name="Not answering directly")
    for days, severity in ((30, 5), (20, 3), (10, 1)):
        interview = InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=days))
        asked = AskedQuestionFactory(interview=interview, question__text=f"Question {days}?")
        ObservationFactory(
            weakness=weakness, interview=interview, severity=severity, question=asked.question
        )
    interview.feedback = "You circled around the question before answering."
    interview.feedback_received_on = TODAY
    interview.save()
    interview.feedback_weaknesses.add(weakness)
    ActionItem.objects.create(weakness=weakness, text="Answer first, then explain")
    response = owner_client.get(weakness.get_absolute_url())
    html = response.text
    assert "improving" in html
    assert "Severity 1 last time against 3 the time before." in html
    assert f'<img src="/journal/weaknesses/{weakness.pk}/chart.svg?size=wide&amp;v=' in html
    assert "You circled around the question" in html
    assert "my own rating: severity 1/5" in html
    assert "Question 20?" in html
    assert "Answer first, then explain" in html


def test_weakness_page_query_count_is_constant(owner_client, owner, django_assert_max_num_queries):
    weakness = WeaknessFactory(user=owner)
    for days in range(30):
        ObservationFactory(
            weakness=weakness,
            interview=InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=days)),
            question=AskedQuestionFactory(interview__user=owner).question,
        )
        ActionItem.objects.create(weakness=weakness, text=f"Step {days}")
    with django_assert_max_num_queries(11):
        response = owner_client.get(weakness.get_absolute_url())
    assert len(response.context["observations"]) == 25  # the table paginates
    assert response.text.count("/5</td>") == 25
    assert "Step 29" in response.text
    assert "Page 1 of 2" in response.text
    chart = response.context["chart"]
    assert f'<img src="{chart.wide.replace("&", "&amp;")}"' in response.text
    image = owner_client.get(chart.wide)
    assert image["Content-Type"] == "image/svg+xml"
    assert "How strongly" in image.text
    second = owner_client.get(weakness.get_absolute_url(), {"page": 2})
    assert second.text.count("/5</td>") == 5


def test_plan_steps_are_added_ticked_and_deleted_with_htmx(owner_client, owner, htmx_headers):
    weakness = WeaknessFactory(user=owner)
    add = owner_client.post(
        reverse("journal:action-add", args=[weakness.pk]),
        {"text": "Record a mock answer"},
        headers=htmx_headers,
    )
    assert add.text.strip().startswith('<section id="plan"')
    item = weakness.actions.get()
    owner_client.post(
        reverse("journal:action-toggle", args=[weakness.pk, item.pk]), headers=htmx_headers
    )
    item.refresh_from_db()
    assert item.done
    empty = owner_client.post(
        reverse("journal:action-add", args=[weakness.pk]), {"text": "  "}, headers=htmx_headers
    )
    assert "This field is required." in empty.text or "Describe the step." in empty.text
    owner_client.post(
        reverse("journal:action-delete", args=[weakness.pk, item.pk]), headers=htmx_headers
    )
    assert not weakness.actions.exists()


def test_weakness_list_with_trends_and_create(owner_client, owner):
    response = owner_client.post(
        reverse("journal:weakness-create"),
        {"name": "Little company research", "plan": "Read their last annual report"},
    )
    weakness = Weakness.objects.get(name="Little company research")
    assert response.url == weakness.get_absolute_url()
    duplicate = owner_client.post(
        reverse("journal:weakness-create"), {"name": "little COMPANY research"}
    )
    assert "You already track a weakness with this name." in duplicate.text
    listing = owner_client.get(reverse("journal:weakness-list"))
    assert "Little company research" in listing.text
    assert "no data" in listing.text


def test_resolved_weakness_is_shown_as_resolved(owner_client, owner):
    weakness = WeaknessFactory(user=owner, name="Misjudged dress code")
    ObservationFactory(
        weakness=weakness,
        interview=InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=40)),
        severity=4,
    )
    for days in (30, 20, 10):
        InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=days))
    response = owner_client.get(weakness.get_absolute_url())
    assert "It has not shown in your last 3 interviews." in response.text


def test_feedback_can_be_tagged_with_weaknesses(owner_client, owner, interview):
    weakness = WeaknessFactory(user=owner, name="Rambling")
    someone_elses = WeaknessFactory(name="Not mine")
    url = reverse("journal:interview-section", args=[interview.pk, "followups"])
    form = owner_client.get(url)
    assert "Rambling" in form.text
    assert "Not mine" not in form.text
    owner_client.post(
        url,
        {"feedback": "Too long-winded", "feedback_received_on": TODAY.isoformat(),
         "feedback_weaknesses": [weakness.pk]},
    )  # fmt: skip
    assert list(interview.feedback_weaknesses.all()) == [weakness]
    bad = owner_client.post(
        url,
        {"feedback": "x", "feedback_received_on": TODAY.isoformat(),
         "feedback_weaknesses": [someone_elses.pk]},
    )  # fmt: skip
    assert "Select a valid choice" in bad.text


def test_with_trends_loads_every_weakness_trend_in_two_queries(
    owner, outsider, django_assert_num_queries
):
    for name in ("Rambling", "Vague results", "Never tagged"):
        weakness = WeaknessFactory(user=owner, name=name)
        if name != "Never tagged":
            ObservationFactory(weakness=weakness, interview__user=owner, severity=3)
    WeaknessFactory(user=outsider, name="Rambling")
    with django_assert_num_queries(3):  # the weaknesses, then their interviews and observations
        weaknesses = list(Weakness.objects.for_user(owner).with_trends())
        by_name = {w.name: (w.observation_count, w.trend.verdict, w.is_open) for w in weaknesses}
    assert by_name == {
        "Never tagged": (0, "none", False),
        "Rambling": (1, "steady", True),
        "Vague results": (1, "steady", True),
    }


def test_a_weakness_fetched_without_trends_still_knows_whether_it_is_open(owner):
    weakness = WeaknessFactory(user=owner)
    ObservationFactory(
        weakness=weakness,
        interview=InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=40)),
        severity=4,
    )
    assert Weakness.objects.get(pk=weakness.pk).is_open
    for days in (30, 20, 10):
        InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=days))
    assert not Weakness.objects.get(pk=weakness.pk).is_open


@pytest.mark.parametrize("count", [3, 12])
def test_the_list_shows_the_latest_severities_and_stays_the_same_size(
    owner_client, owner, count, django_assert_max_num_queries
):
    weakness = WeaknessFactory(user=owner, name="Rambling")
    for i in range(count):
        ObservationFactory(
            weakness=weakness,
            interview=InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=60 - i)),
            severity=1 + i % 5,
        )
    with django_assert_max_num_queries(6):
        html = owner_client.get(reverse("journal:weakness-list")).text
    severities = [1 + i % 5 for i in range(count)][-Weakness.RECENT_SEVERITIES :]
    shown = " → ".join(map(str, severities))
    assert f"{count} interviews · severities {'… → ' if count > 6 else ''}{shown} ·" in html


def test_the_table_lists_the_newest_first_and_a_removal_shows_at_once(owner, owner_client):
    Profile.objects.for_user(owner)  # with a profile, the page's figures are cached
    weakness = WeaknessFactory(user=owner)
    observations = [
        ObservationFactory(weakness=weakness, note=f"Note {days}", interview=InterviewFactory(
            user=owner, date=TODAY - datetime.timedelta(days=days)))
        for days in (40, 3, 12)
    ]  # fmt: skip
    html = owner_client.get(weakness.get_absolute_url()).text
    assert html.index("Note 3") < html.index("Note 12") < html.index("Note 40")
    newest = observations[1]
    owner_client.post(reverse("journal:observation-remove", args=[newest.interview_id, newest.pk]))
    html = owner_client.get(weakness.get_absolute_url()).text
    assert "Note 3" not in html and html.index("Note 12") < html.index("Note 40")

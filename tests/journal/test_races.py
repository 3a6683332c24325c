"""Two tabs, double clicks and requests racing a delete: refused or 404, never lost, never 500."""

import uuid

import pytest
from django.urls import reverse

from journal.models import AskedQuestion, DebriefDraft, Interview, WeaknessObservation
from tests.factories import AskedQuestionFactory, InterviewFactory, ObservationFactory

URL = reverse("journal:quick-debrief")
HTMX = {"HX-Request": "true"}
AUTOSAVE = reverse("journal:debrief-autosave")


def debrief(token, **fields) -> dict:
    return {
        "draft_token": token,
        "company": "Acme",
        "round": "technical",
        "date": "2026-11-20",
        "questions": "Why Acme?\nA time you failed",
        **fields,
    }


def test_submitting_the_same_draft_twice_leads_to_the_first_interview(owner_client, owner):
    token = uuid.uuid4()
    first = owner_client.post(URL, debrief(token))
    second = owner_client.post(URL, debrief(token, questions="Why Acme?"))
    interview = Interview.objects.get(user=owner)
    assert first.url == second.url == interview.get_absolute_url()
    assert interview.asked.count() == 2
    page = owner_client.get(second.url)
    assert "This debrief was already saved; here it is." in page.text
    draft = DebriefDraft.objects.get(token=token)
    assert draft.interview == interview and draft.submitted_at is not None


def test_a_stale_tabs_resubmit_adds_the_questions_the_first_interview_lacks(owner_client, owner):
    token = uuid.uuid4()
    owner_client.post(URL, debrief(token, questions="Why Acme?"))
    lines = "Why Acme?\nA time you failed\nDesign a rate limiter"
    second = owner_client.post(URL, debrief(token, questions=lines))
    interview = Interview.objects.get(user=owner)
    assert second.url == interview.get_absolute_url()
    assert [a.question.text for a in interview.asked.order_by("position")] == lines.split("\n")
    page = owner_client.get(second.url)
    assert "This debrief was already saved; 2 more questions from this tab were added." in page.text
    third = owner_client.post(URL, debrief(token, questions="Why Acme?\nWhen could you start?"))
    assert interview.asked.count() == 4
    page = owner_client.get(third.url)
    assert "This debrief was already saved; 1 more question from this tab was added." in page.text


def test_a_submit_without_autosave_creates_the_draft_that_makes_it_idempotent(owner_client):
    token = uuid.uuid4()
    owner_client.post(URL, debrief(token))
    assert DebriefDraft.objects.get(token=token).interview is not None
    owner_client.post(URL, debrief(token))
    assert Interview.objects.count() == 1


def test_another_users_draft_token_is_a_404_and_creates_nothing(
    owner_client, outsider_client, outsider
):
    token = uuid.uuid4()
    owner_client.post(URL, debrief(token))
    response = outsider_client.post(URL, debrief(token, company="Mallory Inc"))
    assert response.status_code == 404
    assert not Interview.objects.filter(user=outsider).exists()


def test_a_stale_tabs_autosave_is_refused_and_offers_both_texts(owner_client, owner, htmx_headers):
    token = uuid.uuid4()
    owner_client.post(AUTOSAVE, debrief(token, draft_version=0), headers=htmx_headers)
    draft = DebriefDraft.objects.get(token=token)
    assert draft.version == 1
    # Tab A saves on top of version 1 ...
    a = owner_client.post(
        AUTOSAVE, debrief(token, draft_version=1, questions="Newer text from tab A"),
        headers=htmx_headers,
    )  # fmt: skip
    assert 'name="draft_version" value="2"' in a.text
    assert 'data-save-state="saved"' in a.text
    # ... tab B still thinks it is at version 1: refused, with tab A's text shown.
    b = owner_client.post(
        AUTOSAVE, debrief(token, draft_version=1, questions="Older text from tab B"),
        headers=htmx_headers,
    )  # fmt: skip
    assert 'data-save-state="conflict"' in b.text
    assert "Not saved: changed in another tab" in b.text
    assert "Newer text from tab A" in b.text
    assert 'name="draft_version" value="1"' in b.text  # tab B keeps being refused ...
    assert "Keep this tab's text" in b.text
    draft.refresh_from_db()
    assert draft.data["questions"] == "Newer text from tab A"
    # ... until the user chooses to keep tab B's text, based on the version it was shown.
    assert '"draft_version": "2", "draft_replacing": "1"' in b.text  # what the button sends
    keep = owner_client.post(
        AUTOSAVE,
        debrief(token, draft_version=2, draft_replacing="1", questions="Older text from tab B"),
        headers=htmx_headers,
    )
    assert 'data-save-state="saved"' in keep.text
    draft.refresh_from_db()
    assert (draft.version, draft.data["questions"]) == (3, "Older text from tab B")
    # Tab A's text is not lost: the draft keeps it, and the page shows it back.
    assert [entry["data"] for entry in draft.replaced] == [{"questions": "Newer text from tab A"}]
    for page in (keep, owner_client.get(URL)):
        assert "Its text is kept here" in page.text
        assert "Newer text from tab A" in page.text


def test_only_the_choice_to_keep_a_tabs_text_stores_what_it_replaces(owner):
    token = uuid.uuid4()
    DebriefDraft.objects.autosave(owner, token, {"questions": "one"}, 0)
    DebriefDraft.objects.autosave(owner, token, {"questions": "one two"}, 1)  # plain typing
    assert DebriefDraft.objects.get(token=token).replaced == []
    # A "keep" based on an out-of-date version is refused like any stale save, storing nothing.
    stale = DebriefDraft.objects.autosave(owner, token, {"questions": "B"}, 1, replacing=True)
    assert stale.stale and stale.replaced == [] and stale.data == {"questions": "one two"}
    DebriefDraft.objects.autosave(owner, token, {"questions": "B"}, 2, replacing=True)
    DebriefDraft.objects.autosave(owner, token, {"questions": "A again"}, 3, replacing=True)
    draft = DebriefDraft.objects.get(token=token)
    assert draft.data == {"questions": "A again"}
    assert [entry["data"]["questions"] for entry in draft.replaced] == ["one two", "B"]


def test_a_stale_save_of_text_already_stored_is_no_conflict(owner_client, htmx_headers):
    token = uuid.uuid4()
    owner_client.post(AUTOSAVE, debrief(token), headers=htmx_headers)
    owner_client.post(AUTOSAVE, debrief(token, draft_version=1, role="CTO"), headers=htmx_headers)
    # The response to that save was lost: the page still says version 1, with the same text.
    again = owner_client.post(
        AUTOSAVE, debrief(token, draft_version=1, role="CTO"), headers=htmx_headers
    )
    assert 'data-save-state="saved"' in again.text
    assert 'name="draft_version" value="2"' in again.text
    # Nothing new (a focusout right after a save): no write, no new version.
    same = owner_client.post(
        AUTOSAVE, debrief(token, draft_version=2, role="CTO"), headers=htmx_headers
    )
    assert 'name="draft_version" value="2"' in same.text


def test_the_page_carries_the_draft_version(owner_client, htmx_headers):
    token = uuid.uuid4()
    for version in (0, 1, 2):
        data = debrief(token, draft_version=version, role=f"Role {version}")
        owner_client.post(AUTOSAVE, data, headers=htmx_headers)
    assert 'name="draft_version" value="3"' in owner_client.get(URL).text


def test_recording_questions_on_a_deleted_interview_raises_does_not_exist(owner):
    from journal import actions

    interview = InterviewFactory(user=owner)
    Interview.objects.filter(pk=interview.pk).delete()  # by another request, after the fetch
    with pytest.raises(Interview.DoesNotExist):
        actions.questions_record(interview=interview, texts=["Why us?"])
    assert not AskedQuestion.objects.exists()


def test_moving_a_question_removed_meanwhile_raises_does_not_exist(owner):
    asked = AskedQuestionFactory(interview__user=owner)
    AskedQuestionFactory(interview=asked.interview)
    AskedQuestion.objects.filter(pk=asked.pk).delete()  # another tab removed it
    with pytest.raises(AskedQuestion.DoesNotExist):
        asked.move(1)


@pytest.mark.parametrize(
    "view, data",
    [
        ("question-move", {"direction": "down"}),
        ("question-notes", {"answer_notes": "Rambled", "rating": "3"}),
    ],
)
def test_requests_racing_a_removed_question_answer_404_and_recreate_nothing(
    owner_client, owner, monkeypatch, view, data
):
    from journal.views import interviews

    asked = AskedQuestionFactory(interview__user=owner)
    AskedQuestionFactory(interview=asked.interview)
    fetch = interviews._get_asked

    def fetch_then_lose_the_race(request, pk, asked_pk):
        found = fetch(request, pk, asked_pk)
        AskedQuestion.objects.filter(pk=found.pk).delete()  # the other request wins here
        return found

    monkeypatch.setattr(interviews, "_get_asked", fetch_then_lose_the_race)
    url = reverse(f"journal:{view}", args=[asked.interview_id, asked.pk])
    response = owner_client.post(url, data, headers={"HX-Request": "true"})
    assert response.status_code == 404
    assert not AskedQuestion.objects.filter(pk=asked.pk).exists()


@pytest.mark.parametrize(
    "url_name, args, data",
    [
        ("question-add", [], {"text": "Why us?"}),
        ("interview-section", ["reflections"], {"went_well": "The STAR story"}),
        ("interview-outcome", [], {"outcome": "offer"}),
    ],
)
@pytest.mark.parametrize("htmx", [True, False])
def test_requests_racing_an_interview_delete_answer_404_and_bring_nothing_back(
    owner_client, owner, monkeypatch, url_name, args, data, htmx
):
    from journal.views import interviews

    interview = InterviewFactory(user=owner)
    real = interviews.get_object_or_404

    def fetch_then_lose_the_race(queryset, **lookup):
        found = real(queryset, **lookup)
        Interview.objects.filter(pk=found.pk).delete()  # the delete commits here
        return found

    monkeypatch.setattr(interviews, "get_object_or_404", fetch_then_lose_the_race)
    url = reverse(f"journal:{url_name}", args=[interview.pk, *args])
    response = owner_client.post(url, data, headers={"HX-Request": "true"} if htmx else {})
    assert response.status_code == 404
    assert not Interview.objects.exists()  # not brought back by the save
    assert not AskedQuestion.objects.exists()


def lose_the_race(monkeypatch, module, model):
    """Make `module`'s get_object_or_404 return the object, then delete it (another tab)."""
    real = module.get_object_or_404

    def fetch_then_lose(queryset, **lookup):
        found = real(queryset, **lookup)
        model.objects.filter(pk=found.pk).delete()
        return found

    monkeypatch.setattr(module, "get_object_or_404", fetch_then_lose)


@pytest.mark.django_db(transaction=True)  # the foreign key is checked when the write commits
def test_tagging_a_weakness_on_an_interview_deleted_meanwhile_is_a_404(
    owner_client, owner, monkeypatch
):
    from journal.models import WeaknessObservation
    from journal.views import interviews

    interview = InterviewFactory(user=owner)
    lose_the_race(monkeypatch, interviews, Interview)
    url = reverse("journal:observation-add", args=[interview.pk])
    response = owner_client.post(url, {"name": "Rambling", "severity": "3"}, headers=HTMX)
    assert response.status_code == 404
    assert not WeaknessObservation.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_adding_a_plan_step_to_a_weakness_deleted_meanwhile_is_a_404(
    owner_client, owner, monkeypatch
):
    from journal.models import ActionItem, Weakness
    from journal.views import weaknesses
    from tests.factories import WeaknessFactory

    weakness = WeaknessFactory(user=owner)
    lose_the_race(monkeypatch, weaknesses, Weakness)
    url = reverse("journal:action-add", args=[weakness.pk])
    response = owner_client.post(url, {"text": "Answer in one sentence first"}, headers=HTMX)
    assert response.status_code == 404
    assert not ActionItem.objects.exists()


def test_editing_a_weakness_tag_removed_meanwhile_is_a_404_and_brings_nothing_back(
    owner_client, owner, monkeypatch
):
    from journal.views import interviews

    observation = ObservationFactory(weakness__user=owner, interview__user=owner, severity=2)
    fetch = interviews._get_observation

    def fetch_then_lose_the_race(request, pk, observation_pk):
        found = fetch(request, pk, observation_pk)
        WeaknessObservation.objects.filter(pk=found.pk).delete()  # removed in another tab
        return found

    monkeypatch.setattr(interviews, "_get_observation", fetch_then_lose_the_race)
    url = reverse("journal:observation-edit", args=[observation.interview_id, observation.pk])
    data = {"severity": "4", "note": "again"}
    response = owner_client.post(url, data, headers={"HX-Request": "true"})
    assert response.status_code == 404
    assert not WeaknessObservation.objects.filter(pk=observation.pk).exists()

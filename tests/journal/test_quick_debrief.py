import uuid

from django.urls import reverse
from django.utils import timezone

from journal.models import DebriefDraft, Interview

URL = reverse("journal:quick-debrief")
AUTOSAVE = reverse("journal:debrief-autosave")


def test_the_page_defaults_the_date_to_today(owner_client):
    response = owner_client.get(URL)
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in response.text
    assert "Questions you were asked — one per line" in response.text


def test_submitting_creates_the_interview_questions_and_history(owner_client, owner):
    token = uuid.uuid4()
    response = owner_client.post(
        URL,
        {
            "draft_token": token,
            "company": "  Acme   Corp ",
            "role": "Engineer",
            "round": "technical",
            "date": "2026-11-20",
            "questions": "Tell me about yourself\nWhy Acme?\n\nA time you failed\n",
            "confidence_rating": "4",
            "went_well": "Clear STAR stories",
        },
    )
    interview = Interview.objects.get(user=owner)
    assert response.status_code == 302
    assert response.url == interview.get_absolute_url()
    assert interview.company == "Acme Corp"
    assert interview.confidence_rating == 4
    assert [a.question.text for a in interview.asked.all()] == [
        "Tell me about yourself",
        "Why Acme?",
        "A time you failed",
    ]
    assert [c.outcome for c in interview.outcome_changes.all()] == ["pending"]


def test_a_repeated_question_is_counted_not_duplicated(owner_client, owner):
    for company in ("Acme", "Globex"):
        owner_client.post(
            URL,
            {
                "company": company,
                "round": "other",
                "date": "2026-11-20",
                "questions": "What is your biggest weakness?",
            },
        )
    assert owner.questions.count() == 1
    assert owner.questions.get().asked.count() == 2


def test_bad_input_is_explained_and_the_typing_kept(owner_client, owner):
    response = owner_client.post(
        URL,
        {
            "company": "   ",
            "round": "other",
            "date": "1900-01-01",
            "questions": "Why us?\nWhere do you see yourself?",
            "confidence_rating": "9",
        },
    )
    assert response.status_code == 200
    assert "Enter the company&#x27;s name." in response.text
    assert "years ago. Check the year." in response.text
    assert "Choose a rating from 1 to 5." in response.text
    assert "Why us?\nWhere do you see yourself?" in response.text
    assert not Interview.objects.exists()


def test_autosave_keeps_a_draft_and_the_page_restores_it(owner_client, owner, htmx_headers):
    token = uuid.uuid4()
    response = owner_client.post(
        AUTOSAVE,
        {"draft_token": token, "company": "Acme", "questions": "Why us?\nWhy now?"},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert "Draft saved at" in response.text
    assert "<html" not in response.text
    draft = DebriefDraft.objects.get(user=owner)
    assert draft.data["questions"] == "Why us?\nWhy now?"

    page = owner_client.get(URL)
    assert f'value="{token}"' in page.text
    assert 'value="Acme"' in page.text
    assert "Why us?\nWhy now?" in page.text


def test_an_autosave_arriving_after_submit_does_not_revive_the_draft(
    owner_client, owner, htmx_headers
):
    token = uuid.uuid4()
    owner_client.post(AUTOSAVE, {"draft_token": token, "company": "Acme"}, headers=htmx_headers)
    owner_client.post(
        URL, {"draft_token": token, "company": "Acme", "round": "other", "date": "2026-11-20"}
    )
    late = owner_client.post(
        AUTOSAVE, {"draft_token": token, "company": "Acme"}, headers=htmx_headers
    )
    assert "Already saved as an interview" in late.text
    assert not DebriefDraft.objects.for_user(owner).open().exists()
    assert 'value="Acme"' not in owner_client.get(URL).text


def test_autosave_cannot_touch_another_users_draft(owner_client, outsider_client, htmx_headers):
    token = uuid.uuid4()
    owner_client.post(AUTOSAVE, {"draft_token": token, "company": "Mine"}, headers=htmx_headers)
    outsider_client.post(
        AUTOSAVE, {"draft_token": token, "company": "Theirs"}, headers=htmx_headers
    )
    assert DebriefDraft.objects.get(token=token).data["company"] == "Mine"


def test_discarding_the_draft(owner_client, owner, htmx_headers):
    owner_client.post(
        AUTOSAVE, {"draft_token": uuid.uuid4(), "company": "Acme"}, headers=htmx_headers
    )
    owner_client.post(reverse("journal:debrief-discard"), {"confirmed": "1"})
    assert not DebriefDraft.objects.filter(user=owner).exists()


def test_round_and_format_are_not_recorded_unless_chosen(owner_client, owner):
    owner_client.post(URL, {"company": "Acme", "date": "2026-11-20"})
    interview = Interview.objects.get(user=owner)
    assert (interview.round, interview.round_number, interview.format) == ("", None, "")
    assert interview.stage == "Round not recorded"
    assert interview.get_format_display() == "Format not recorded"


def test_round_number_and_format_are_recorded_when_chosen(owner_client, owner):
    owner_client.post(
        URL,
        {
            "company": "Acme",
            "date": "2026-11-20",
            "round": "panel",
            "round_number": "3",
            "format": "in_person",
        },
    )
    interview = Interview.objects.get(user=owner)
    assert interview.stage == "Panel, round 3"
    assert interview.format == "in_person"


def test_the_fields_come_in_reading_order_with_rating_scales_explained(owner_client):
    html = owner_client.get(URL).text
    names = ["company", "role", "round", "round_number", "format", "date", "questions"]
    positions = [html.index(f'name="{name}"') for name in names]
    assert positions == sorted(positions)
    assert html.index('name="questions"') < html.index('name="preparation_rating"')
    assert html.count("1 = poor … 5 = excellent") == 6

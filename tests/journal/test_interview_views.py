import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from journal.models import Interview
from tests.factories import AskedQuestionFactory, InterviewFactory


@pytest.fixture
def interview(owner):
    interview = InterviewFactory(
        user=owner, company="Acme", role="Engineer", interviewers="Grace Hopper, Alan Turing"
    )
    interview.record_outcome(Interview.Outcome.PENDING)
    return interview


def section_url(interview, section):
    return reverse("journal:interview-section", args=[interview.pk, section])


def test_create_an_interview_in_full(owner_client, owner):
    response = owner_client.post(
        reverse("journal:interview-create"),
        {
            "company": "Initech",
            "role": "Analyst",
            "round": "phone_screen",
            "date": "2026-11-21",
            "time": "14:30",
            "format": "phone",
            "outcome": "pending",
            "posting_url": "https://jobs.example.com/1",
        },
    )
    interview = Interview.objects.get(user=owner)
    assert response.url == interview.get_absolute_url()
    assert interview.time == datetime.time(14, 30)
    assert interview.outcome_changes.count() == 1


def test_create_shows_errors_next_to_fields_and_keeps_input(owner_client):
    response = owner_client.post(
        reverse("journal:interview-create"),
        {"company": "", "role": "Analyst", "date": "3033-01-01", "posting_url": "not a url"},
    )
    assert response.status_code == 200
    html = response.text
    assert "Enter the company&#x27;s name." in html
    assert "years ahead. Check the year." in html
    assert "Enter a valid URL." in html
    assert 'value="Analyst"' in html
    assert 'value="not a url"' in html


def test_detail_shows_the_whole_record(owner_client, interview):
    AskedQuestionFactory(interview=interview, question__text="Why Acme?")
    response = owner_client.get(interview.get_absolute_url())
    html = response.text
    for text in (
        "Questions they asked",
        "Why Acme?",
        "Self-assessment",
        "Reflections",
        "Follow-ups",
        "Outcome",
        "Basics",
        "Outfit",
        "Preparation",
    ):
        assert text in html
    assert reverse("followups:drafts", args=[interview.pk]) + "#thank_you" in html


def test_detail_query_count_is_constant(owner_client, owner, django_assert_max_num_queries):
    interview = InterviewFactory(user=owner, company="Acme")
    for _ in range(3):
        InterviewFactory(user=owner, company="acme")
    for _ in range(25):
        AskedQuestionFactory(interview=interview)
    for outcome in ("moved_forward", "offer", "rejected"):
        interview.record_outcome(outcome)
    # +2 for "asked before in other words" (the bank's meanings, the pairs said not the same),
    # +1 on this first view only, which stores the new questions' meanings.
    with django_assert_max_num_queries(15):
        response = owner_client.get(interview.get_absolute_url())
    assert response.text.count('id="asked-') == 25


def test_a_section_saves_on_its_own_without_js(owner_client, interview):
    response = owner_client.post(
        section_url(interview, "outfit"),
        {"outfit": "Navy suit", "dress_code": "business", "outfit_fit": "no", "outfit_note": ""},
    )
    assert response.status_code == 302
    assert response.url.endswith("#outfit")
    interview.refresh_from_db()
    assert interview.outfit == "Navy suit"
    assert interview.company == "Acme"  # untouched by the outfit form


def test_a_section_get_shows_its_form_on_the_full_page(owner_client, interview):
    response = owner_client.get(section_url(interview, "reflections"))
    assert "<html" in response.text
    assert 'name="went_well"' in response.text


def test_htmx_section_edit_returns_only_the_fragment(owner_client, interview, htmx_headers):
    response = owner_client.get(section_url(interview, "outfit"), headers=htmx_headers)
    assert "<html" not in response.text
    assert response.text.strip().startswith('<section id="outfit"')
    assert 'name="dress_code"' in response.text

    response = owner_client.post(
        section_url(interview, "outfit"),
        {"outfit": "Jeans", "dress_code": "casual", "outfit_fit": "yes"},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert response.text.strip().startswith('<section id="outfit"')
    assert "Jeans" in response.text
    assert 'name="dress_code"' not in response.text

    view = owner_client.get(section_url(interview, "outfit") + "?mode=view", headers=htmx_headers)
    assert 'name="dress_code"' not in view.text


def test_invalid_htmx_section_rerenders_with_errors(owner_client, interview, htmx_headers):
    response = owner_client.post(
        section_url(interview, "assessment"),
        {"confidence_rating": "7", "confidence_note": "Shaky start"},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert "Choose a rating from 1 to 5." in response.text
    assert 'value="Shaky start"' in response.text
    interview.refresh_from_db()
    assert interview.confidence_rating is None


def test_feedback_text_needs_a_date(owner_client, interview):
    response = owner_client.post(
        section_url(interview, "followups"),
        {"feedback": "Too vague on the system design"},
    )
    assert response.status_code == 200
    assert "When did the feedback arrive?" in response.text
    assert "Too vague on the system design" in response.text


def test_unknown_section_is_404(owner_client, interview):
    assert owner_client.get(section_url(interview, "secrets")).status_code == 404


def test_outcome_changed_from_the_list_with_htmx(owner_client, interview, htmx_headers):
    response = owner_client.post(
        reverse("journal:interview-outcome", args=[interview.pk]),
        {"outcome": "offer", "from": "list"},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert response.text.strip().startswith(f'<form id="outcome-{interview.pk}"')
    assert '<option value="offer" selected>' in response.text
    assert [c.outcome for c in interview.outcome_changes.all()] == ["pending", "offer"]


def test_outcome_changed_on_the_detail_page_shows_history(owner_client, interview, htmx_headers):
    response = owner_client.post(
        reverse("journal:interview-outcome", args=[interview.pk]),
        {"outcome": "rejected"},
        headers=htmx_headers,
    )
    assert response.text.strip().startswith('<section id="outcome"')
    assert "Rejected" in response.text.split("History")[1]


def test_outcome_without_js_redirects(owner_client, interview):
    response = owner_client.post(
        reverse("journal:interview-outcome", args=[interview.pk]), {"outcome": "withdrew"}
    )
    assert response.url == interview.get_absolute_url()
    interview.refresh_from_db()
    assert interview.outcome == "withdrew"


def test_an_invalid_outcome_changes_nothing(owner_client, interview, htmx_headers):
    owner_client.post(
        reverse("journal:interview-outcome", args=[interview.pk]),
        {"outcome": "hired-on-the-spot"},
        headers=htmx_headers,
    )
    interview.refresh_from_db()
    assert interview.outcome == "pending"
    assert interview.outcome_changes.count() == 1


def test_delete_confirms_by_name_then_deletes(owner_client, interview):
    confirm = owner_client.get(reverse("journal:interview-delete", args=[interview.pk]))
    assert "Delete the Acme interview" in confirm.text
    response = owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    assert response.url == reverse("journal:interview-list")
    assert not Interview.objects.filter(pk=interview.pk).exists()


def test_company_page_shows_interviews_questions_and_outfits(owner_client, owner):
    first = InterviewFactory(user=owner, company="Acme", outfit="Grey blazer")
    InterviewFactory(user=owner, company="ACME", outfit="Black dress")
    InterviewFactory(user=owner, company="Globex", outfit="Hoodie")
    AskedQuestionFactory(interview=first, question__text="Why Acme?")
    response = owner_client.get(reverse("journal:company-detail"), {"name": "acme"})
    assert "Grey blazer" in response.text
    assert "Black dress" in response.text
    assert "Hoodie" not in response.text
    assert "Why Acme?" in response.text


def test_detail_lists_outfits_from_earlier_interviews_at_the_company(owner_client, owner):
    InterviewFactory(user=owner, company="Acme", outfit="Grey blazer")
    interview = InterviewFactory(user=owner, company="acme")
    response = owner_client.get(interview.get_absolute_url())
    assert "Grey blazer" in response.text


def test_company_list_groups_spellings_of_one_company(owner_client, owner):
    InterviewFactory(user=owner, company="Acme")
    InterviewFactory(user=owner, company="ACME")
    InterviewFactory(user=owner, company="Globex")
    page = owner_client.get(reverse("journal:company-list")).context["page"]
    assert sorted((row["name"].lower(), row["interviews"]) for row in page) == [
        ("acme", 2),
        ("globex", 1),
    ]


def test_an_upcoming_interview_offers_preparation_not_reflection(owner_client, owner):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    interview = InterviewFactory(user=owner, date=tomorrow, interviewers="Grace")
    html = owner_client.get(interview.get_absolute_url()).text
    assert "Upcoming" in html
    assert "Pre-interview brief" in html
    assert 'id="preparation"' in html
    assert "what held you back today" not in html
    assert 'id="assessment"' not in html
    assert '#thank_you">Thank-you note' not in html


def test_on_its_day_an_interview_asks_for_reflection(owner_client, owner):
    interview = InterviewFactory(user=owner, date=timezone.localdate())
    html = owner_client.get(interview.get_absolute_url()).text
    assert "Upcoming" not in html
    assert 'id="assessment"' in html
    assert '#thank_you">Thank-you note' in html


def test_what_was_worn_lists_only_earlier_interviews(owner_client, owner):
    today = timezone.localdate()
    InterviewFactory(
        user=owner,
        company="Acme",
        outfit="Grey blazer",
        date=today.replace(day=1) - datetime.timedelta(days=30),
    )
    InterviewFactory(
        user=owner, company="Acme", outfit="Future suit", date=today + datetime.timedelta(days=3)
    )
    interview = InterviewFactory(user=owner, company="acme", date=today)
    html = owner_client.get(interview.get_absolute_url()).text
    assert "Grey blazer" in html
    assert "Future suit" not in html


def test_the_severity_scale_says_what_its_ends_mean(owner_client, owner):
    interview = InterviewFactory(user=owner, date=datetime.date.today())
    html = owner_client.get(interview.get_absolute_url()).text
    assert "1 = barely … 5 = severe" in html


def test_saving_the_basics_refreshes_the_header_and_breadcrumb_out_of_band(owner_client, owner):
    interview = InterviewFactory(user=owner, company="Acme", role="Engineer")
    response = owner_client.post(
        reverse("journal:interview-section", args=[interview.pk, "basics"]),
        {"company": "Globex", "role": "Lead", "round": "final", "date": "2026-01-05"},
        headers={"HX-Request": "true"},
    )
    header = response.text[response.text.index('id="interview-header"') :]
    assert 'hx-swap-oob="true"' in header
    assert "Lead at Globex" in header
    assert "?name=Globex" in header  # the breadcrumb's company link
    assert "Final, 5 Jan 2026" in header


@pytest.mark.parametrize("days, refreshes", [(10, True), (-10, False)])
def test_moving_the_date_across_today_reloads_the_page(owner_client, owner, days, refreshes):
    # A past interview moved into the future becomes upcoming: its sections change, so the
    # htmx save asks for a full reload instead of swapping one section.
    interview = InterviewFactory(user=owner, company="Acme", date=timezone.localdate())
    new_date = timezone.localdate() + datetime.timedelta(days=days)
    response = owner_client.post(
        reverse("journal:interview-section", args=[interview.pk, "basics"]),
        {"company": "Acme", "date": new_date.isoformat()},
        headers={"HX-Request": "true"},
    )
    interview.refresh_from_db()
    assert interview.date == new_date
    assert (response.headers.get("HX-Refresh") == "true") is refreshes
    if not refreshes:
        assert 'id="interview-header"' in response.text

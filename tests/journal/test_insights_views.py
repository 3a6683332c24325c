import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from journal.models import Strength
from questionbank.models import Answer
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
    WeaknessFactory,
)

TODAY = timezone.localdate()


def days_ago(n: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=n)


def test_dashboard_lists_what_to_do_next(owner_client, owner):
    InterviewFactory(user=owner, company="Fresh Co", date=days_ago(2))
    InterviewFactory(user=owner, company="Thanked Co", date=days_ago(1), thank_you_sent_on=TODAY)
    InterviewFactory(user=owner, company="Old Co", date=days_ago(9))
    InterviewFactory(user=owner, company="Rejecting Co", date=days_ago(9), outcome="rejected",
                     thank_you_sent_on=days_ago(8))  # fmt: skip
    InterviewFactory(user=owner, company="Feedback Co", date=days_ago(20), feedback="Be concise",
                     feedback_received_on=days_ago(5))  # fmt: skip
    InterviewFactory(user=owner, company="Future Co", date=TODAY + datetime.timedelta(days=3))
    QuestionFactory(user=owner)  # never practised: due
    todo = owner_client.get(reverse("home")).text.split('id="todo"')[1].split("</ul>")[0]
    assert "Send a thank-you note to <strong>Fresh Co</strong>" in todo
    assert "Thanked Co" not in todo
    assert "Old Co" not in todo
    assert "Ask <strong>Rejecting Co</strong> for feedback" in todo
    assert "Reflect on the feedback from <strong>Feedback Co</strong>" in todo
    assert "<strong>1</strong> question to practise today" in todo
    assert "Coming up: <strong>Future Co</strong>" in todo


def test_dashboard_shows_top_weaknesses_with_trend(owner_client, owner):
    weakness = WeaknessFactory(user=owner, name="Rambling")
    for days, severity in ((3, 4), (2, 2)):
        ObservationFactory(
            weakness=weakness, interview=InterviewFactory(user=owner, date=days_ago(days)),
            severity=severity,
        )  # fmt: skip
    html = owner_client.get(reverse("home")).text
    assert "Rambling" in html
    assert "improving" in html


@pytest.mark.parametrize("size", [1, 30])
def test_dashboard_query_count_is_constant(
    owner_client, owner, size, django_assert_max_num_queries
):
    for i in range(size):
        # Rejected three to five days ago, no feedback yet: time to ask (followups.rules).
        interview = InterviewFactory(user=owner, date=days_ago(3 + i % 3), outcome="rejected")
        AskedQuestionFactory(interview=interview)
        ObservationFactory(weakness=WeaknessFactory(user=owner), interview=interview)
    with django_assert_max_num_queries(16):
        response = owner_client.get(reverse("home"))
    assert response.status_code == 200
    assert response.text.count("Ask <strong>") == min(size, 10)  # a feedback request per rejection
    assert len(response.context["top_weaknesses"]) == min(size, 5)


@pytest.fixture
def history(owner):
    weakness = WeaknessFactory(user=owner, name="Nervous opening")
    for days, severity, outcome, confidence in (
        (70, 5, "rejected", 2), (40, 3, "moved_forward", 3), (10, 1, "offer", 5)
    ):  # fmt: skip
        interview = InterviewFactory(user=owner, date=days_ago(days), outcome=outcome,
                                     confidence_rating=confidence)  # fmt: skip
        ObservationFactory(weakness=weakness, interview=interview, severity=severity)
    return weakness


def test_trends_page_has_charts_with_tables(owner_client, history):
    html = owner_client.get(reverse("journal:trends")).text
    assert html.count("<picture>") == 4  # each drawn for desktop and for phones
    images = re.findall(r'(?:src|srcset)="/journal/trends/\w+\.svg\?size=\w+&amp;v=\w+"', html)
    assert len(images) == 8
    assert "data:image" not in html  # the page carries links, not drawings
    assert "<caption>Severity (1 mild – 5 severe) by interview date</caption>" in html
    assert "Nervous opening" in html
    comparison = html.split('id="comparison-table"')[1]
    # confidence: moved forward (3 + 5) / 2 = 4; rejected 2
    assert '<th scope="row">Confidence</th><td>4 <span' in comparison
    assert "<td>2 <span" in comparison.split("Confidence")[1]


def test_trends_date_range_updates_only_the_charts_with_htmx(owner_client, history, htmx_headers):
    response = owner_client.get(
        reverse("journal:trends"), {"start": days_ago(50).isoformat()}, headers=htmx_headers
    )
    assert response.text.strip().startswith('<div id="charts"')
    assert "2 interviews in this range." in response.text


def test_trends_range_validation(owner_client, history):
    response = owner_client.get(
        reverse("journal:trends"), {"start": TODAY.isoformat(), "end": days_ago(5).isoformat()}
    )
    assert "The end date is before the start date." in response.text


def test_trends_query_count_is_constant(owner_client, owner, django_assert_max_num_queries):
    for i in range(40):
        ObservationFactory(
            weakness__user=owner,
            interview=InterviewFactory(user=owner, date=days_ago(i * 3), confidence_rating=3),
        )
    with django_assert_max_num_queries(5):
        response = owner_client.get(reverse("journal:trends"))
    assert response.status_code == 200
    assert "40 interviews in this range." in response.text
    assert response.context["severity_chart"] and response.context["ratings_chart"]


def test_brief_for_an_upcoming_interview(owner_client, owner, history):
    earlier = InterviewFactory(user=owner, company="Acme", date=days_ago(30),
                               notes="Panel of three, liked system design")  # fmt: skip
    asked = AskedQuestionFactory(interview=earlier, question__text="Design a URL shortener")
    Answer.objects.create(question=asked.question, body="Start with the **API**")
    asked.question.record_review("again", when=timezone.now() - datetime.timedelta(days=2))
    history.plan = "Breathe, then a one-line summary first"
    history.save()
    upcoming = InterviewFactory(user=owner, company="acme", date=TODAY + datetime.timedelta(days=2))
    detail = owner_client.get(upcoming.get_absolute_url()).text
    assert reverse("journal:interview-brief", args=[upcoming.pk]) in detail
    html = owner_client.get(reverse("journal:interview-brief", args=[upcoming.pk])).text
    assert "Panel of three, liked system design" in html
    assert "Design a URL shortener" in html
    assert "<strong>API</strong>" in html
    assert "Nervous opening" in html and "Breathe, then a one-line summary first" in html
    assert "1 question for acme due" in html


def test_strengths_and_the_job_matcher(owner_client, owner):
    question = QuestionFactory(user=owner, text="Tell me about a Django project")
    answer = Answer.objects.create(question=question, body="Built a Python service")
    response = owner_client.post(
        reverse("journal:strength-create"),
        {"name": "Team leadership", "evidence": "Led a small team of five", "answers": [answer.pk]},
    )
    assert response.url == reverse("journal:strength-list")
    strength = Strength.objects.get()
    assert list(strength.answers.all()) == [answer]
    assert (
        "Tell me about a Django project" in owner_client.get(reverse("journal:strength-list")).text
    )

    result = owner_client.post(
        reverse("journal:job-match"),
        {"description": "- Python and Django\n- Leading small teams\n- Kubernetes"},
    )
    html = result.text
    assert "How matching works." in html
    shown = [
        (m.backed, [backing.evidence.title for backing in m.backed_by])
        for m in result.context["results"]
    ]
    assert shown == [
        (True, ["Tell me about a Django project"]),
        (True, ["Team leadership"]),
        (False, []),
    ]
    assert "Tell me about a Django project" in html and "Team leadership" in html
    assert html.count(">backed<") == 2 and html.count(">nothing yet<") == 1
    assert "- Python and Django" in html  # the pasted text is kept


def test_strength_answers_are_only_the_users_own(owner_client, owner, outsider):
    Answer.objects.create(question=QuestionFactory(user=owner), body="mine")
    theirs = Answer.objects.create(question=QuestionFactory(user=outsider), body="secret")
    response = owner_client.post(
        reverse("journal:strength-create"), {"name": "Sneaky", "answers": [theirs.pk]}
    )
    assert "Select a valid choice" in response.text
    assert not Strength.objects.exists()


def test_matcher_needs_a_description(owner_client):
    response = owner_client.post(reverse("journal:job-match"), {"description": ""})
    assert "This field is required." in response.text


def test_the_matcher_shows_evidence_in_words_and_leaves_out_what_they_offer(owner_client, owner):
    Strength.objects.create(user=owner, name="People", evidence="I led a team of five engineers.")
    description = (
        "Staff Software Engineer\n"
        "Requirements:\n- Experience leading engineering teams\n- Kubernetes\n"
        "What we offer:\n- Competitive salary\n- 25 days holiday\n"
    )
    html = owner_client.post(reverse("journal:job-match"), {"description": description}).text
    results = html.split('id="match-results"')[1].split('id="left-out"')[0]
    assert "Experience leading engineering teams" in results
    assert "shares “leading”, “engineering”, “teams”" in results
    assert "lead" not in results.replace("leading", "")  # words, not stems
    assert "salary" not in results and "Staff Software Engineer" not in results
    left_out = html.split('id="left-out"')[1].split("</details>")[0]
    assert "Left out: 3 lines that are not a requirement" in left_out
    for line in ("Staff Software Engineer", "Competitive salary", "25 days holiday"):
        assert f"<li>{line}</li>" in left_out

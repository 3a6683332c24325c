import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from journal.models import Strength
from questionbank.models import Answer
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = timezone.localdate()


def test_unsaved_reflection_text_is_offered_back_after_a_reload(logged_in_page, user):
    interview = InterviewFactory(user=user, company="Acme")
    page = logged_in_page
    page.goto(interview.get_absolute_url())
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_label("What went well").fill("My system design story landed well")
    page.reload()  # e.g. the laptop slept and the tab reloaded before saving
    page.get_by_role("link", name="Edit reflections").click()
    page.get_by_role("button", name="Restore unsaved text").click()
    expect(page.get_by_label("What went well")).to_have_value("My system design story landed well")
    page.get_by_role("button", name="Save reflections").click()
    expect(page.locator("#reflections")).to_contain_text("My system design story landed well")
    page.get_by_role("link", name="Edit reflections").click()
    expect(page.get_by_role("button", name="Restore unsaved text")).to_have_count(0)


def test_strength_job_match_and_pre_interview_brief(logged_in_page, user, screenshot):
    earlier = InterviewFactory(
        user=user, company="Acme", date=TODAY - datetime.timedelta(days=14),
        notes="Two engineers, very friendly; asked a lot about Django.", outfit="Navy blazer",
    )  # fmt: skip
    asked = AskedQuestionFactory(interview=earlier, question__text="Tell me about a Django project")
    Answer.objects.create(question=asked.question, body="I built a **Python** billing service.")
    QuestionFactory(user=user, text="Why Acme?", category="company")
    upcoming = InterviewFactory(
        user=user, company="Acme", round="final", date=TODAY + datetime.timedelta(days=2)
    )
    page = logged_in_page

    page.goto("/journal/strengths/")
    page.get_by_label("Name").fill("Team leadership")
    page.get_by_label("Evidence").fill("Led a small team of five through a migration")
    page.get_by_label("Find a prepared answer by its question").press_sequentially("django")
    page.get_by_label("Tell me about a Django project").check()
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", name="Team leadership")).to_be_visible()
    assert Strength.objects.get().answers.count() == 1

    page.get_by_role("link", name="Match a job description").click()
    page.get_by_label("Job description").fill(
        "What you'll bring:\n- Python and Django\n- Leading small teams\n- Kubernetes in production"
    )
    page.get_by_role("button", name="Match").click()
    results = page.locator("#match-results > li")
    expect(results).to_have_count(3)
    expect(results.nth(0)).to_contain_text("backed")
    expect(results.nth(1)).to_contain_text("Team leadership")
    expect(results.nth(2)).to_contain_text("nothing yet")
    screenshot(page, "job-match")

    page.goto(upcoming.get_absolute_url())
    page.get_by_role("link", name="Pre-interview brief").click()
    expect(page.get_by_role("heading", name="Brief: Backend engineer at Acme")).to_be_visible()
    expect(page.get_by_text("Two engineers, very friendly")).to_be_visible()
    expect(page.locator("strong", has_text="Python")).to_be_visible()
    screenshot(page, "interview-brief")

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from questionbank.models import Answer
from tests.factories import QuestionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_preview_one_revision_per_session_and_the_diff(logged_in_page, user, screenshot):
    question = QuestionFactory(user=user, text="Tell me about saving money")
    answer = Answer.objects.create(question=question, body="We cut costs by a third.")
    answer.revisions.create(
        body=answer.body, created_at=timezone.now() - timezone.timedelta(days=1), pinned=True
    )
    page = logged_in_page
    page.goto(f"/questions/{question.pk}/answer/")
    expect(page.get_by_text("The STAR outline is the same story as your answer")).to_be_visible()
    expect(page.get_by_text("One revision per editing session")).to_be_visible()

    body = page.get_by_label("Your answer (Markdown)")
    body.fill("We cut costs by **half**.\n\n- fewer servers\n- one vendor")
    page.get_by_label("Situation").fill("A *budget* freeze.")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#answer-preview")
    expect(preview.locator("strong")).to_have_text("half")
    expect(preview.get_by_role("listitem")).to_have_count(2)
    expect(preview.locator("dd em")).to_have_text("budget")
    screenshot(page, "answer-preview")

    status = page.locator("#answer-status")
    expect(status).to_contain_text("Saved at")  # the autosave, not the preview, saved it
    page.get_by_role("button", name="Save answer").click()
    expect(page.get_by_text("Answer saved.")).to_be_visible()
    page.get_by_role("link", name="revisions").click()
    # Autosaves and the save of one visit are one revision, beside yesterday's.
    expect(page.locator("article")).to_have_count(2)
    page.get_by_role("link", name="Compare with the current answer").click()
    heading = page.get_by_role("heading", name="Answer", exact=True)
    answer_part = page.locator("section", has=heading)
    expect(answer_part.locator("del")).to_have_text("[removed: a third.]")
    expect(answer_part.locator("ins").first).to_contain_text("**half**")
    expect(answer_part).to_contain_text("words added, 2 removed")
    screenshot(page, "answer-diff")

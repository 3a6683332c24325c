import pytest
from django.utils import timezone
from playwright.sync_api import expect

from questionbank.models import Answer, AnswerRevision, Question
from tests.factories import QuestionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_answer_autosaves_while_typing_and_an_old_revision_is_restored(
    logged_in_page, user, screenshot
):
    question = QuestionFactory(user=user, text="Tell me about a failure")
    answer = Answer.objects.create(question=question, body="An early version of the story.")
    answer.revisions.create(
        body="An early version of the story.",
        created_at=timezone.now() - timezone.timedelta(hours=2),
        pinned=True,
    )
    page = logged_in_page
    page.goto(f"/questions/{question.pk}/answer/")
    body = page.get_by_label("Your answer (Markdown)")
    body.fill("")
    with page.expect_response(
        lambda r: "autosave" in r.url and "shipped" in (r.request.post_data or "")
    ):
        # One input event: typing key by key on a loaded machine can outlast the wait.
        body.fill("We shipped late because I hid a risk. Now I raise risks early.")
    status = page.locator("#answer-status")
    expect(status).to_contain_text("Saved at")
    expect(status).to_contain_text("13 words")
    screenshot(page, "answer-editor")

    page.reload()  # nothing typed is lost
    expect(body).to_have_value("We shipped late because I hid a risk. Now I raise risks early.")

    page.get_by_role("link", name="Revision history").click()
    expect(page.locator("article")).to_have_count(2)
    page.get_by_role("button", name="Restore this version").click()
    expect(page.get_by_text("Restored the version of")).to_be_visible()
    expect(body).to_have_value("An early version of the story.")
    assert AnswerRevision.objects.filter(body__startswith="We shipped late").exists()


def test_a_practice_session_by_keyboard(logged_in_page, user, screenshot):
    first = QuestionFactory(user=user, text="Why should we hire you?")
    Answer.objects.create(question=first, body="Three reasons: **skills**, drive, fit.")
    QuestionFactory(user=user, text="What motivates you?")
    page = logged_in_page
    page.goto("/questions/practice/")
    card = page.locator("#practice-card")
    expect(card).to_contain_text("Why should we hire you?")
    expect(card.get_by_text("Three reasons")).to_be_hidden()
    expect(page.locator("[data-timer]")).not_to_have_text("0:00")

    page.keyboard.press("Space")
    expect(card.get_by_text("Three reasons")).to_be_visible()
    screenshot(page, "practice-revealed")
    with page.expect_response(lambda r: "/rate/" in r.url):
        page.keyboard.press("3")
    expect(card).to_contain_text("What motivates you?")
    expect(page.get_by_test_id("done-today")).to_have_text("1")

    page.keyboard.press("Space")
    expect(card.get_by_text("No prepared answer yet")).to_be_visible()
    with page.expect_response(lambda r: "/rate/" in r.url):
        page.keyboard.press("1")
    expect(page.get_by_test_id("done-today")).to_have_text("2")

    ratings = dict(Question.objects.filter(user=user).values_list("text", "reviews__rating"))
    assert ratings == {"Why should we hire you?": "good", "What motivates you?": "again"}
    assert first.reviews.get().seconds >= 1


def test_starter_library_and_bank(logged_in_page, user, screenshot):
    page = logged_in_page
    page.goto("/questions/")
    page.get_by_role("link", name="or start from common interview questions").click()
    page.get_by_label("What is your biggest weakness?").check()
    page.get_by_label("What are the next steps in the process?").check()
    page.get_by_role("button", name="Add the ticked questions").click()
    expect(page.get_by_text("Added 2 questions to your bank.")).to_be_visible()
    expect(page.locator("#results li")).to_have_count(2)
    page.get_by_label("Category").select_option("Questions to ask them")
    expect(page.locator("#results li")).to_have_count(1)
    screenshot(page, "question-bank")


def test_space_only_reveals_and_the_last_rating_can_be_undone(logged_in_page, user):
    question = QuestionFactory(user=user, text="Why should we hire you?")
    Answer.objects.create(question=question, body="Three reasons.")
    page = logged_in_page
    page.goto("/questions/practice/")
    card = page.locator("#practice-card")
    page.keyboard.press("Space")
    expect(card.get_by_text("Three reasons.")).to_be_visible()
    page.keyboard.press("Space")  # once revealed, Space does nothing more: no "Again"
    page.keyboard.press("Space")
    expect(card.get_by_role("button", name="Again")).to_be_visible()
    assert not question.reviews.exists()

    with page.expect_response(lambda r: "/rate/" in r.url):
        page.keyboard.press("1")
    expect(card).to_contain_text("Last rating: Again")
    with page.expect_response(lambda r: "/undo/" in r.url):
        card.get_by_role("button", name="Undo it").click()
    expect(card).to_contain_text("Why should we hire you?")
    expect(page.get_by_test_id("done-today")).to_have_text("0")
    question.refresh_from_db()
    assert (question.card, question.due, question.reviews.count()) == (None, None, 0)

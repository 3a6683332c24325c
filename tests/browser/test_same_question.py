"""Two debriefs word three questions differently: Debrief flags them, suggests them as possible
duplicates, and the user merges one and says another is not the same."""

import pytest
from playwright.sync_api import expect

from questionbank.models import NotSamePair, Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST = [
    "Tell me about yourself",
    "Why are you leaving your current job?",
    "What is your biggest weakness?",
]
SECOND = [
    "Walk me through your background",
    "What's prompting you to look for a new role?",
    "Which areas of your work need the most development?",
]


def debrief(page, company: str, questions: list[str]):
    # The fields are set without input events: the draft autosave and the company suggestions
    # (covered by the quick-debrief tests) would otherwise race the submit on SQLite.
    page.goto("/journal/debrief/")
    for label, value in [
        ("Company", company),
        ("Role", "Backend engineer"),
        ("Questions you were asked — one per line", "\n".join(questions)),
    ]:
        page.get_by_label(label).evaluate("(field, value) => { field.value = value; }", value)
    page.get_by_label("Kind of round").evaluate("(field) => { field.value = 'technical'; }")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_text(f"Debrief saved: {company}, 3 questions.")).to_be_visible()


def test_differently_worded_questions_are_suggested_merged_and_dismissed(
    logged_in_page, user, screenshot
):
    page = logged_in_page
    debrief(page, "Globex", FIRST)
    expect(page.locator(".also-asked")).to_have_count(0)
    debrief(page, "Initech", SECOND)

    # Right after the second debrief, each reworded question is flagged.
    flags = page.locator(".also-asked")
    expect(flags).to_have_count(3)
    expect(flags.first).to_contain_text("You were asked this at Globex today")
    expect(flags.first).to_contain_text("worded differently: “Tell me about yourself”")
    screenshot(page, "same-question-flags")

    page.get_by_role("link", name="Questions", exact=True).click()
    page.get_by_role("link", name="Possible duplicates").click()
    pairs = page.locator(".duplicate-pair")
    expect(pairs).to_have_count(3)
    expect(page.get_by_text("Both read as “Why are you leaving your current job?”")).to_be_visible()
    screenshot(page, "same-question-duplicates")

    # Merge: keep the first debrief's wording of "tell me about yourself".
    about = pairs.filter(has_text="Walk me through your background")
    about.locator("form", has_text="Keep this wording").first.get_by_role(
        "button", name="Keep this wording"
    ).click()
    page.get_by_role("dialog").get_by_role("button", name="Keep this wording").click()
    expect(pairs).to_have_count(2)
    # Not the same: the weakness pair is dismissed and stays dismissed.
    weakness = pairs.filter(has_text="Which areas of your work need the most development?")
    weakness.get_by_role("button", name="Not the same question").click()
    expect(pairs).to_have_count(1)
    expect(pairs.first).to_contain_text("What's prompting you to look for a new role?")
    screenshot(page, "same-question-after")

    kept = Question.objects.get(user=user, text="Tell me about yourself")
    assert sorted(a.interview.company for a in kept.asked.all()) == ["Globex", "Initech"]
    assert not Question.objects.filter(text="Walk me through your background").exists()
    dismissed = NotSamePair.objects.get(user=user)
    assert {dismissed.first.text, dismissed.second.text} == {FIRST[2], SECOND[2]}
    page.reload()
    expect(page.locator(".duplicate-pair")).to_have_count(1)

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory
from tests.helpers import query

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = timezone.localdate()


def fits_the_viewport(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def expect_rendered(image) -> None:
    """Wait until the chart's own image URL has loaded and decoded (it arrives after the page).

    Times out if it never does: a broken image is complete with no width.
    """
    image.page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )


def test_a_weakness_tagged_with_falling_severity_is_improving(logged_in_page, user, screenshot):
    page = logged_in_page
    for days, severity, outcome in (
        (30, 5, "rejected"),
        (20, 3, "moved_forward"),
        (10, 1, "offer"),
    ):
        interview = InterviewFactory(
            user=user, company=f"Company {days}", date=TODAY - datetime.timedelta(days=days),
            outcome=outcome, confidence_rating=6 - severity,
        )  # fmt: skip
        AskedQuestionFactory(interview=interview, question__text=f"Question from {days} days ago?")
        page.goto(interview.get_absolute_url())
        tags = page.locator("#weaknesses")
        tags.get_by_label("Weakness").fill("Not answering directly")
        tags.get_by_label(str(severity), exact=True).check()
        tags.get_by_label("Note").fill(f"Severity {severity} this time")
        tags.get_by_role("button", name="Tag it").click()
        expect(tags.get_by_role("link", name="Not answering directly", exact=True)).to_be_visible()
        expect(tags).to_contain_text(f"severity {severity}/5")
    screenshot(page, "interview-weakness-tagged")

    page.get_by_role("link", name="Not answering directly", exact=True).click()
    expect(page.get_by_role("heading", name="Not answering directly")).to_contain_text("improving")
    expect(page.locator("#trend-explanation")).to_contain_text(
        "Severity 1 last time against 3 the time before."
    )
    chart = page.get_by_role("img", name="Line chart of how strongly")
    expect(chart).to_be_visible()
    expect_rendered(chart)
    page.get_by_label("Add a step").fill("Answer in one sentence, then explain")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_role("button", name="Mark done: Answer in one sentence, then explain").click()
    expect(page.get_by_role("button", name="Mark not done: Answer in one sentence")).to_be_visible()
    screenshot(page, "weakness-detail")

    QuestionFactory(user=user, text="Never practised?")
    InterviewFactory(user=user, company="Yesterday Inc", date=TODAY - datetime.timedelta(days=2))
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        page.goto("/")
        expect(page.get_by_role("heading", name="What to do next")).to_be_visible()
        expect(page.locator("#todo")).to_contain_text("Send a thank-you note to Yesterday Inc")
        expect(page.get_by_role("link", name="Not answering directly", exact=True)).to_be_visible()
        screenshot(page, f"dashboard-{name}")
        assert fits_the_viewport(page), f"the dashboard scrolls sideways on {name}"

        page.goto("/journal/trends/")
        charts = page.locator("#charts img")
        expect(charts).to_have_count(4)
        for index in range(4):
            expect_rendered(charts.nth(index))
            # a phone shows the drawing made for its width (the <picture>'s <source>)
            phone_drawing = charts.nth(index).evaluate("img => img.currentSrc !== img.src")
            assert phone_drawing == (name == "phone")
        screenshot(page, f"trends-{name}")
        assert fits_the_viewport(page), f"the trends page scrolls sideways on {name}"

    page.set_viewport_size(DESKTOP)
    page.get_by_label("From").fill((TODAY - datetime.timedelta(days=15)).isoformat())
    expect(page.locator("#charts")).to_contain_text("2 interviews in this range.")
    start = (TODAY - datetime.timedelta(days=15)).isoformat()
    expect(page).to_have_url(re.compile(rf"/journal/trends/\?.*start={start}"))
    assert query(page.url) == {"start": [start]}

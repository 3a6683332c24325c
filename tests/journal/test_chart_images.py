"""Each chart is an image at its own URL: the user's own data only, kept by the browser while
its URL names the current drawing, and a new URL once the data it draws changes."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from tests.factories import InterviewFactory, ObservationFactory, WeaknessFactory

TODAY = timezone.localdate()


@pytest.fixture
def tagged(owner):
    Profile.objects.for_user(owner)
    weakness = WeaknessFactory(user=owner, name="Rambling")
    for days, severity in ((30, 5), (20, 3)):
        interview = InterviewFactory(user=owner, date=TODAY - datetime.timedelta(days=days),
                                     outcome="rejected", confidence_rating=2)  # fmt: skip
        ObservationFactory(weakness=weakness, interview=interview, severity=severity)
    return interview


def chart_urls(html: str) -> list[str]:
    found = re.findall(r'(?:src|srcset)="(/journal/[^"]+\.svg\?[^"]+)"', html)
    return [url.replace("&amp;", "&") for url in found]


def test_a_chart_image_is_kept_by_the_browser_and_revalidated(owner_client, tagged):
    url = next(u for u in chart_urls(owner_client.get(reverse("journal:trends")).text)
               if "severity" in u and "size=wide" in u)  # fmt: skip
    image = owner_client.get(url)
    assert image["Content-Type"] == "image/svg+xml"
    assert image["Cache-Control"] == "private, max-age=31536000, immutable"
    assert "Rambling" in image.text
    assert owner_client.get(url, headers={"If-None-Match": image["ETag"]}).status_code == 304
    # A page open since a change asks for an older drawing: it gets today's, not kept for good.
    stale = owner_client.get(re.sub(r"v=\w+", "v=old", url))
    assert stale["Cache-Control"] == "private, no-cache" and stale.content == image.content


def test_a_change_to_the_data_gives_the_chart_a_new_url(owner_client, owner, tagged):
    before = set(chart_urls(owner_client.get(reverse("journal:trends")).text))
    owner_client.post(
        reverse("journal:observation-add", args=[tagged.pk]), {"name": "Rambling", "severity": 1}
    )
    after = set(chart_urls(owner_client.get(reverse("journal:trends")).text))
    changed = {u for u in after if "severity" in u} - before
    assert len(changed) == 2  # both sizes of the severity chart
    assert {u for u in after if "outcomes" in u} <= before  # outcomes did not change


def test_the_date_range_reaches_the_chart(owner_client, tagged):
    start = (TODAY - datetime.timedelta(days=25)).isoformat()
    html = owner_client.get(reverse("journal:trends"), {"start": start}).text
    url = next(u for u in chart_urls(html) if "outcomes" in u and "size=wide" in u)
    assert f"start={start}" in url
    image = owner_client.get(url)
    assert image["Cache-Control"].endswith("immutable")  # the same range drew the same chart


def test_charts_are_the_users_own_and_unknown_ones_are_404(
    owner_client, outsider_client, outsider, tagged
):
    Profile.objects.for_user(outsider)
    url = next(u for u in chart_urls(owner_client.get(reverse("journal:trends")).text)
               if "severity" in u)  # fmt: skip
    assert owner_client.get(url).status_code == 200
    assert outsider_client.get(url).status_code == 404  # they have no severity to draw
    assert owner_client.get(reverse("journal:trends-chart", args=["secrets"])).status_code == 404
    assert owner_client.get(re.sub(r"size=\w+", "size=huge", url)).status_code == 404

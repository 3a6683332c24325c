"""Weaknesses, plans, tags, strengths and briefs of another user are 404s; nothing changes."""

import pytest
from django.urls import reverse

from journal.models import ActionItem, Strength
from tests.factories import InterviewFactory, ObservationFactory, WeaknessFactory


@pytest.mark.parametrize("htmx", [False, True])
def test_another_user_gets_404_everywhere(outsider_client, owner, htmx):
    weakness = WeaknessFactory(user=owner, name="Mine")
    interview = InterviewFactory(user=owner)
    observation = ObservationFactory(weakness=weakness, interview=interview, severity=4)
    item = ActionItem.objects.create(weakness=weakness, text="Step")
    strength = Strength.objects.create(user=owner, name="Strong")
    w, i, o, a = weakness.pk, interview.pk, observation.pk, item.pk
    urls = [
        ("get", reverse("journal:weakness-detail", args=[w]), {}),
        ("get", reverse("journal:weakness-chart", args=[w]), {"size": "wide"}),
        ("get", reverse("journal:weakness-edit", args=[w]), {}),
        ("post", reverse("journal:weakness-edit", args=[w]), {"name": "Hacked"}),
        ("get", reverse("journal:weakness-delete", args=[w]), {}),
        ("post", reverse("journal:weakness-delete", args=[w]), {}),
        ("post", reverse("journal:action-add", args=[w]), {"text": "Hacked"}),
        ("post", reverse("journal:action-toggle", args=[w, a]), {}),
        ("post", reverse("journal:action-delete", args=[w, a]), {}),
        ("post", reverse("journal:observation-add", args=[i]), {"name": "X", "severity": 1}),
        ("get", reverse("journal:observation-edit", args=[i, o]), {}),
        ("post", reverse("journal:observation-edit", args=[i, o]), {"severity": 1}),
        ("post", reverse("journal:observation-remove", args=[i, o]), {}),
        ("get", reverse("journal:interview-brief", args=[i]), {}),
        ("get", reverse("journal:strength-edit", args=[strength.pk]), {}),
        ("post", reverse("journal:strength-edit", args=[strength.pk]), {"name": "Hacked"}),
        ("get", reverse("journal:strength-delete", args=[strength.pk]), {}),
        ("post", reverse("journal:strength-delete", args=[strength.pk]), {}),
    ]
    headers = {"HX-Request": "true"} if htmx else {}
    for method, url, data in urls:
        response = getattr(outsider_client, method)(url, data, headers=headers)
        assert response.status_code == 404, (method, url)
    weakness.refresh_from_db()
    observation.refresh_from_db()
    item.refresh_from_db()
    assert weakness.name == "Mine"
    assert observation.severity == 4
    assert not item.done
    assert weakness.actions.count() == 1
    assert Strength.objects.get().name == "Strong"


def test_lists_and_charts_show_only_own_data(owner_client, owner, outsider):
    ObservationFactory(weakness__user=owner, weakness__name="My own weakness")
    Strength.objects.create(user=owner, name="My own strength")
    ObservationFactory(weakness__user=outsider, weakness__name="Their secret weakness")
    Strength.objects.create(user=outsider, name="Their secret strength")
    for name, own in (
        ("home", "My own weakness"),
        ("journal:weakness-list", "My own weakness"),
        ("journal:trends", "My own weakness"),
        ("journal:strength-list", "My own strength"),
    ):
        html = owner_client.get(reverse(name)).text
        assert own in html, name  # the positive control: the owner's own data is there
        assert "Their secret" not in html, name

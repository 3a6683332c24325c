import json

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from userdata.export import export_document

from .conftest import fill_account

DOWNLOADS = [
    "userdata:export-json",
    "userdata:export-interviews-csv",
    "userdata:export-questions-csv",
    "userdata:export-markdown",
]
POSTS = ["userdata:import-json", "userdata:import-questions-csv"]


def test_your_data_page_offers_every_export_and_both_imports(owner_client):
    html = owner_client.get(reverse("userdata:data")).text
    for name in DOWNLOADS:
        assert f'href="{reverse(name)}"' in html
    for name in POSTS:
        assert f'action="{reverse(name)}" enctype="multipart/form-data"' in html
    assert "At most 10.0\xa0MB." in html


def test_user_menu_links_to_your_data(owner_client):
    assert f'href="{reverse("userdata:data")}"' in owner_client.get(reverse("home")).text


@pytest.mark.parametrize("name", ["userdata:data", *DOWNLOADS, *POSTS])
def test_every_page_needs_a_login(client, db, name):
    response = client.post(reverse(name)) if name in POSTS else client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("name", POSTS)
def test_imports_accept_only_post(owner_client, name):
    assert owner_client.get(reverse(name)).status_code == 405


@pytest.mark.parametrize("name", DOWNLOADS)
def test_downloads_hold_only_the_users_own_data(owner_client, owner, name):
    fill_account(owner, ["Ada's own words"])
    fill_account(UserFactory(username="mallory"), ["Mallory's secret"])
    response = owner_client.get(reverse(name))
    body = response.content.decode()
    assert "Ada's own words" in body
    assert "Mallory" not in body
    assert "debrief-ada-" in response["Content-Disposition"]


def test_json_download_is_the_export_document(owner_client, owner):
    fill_account(owner, ["Ünïcödé 🎉"])
    document = json.loads(owner_client.get(reverse("userdata:export-json")).content)
    assert document["schema"] == "debrief-export"
    assert document["schema_version"] == 1
    assert document["profile"]["time_zone"] == "Europe/Berlin"
    interview = document["interviews"][0]
    for key in (
        "outfit",
        "dress_code",
        "researched_company",
        "confidence_rating",
        "went_well",
        "thank_you_sent_on",
        "feedback",
        "outcome_history",
        "asked_questions",
        "weakness_observations",
        "feedback_weaknesses",
    ):
        assert key in interview
    assert [c["outcome"] for c in interview["outcome_history"]] == ["moved_forward", "offer"]
    question = document["questions"][0]
    assert question["answer"]["revisions"] and question["reviews"] and question["card"]
    assert "Ünïcödé 🎉" in owner_client.get(reverse("userdata:export-json")).content.decode()


def test_markdown_reads_as_a_journal(owner_client, owner):
    fill_account(owner, ["Calm under pressure"])
    text = owner_client.get(reverse("userdata:export-markdown")).content.decode()
    assert text.startswith("# Debrief journal of ada")
    assert "## Calm under pressure — Calm under pressure (" in text
    assert "### Questions asked" in text
    assert "- Outcome: Offer (history: Moved forward on" in text
    assert "# Question bank" in text and "**Situation:** Calm under pressure" in text
    assert "- [x] Calm under pressure" in text


def test_export_query_count_does_not_grow_with_the_data(owner, django_assert_max_num_queries):
    fill_account(owner, ["a"])
    with django_assert_max_num_queries(20) as small:
        export_document(owner)
    for n in range(3):
        fill_account(owner, [f"more {n}"])
    with django_assert_max_num_queries(len(small.captured_queries)):
        export_document(owner)

"""Deleting an account leaves no row that points to the user, directly or through what they own.

The checks walk every model Django knows, so a model added later is covered without editing
this file: a foreign key to the user that does not cascade fails the first test; rows left
behind fail the second.
"""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import models
from django.http import HttpRequest
from django.urls import reverse

from accounts.actions import account_delete
from tests.conftest import PASSWORD
from tests.factories import UserFactory
from tests.userdata.conftest import HOSTILE, fill_account

User = get_user_model()


def links_to_user(model) -> list[models.Field]:
    return [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.concrete and field.is_relation and field.related_model is User
    ]


def owned_models() -> dict[type[models.Model], str]:
    """Every model whose rows belong to a user, with the lookup from it to the user's id."""
    paths: dict[type[models.Model], str] = {}
    for model in apps.get_models(include_auto_created=True):
        for field in links_to_user(model):
            paths.setdefault(model, field.name)
    # Then what hangs off those: an asked question belongs to an interview, and so on.
    changed = True
    while changed:
        changed = False
        for model in apps.get_models(include_auto_created=True):
            if model in paths:
                continue
            for field in model._meta.concrete_fields:
                target = field.related_model if field.is_relation else None
                if target in paths and target is not User:
                    paths[model] = f"{field.name}__{paths[target]}"
                    changed = True
                    break
    return paths


def test_every_foreign_key_to_the_user_cascades():
    for model in apps.get_models(include_auto_created=True):
        for field in links_to_user(model):
            if field.many_to_many:
                continue
            assert field.remote_field.on_delete is models.CASCADE, (
                f"{model._meta.label}.{field.name} does not cascade: deleting an account "
                "would leave its rows behind (or be refused)"
            )


@pytest.fixture
def doomed(db):
    user = fill_account(UserFactory(username="doomed"), HOSTILE)
    user.groups.create(name="testers")
    return user


def test_account_delete_leaves_no_row_pointing_to_the_user(doomed):
    survivor = fill_account(UserFactory(username="survivor"), ["kept"])
    paths = owned_models()
    before = {model: model.objects.filter(**{paths[model]: doomed.pk}).count() for model in paths}
    survivor_rows = {
        model: model.objects.filter(**{paths[model]: survivor.pk}).count() for model in paths
    }
    assert sum(before.values()) > 30, "the seed should give the doomed user rows to delete"

    account_delete(user=doomed)

    left = {
        model._meta.label: count
        for model in paths
        if (count := model.objects.filter(**{paths[model]: doomed.pk}).count())
    }
    assert left == {}
    assert not User.objects.filter(pk=doomed.pk).exists()
    assert {
        model: model.objects.filter(**{paths[model]: survivor.pk}).count() for model in paths
    } == survivor_rows


def test_the_page_offers_the_export_then_deletes_and_logs_out(client, doomed):
    client.post(reverse("login"), {"username": "doomed", "password": "a wrong guess"})
    assert AccessAttempt.objects.filter(username="doomed").exists()
    client.login(request=HttpRequest(), username="doomed", password=PASSWORD)
    other_device = type(client)()
    other_device.login(request=HttpRequest(), username="doomed", password=PASSWORD)
    page = client.get(reverse("accounts:delete"))
    assert f'href="{reverse("userdata:export-json")}"' in page.text
    assert "cannot be undone" in page.text

    response = client.post(
        reverse("accounts:delete"), {"username": "doomed", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("login")
    assert "Your account and everything in it have been deleted." in response.text
    assert not User.objects.filter(username="doomed").exists()
    assert client.get(reverse("home")).status_code == 302
    assert other_device.get(reverse("home")).status_code == 302
    assert not AccessAttempt.objects.filter(username="doomed").exists()
    assert not AccessLog.objects.filter(username="doomed").exists()
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(doomed.pk)
    ]


@pytest.mark.parametrize(
    ("username", "password", "error"),
    [
        ("Doomed", PASSWORD, "That is not your username."),
        ("mallory", PASSWORD, "That is not your username."),
        ("doomed", "wrong", "That is not your password."),
    ],
)
def test_a_wrong_confirmation_deletes_nothing(client, doomed, username, password, error):
    client.force_login(doomed)
    response = client.post(reverse("accounts:delete"), {"username": username, "password": password})
    assert response.status_code == 200
    assert error in response.text
    assert User.objects.filter(pk=doomed.pk).exists()
    assert doomed.interviews.count() == 2


def test_deleting_needs_a_login(client, db):
    assert client.get(reverse("accounts:delete")).url.startswith(reverse("login"))
    response = client.post(reverse("accounts:delete"), {"username": "x", "password": "y"})
    assert response.url.startswith(reverse("login"))


def test_settings_links_to_deletion(owner_client):
    assert (
        f'href="{reverse("accounts:delete")}"'
        in owner_client.get(reverse("accounts:settings")).text
    )
    assert settings.AUTH_USER_MODEL == "auth.User"

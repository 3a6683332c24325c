"""Login throttling with django-axes: per username and address, neutral, with a cool-off."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from tests.conftest import PASSWORD
from tests.factories import UserFactory

HOME = {"REMOTE_ADDR": "203.0.113.7"}
ELSEWHERE = {"REMOTE_ADDR": "198.51.100.9"}


def log_in(client, username, password, url="login", **extra):
    return client.post(reverse(url), {"username": username, "password": password}, **extra)


def fail(client, username, times, url="login", **extra):
    for _ in range(times):
        log_in(client, username, "wrong password", url, **extra)


def test_the_right_password_after_too_many_wrong_ones_is_refused(client, owner):
    fail(client, "ada", settings.AXES_FAILURE_LIMIT, **HOME)
    response = log_in(client, "ada", PASSWORD, **HOME)
    assert response.status_code == 429
    assert "too many failed attempts to log in with that username" in response.text
    assert "paused for 15 minutes" in response.text
    assert reverse("password_reset") in response.text
    assert client.get(reverse("home")).status_code == 302  # not logged in


def test_fewer_failures_than_the_limit_still_let_the_owner_in_and_reset_the_count(client, owner):
    fail(client, "ada", settings.AXES_FAILURE_LIMIT - 1, **HOME)
    assert log_in(client, "ada", PASSWORD, **HOME).status_code == 302
    client.post(reverse("logout"))
    fail(client, "ada", settings.AXES_FAILURE_LIMIT - 1, **HOME)
    assert log_in(client, "ada", PASSWORD, **HOME).status_code == 302


def test_an_unknown_username_gets_the_same_answer(client, owner):
    fail(client, "ada", settings.AXES_FAILURE_LIMIT, **HOME)
    fail(client, "nobody-here", settings.AXES_FAILURE_LIMIT, **HOME)
    known = log_in(client, "ada", "x", **HOME)
    unknown = log_in(client, "nobody-here", "x", **HOME)
    assert known.status_code == unknown.status_code == 429
    assert main(known.text) == main(unknown.text)


def main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def test_the_lock_is_per_username_and_address(client, owner):
    UserFactory(username="grace")
    fail(client, "ada", settings.AXES_FAILURE_LIMIT, **HOME)
    assert log_in(client, "ada", PASSWORD, **ELSEWHERE).status_code == 302
    client.post(reverse("logout"))
    assert log_in(client, "grace", PASSWORD, **HOME).status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, owner):
    fail(client, "ada", settings.AXES_FAILURE_LIMIT, **HOME)
    assert log_in(client, "ada", PASSWORD, **HOME).status_code == 429
    later = timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        assert log_in(client, "ada", PASSWORD, **HOME).status_code == 302


def test_the_admin_login_is_throttled_too(client, db):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    fail(client, "root", settings.AXES_FAILURE_LIMIT, url="admin:login", **HOME)
    response = log_in(client, "root", PASSWORD, url="admin:login", **HOME)
    assert response.status_code == 429
    assert client.get(reverse("admin:index")).status_code == 302


@pytest.mark.parametrize(("is_staff", "status"), [(False, 302), (True, 200)])
def test_the_admin_is_for_staff_only(client, db, is_staff, status):
    user = UserFactory(username="someone", is_staff=is_staff, is_superuser=is_staff)
    client.force_login(user)
    response = client.get(reverse("admin:index"))
    assert response.status_code == status
    if not is_staff:
        assert response.url.startswith(reverse("admin:login"))


@pytest.mark.parametrize("url_name", ["accounts:email-change", "accounts:delete"])
def test_password_checks_in_settings_count_towards_the_lock(client, owner, url_name):
    # Guessing through the email change or the account deletion is throttled like a log-in.
    client.force_login(owner)
    url = reverse(url_name)
    data = {"email": "new@example.com", "username": "ada"}
    response = client.post(url, {**data, "password": "wrong"}, **HOME)
    assert "That is not your password." in response.text
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {**data, "password": "wrong"}, **HOME)
    response = client.post(url, {**data, "password": PASSWORD}, **HOME)
    assert response.status_code == 429  # locked: even the right password is refused
    owner.refresh_from_db()
    assert owner.email != "new@example.com"

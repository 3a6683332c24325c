import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.backends import ProfileBackend
from accounts.middleware import UserTimeZoneMiddleware
from accounts.models import Profile
from tests.conftest import PASSWORD


def test_for_user_creates_the_profile_once_with_defaults(owner):
    profile = Profile.objects.for_user(owner)
    assert (profile.time_zone, profile.display_name, profile.email_signature) == ("UTC", "", "")
    assert Profile.objects.for_user(owner).pk == profile.pk
    assert owner.profile == profile


def test_profile_name_falls_back_to_full_name_then_username(owner):
    profile = Profile.objects.for_user(owner)
    assert profile.name == "ada"
    owner.first_name, owner.last_name = "Ada", "Lovelace"
    assert profile.name == "Ada Lovelace"
    profile.display_name = "Ada L."
    assert profile.name == "Ada L."


def test_settings_page_saves_the_profile(owner_client, owner):
    page = owner_client.get(reverse("accounts:settings"))
    assert 'value="Europe/Paris"' in page.text
    assert reverse("password_change") in page.text
    response = owner_client.post(
        reverse("accounts:settings"),
        {
            "display_name": "Ada Lovelace",
            "time_zone": "Pacific/Auckland",
            "email_signature": "Ada\n+44 20 0000 0000",
        },
        follow=True,
    )
    assert "Settings saved." in response.text
    profile = Profile.objects.get(user=owner)
    assert profile.display_name == "Ada Lovelace"
    assert profile.time_zone == "Pacific/Auckland"
    assert profile.email_signature == "Ada\n+44 20 0000 0000"
    assert '<option value="Pacific/Auckland" selected>' in response.text


def test_settings_page_refuses_an_unknown_time_zone(owner_client, owner):
    response = owner_client.post(
        reverse("accounts:settings"), {"display_name": "Ada", "time_zone": "Mars/Olympus_Mons"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert 'value="Ada"' in response.text
    assert Profile.objects.for_user(owner).time_zone == "UTC"


def test_email_change_needs_the_password(owner_client, owner):
    response = owner_client.post(
        reverse("accounts:email-change"), {"email": "ada@new.example", "password": "wrong"}
    )
    assert "That is not your password." in response.text
    owner.refresh_from_db()
    assert owner.email == "ada@example.com"

    response = owner_client.post(
        reverse("accounts:email-change"),
        {"email": "Ada@New.Example", "password": PASSWORD},
        follow=True,
    )
    assert "Your email address is now ada@new.example." in response.text
    owner.refresh_from_db()
    assert owner.email == "ada@new.example"


@pytest.mark.parametrize("name", ["accounts:settings", "accounts:email-change"])
def test_settings_pages_need_a_login(client, db, name):
    get = client.get(reverse(name))
    post = client.post(reverse(name), {"email": "x@example.com", "password": PASSWORD})
    assert get.status_code == post.status_code == 302
    assert post.url.startswith(reverse("login"))


def test_email_change_accepts_only_post(owner_client):
    assert owner_client.get(reverse("accounts:email-change")).status_code == 405


def test_user_menu_links_to_settings(owner_client):
    html = owner_client.get(reverse("home")).text
    assert f'href="{reverse("accounts:settings")}"' in html
    assert f'action="{reverse("logout")}"' in html


def test_signup_takes_the_time_zone_from_the_browser(client, db):
    page = client.get(reverse("signup"))
    assert "data-browser-time-zone" in page.text
    assert "/static/js/timezone.js" in page.text
    cases = [("tokyo", "Asia/Tokyo", "Asia/Tokyo"), ("odd", "Nowhere", "UTC")]
    for username, sent, stored in cases:
        client.post(
            reverse("signup"),
            {
                "username": username,
                "email": f"{username}@example.com",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "time_zone": sent,
            },
        )
        client.logout()
        assert User.objects.get(username=username).profile.time_zone == stored


def _time_zone_seen_by_a_view(user) -> str:
    request = RequestFactory().get("/")
    request.user = user
    middleware = UserTimeZoneMiddleware(lambda request: timezone.get_current_timezone_name())
    return middleware(request)


def test_middleware_activates_the_users_time_zone(owner):
    Profile.objects.create(user=owner, time_zone="America/Los_Angeles")
    owner = User.objects.select_related("profile").get(pk=owner.pk)
    assert _time_zone_seen_by_a_view(owner) == "America/Los_Angeles"
    assert _time_zone_seen_by_a_view(AnonymousUser()) == "UTC"


def test_middleware_uses_the_site_zone_for_a_user_without_profile(owner):
    assert _time_zone_seen_by_a_view(owner) == "UTC"


def test_today_follows_the_users_time_zone(owner_client, owner):
    """At 23:30 UTC it is already tomorrow in Auckland: a new interview defaults to that day."""
    Profile.objects.create(user=owner, time_zone="Pacific/Auckland")
    late_evening_utc = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)
    with mock.patch("django.utils.timezone.now", return_value=late_evening_utc):
        page = owner_client.get(reverse("journal:quick-debrief"))
    assert 'value="2026-03-02"' in page.text


def test_the_profile_comes_with_the_user_in_one_query(owner, django_assert_num_queries):
    Profile.objects.create(user=owner, time_zone="Asia/Tokyo")

    with django_assert_num_queries(1):
        user = ProfileBackend().get_user(owner.pk)
        assert user.profile.time_zone == "Asia/Tokyo"

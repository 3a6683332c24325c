"""Error pages in Debrief's layout, in production mode (DEBUG off, as in these tests)."""

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.test import Client

from tests.config.test_production import ROOT, free_port, manage, production_env

PAGES = [
    ("/fail/400/", 400, "That request could not be understood"),
    ("/fail/403/", 403, "You are not allowed to do that"),
    ("/no/such/page/", 404, "Page not found"),
    ("/fail/500/", 500, "Something went wrong on our side"),
]


@pytest.mark.urls("tests.core.error_urls")
@pytest.mark.parametrize(("url", "status", "heading"), PAGES)
def test_error_pages_use_debriefs_layout(db, owner_client, url, status, heading):
    owner_client.raise_request_exception = False
    response = owner_client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    assert f">{heading}</h1>" in html
    assert f"Error {status}" in html
    assert "/static/css/app.css" in html
    assert 'href="/">Debrief</a>' in html
    assert "Go to your dashboard" in html
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.urls("tests.core.error_urls")
def test_the_404_page_for_a_logged_in_user_keeps_the_menu(owner_client):
    html = owner_client.get("/no/such/page/").content.decode()
    assert "Your data" in html and "Log out" in html


def fetch_when_up(url: str) -> tuple[int, dict, str]:
    """GET with a session cookie (so the request must read the database), once the server
    listens; an HTTP error status is an answer too."""
    request = urllib.request.Request(
        url,
        headers={
            "Host": "debrief.example.com",
            "X-Forwarded-Proto": "https",
            "Cookie": "sessionid=" + "a" * 32,
        },
    )
    # Up to a minute to start: on a loaded CI machine gunicorn's import of the app is slow.
    for _ in range(600):
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the server never answered")


@pytest.mark.slow
def test_the_500_page_renders_with_the_database_down(tmp_path):
    """A real production process whose database is unreachable answers in our layout."""
    env = production_env(tmp_path)
    env["DATABASE_URL"] = f"postgres://nobody@127.0.0.1:{free_port()}/nowhere"
    assert manage(env, "collectstatic", "--noinput", "-v0").returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
            "--workers", "1", "--no-control-socket",
        ],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        status, headers, html = fetch_when_up(f"http://127.0.0.1:{port}/journal/")
        assert status == 500
        assert "Something went wrong on our side" in html
        assert "/static/css/app." in html  # the hashed stylesheet of our layout
        assert "Server Error (500)" not in html
        assert headers["Cache-Control"] == "private, no-store"
        assert "camera=()" in headers["Permissions-Policy"]
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0].decode()
    assert "OperationalError" in output or "connection" in output.lower()


def test_private_pages_are_not_stored_and_deny_unused_features(owner_client):
    response = owner_client.get("/journal/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert "clipboard-write" not in policy  # the copy buttons use it


def test_a_view_that_chooses_its_own_caching_keeps_it(client, db):
    response = Client().get("/healthz")
    assert "no-store" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]

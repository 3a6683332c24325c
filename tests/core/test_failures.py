"""An expired session or a stale CSRF token on an htmx request: a real redirect or a sentence."""

from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

DEBRIEF = reverse("journal:quick-debrief")
AUTOSAVE = reverse("journal:debrief-autosave")


def htmx(current_url: str = "http://testserver/journal/debrief/?from=nav") -> dict:
    return {"HX-Request": "true", "HX-Current-URL": current_url}


def test_an_expired_session_sends_htmx_to_login_and_back_to_the_page(client):
    response = client.post(AUTOSAVE, {"company": "Acme"}, headers=htmx())
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/accounts/login/?next=/journal/debrief/%3Ffrom%3Dnav"
    assert response.content == b""  # nothing to swap into the status element


def test_the_page_to_return_to_must_be_on_this_site(client):
    response = client.post(AUTOSAVE, headers=htmx("https://evil.example/phish"))
    assert response["HX-Redirect"] == f"/accounts/login/?next={AUTOSAVE}"


def test_a_plain_request_without_a_session_is_redirected_as_before(client):
    response = client.get(DEBRIEF)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={DEBRIEF}"
    assert "HX-Redirect" not in response


def test_an_htmx_csrf_failure_says_reload_to_continue(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post(AUTOSAVE, {"company": "Acme"}, headers=htmx())
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/plain")
    assert "Reload the page to continue; what you typed is kept" in response.text
    assert "<html" not in response.text


def test_an_htmx_csrf_failure_without_a_session_goes_to_login(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(AUTOSAVE, {"company": "Acme"}, headers=htmx())
    assert response["HX-Redirect"].startswith("/accounts/login/?next=/journal/debrief/")


def test_a_plain_csrf_failure_is_a_page_in_debriefs_layout(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    referer = "http://testserver/journal/debrief/"
    response = client.post(DEBRIEF, {"company": "Acme"}, headers={"Referer": referer})
    assert response.status_code == 403
    assert "Not saved yet: reload to continue" in response.text
    assert 'href="http://testserver/journal/debrief/">Back to the page' in response.text
    assert "What you typed is kept in this browser" in response.text
    assert "navbar" in response.text  # base.html: the site's own layout


def test_a_foreign_referer_is_not_offered_as_the_way_back(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post(DEBRIEF, headers={"Referer": "https://evil.example/"})
    assert response.status_code == 403
    assert "evil.example" not in response.text
    assert "Back to the page" not in response.text


def test_each_user_keeps_browser_copies_under_their_own_key(owner_client, db):
    other = Client()
    other.force_login(UserFactory(username="grace"))
    mine = owner_client.get("/").text.split('data-draft-owner="')[1].split('"')[0]
    theirs = other.get("/").text.split('data-draft-owner="')[1].split('"')[0]
    assert len(mine) == 16 and len(theirs) == 16 and mine != theirs
    assert mine == owner_client.get(DEBRIEF).text.split('data-draft-owner="')[1][:16]
    login_page = Client().get("/accounts/login/").text
    assert 'data-draft-owner=""' in login_page

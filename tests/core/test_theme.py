"""The colour theme: a cookie the server writes onto <html>, so no page flashes."""

import pytest
from django.urls import reverse

from core.theme import COOKIE


@pytest.mark.django_db
def test_without_a_choice_the_page_follows_the_system(client):
    html = client.get(reverse("login")).content.decode()
    assert 'data-theme-choice="system"' in html
    assert '<meta name="color-scheme" content="light dark">' in html
    assert 'aria-pressed="true">System</button>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_saved_choice_is_written_on_the_page_by_the_server(client, choice):
    client.cookies[COOKIE] = choice
    html = client.get(reverse("login")).content.decode()
    assert f'data-bs-theme="{choice}" data-theme-choice="{choice}"' in html
    assert f'aria-pressed="true">{choice.title()}</button>' in html


@pytest.mark.django_db
def test_a_forged_cookie_means_system(client):
    client.cookies[COOKIE] = '"><script>'
    html = client.get(reverse("login")).content.decode()
    assert 'data-theme-choice="system"' in html
    assert "<script>" not in html.split("<body")[1].split("</footer>")[0]


def test_choosing_a_theme_remembers_it_and_goes_back(owner_client):
    back = reverse("questionbank:question-list") + "?q=salary"
    response = owner_client.post(reverse("theme"), {"theme": "dark", "next": back})
    assert response.status_code == 302
    assert response.url == back
    assert response.cookies[COOKIE].value == "dark"
    assert response.cookies[COOKIE]["max-age"] > 60 * 60 * 24 * 300
    html = owner_client.get(back).content.decode()
    assert 'data-bs-theme="dark"' in html


@pytest.mark.django_db
def test_the_background_save_of_a_theme_answers_no_content(client):
    response = client.post(reverse("theme"), {"theme": "light"}, headers={"X-Theme-Switch": "1"})
    assert response.status_code == 204
    assert response.cookies[COOKIE].value == "light"


@pytest.mark.django_db
def test_it_never_sends_anyone_to_another_site(client):
    response = client.post(reverse("theme"), {"theme": "light", "next": "https://evil.example/"})
    assert response.url == reverse("home")


@pytest.mark.django_db
def test_an_unknown_theme_is_refused_and_not_saved(client):
    response = client.post(reverse("theme"), {"theme": "purple"})
    assert response.status_code == 400
    assert COOKIE not in response.cookies
    assert client.get(reverse("theme")).status_code == 405

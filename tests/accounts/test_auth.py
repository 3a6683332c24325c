import pytest
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.urls import reverse

from tests.conftest import PASSWORD


@pytest.mark.django_db
def test_it_signs_up_and_logs_in(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "grace",
            "email": "Grace@Example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("home")
    user = User.objects.get(username="grace")
    assert user.email == "grace@example.com"
    home = client.get(reverse("home"))
    assert "Welcome to Debrief, grace" in home.text


@pytest.mark.django_db
def test_signup_applies_password_validators_and_keeps_input(client):
    response = client.post(
        reverse("signup"),
        {"username": "grace", "email": "grace@example.com", "password1": "123", "password2": "123"},
    )
    assert response.status_code == 200
    assert "This password is too short" in response.text
    assert 'value="grace"' in response.text
    assert not User.objects.filter(username="grace").exists()


def test_signup_with_a_taken_email_reveals_nothing_and_tells_the_owner(client, owner, mailoutbox):
    """Signing up looks the same whether or not the address is in use; its owner is mailed."""
    response = client.post(
        reverse("signup"),
        {
            "username": "other",
            "email": owner.email.upper(),
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        follow=True,
    )
    assert "already" not in response.text
    assert "Welcome to Debrief, other" in response.text
    assert User.objects.filter(username="other").exists()
    assert [mail.to for mail in mailoutbox] == [[owner.email]]
    assert f"your username is “{owner.username}”" in mailoutbox[0].body
    assert "/accounts/password_reset/" in mailoutbox[0].body


def test_signup_with_a_fresh_email_sends_no_mail(client, db, mailoutbox):
    client.post(
        reverse("signup"),
        {
            "username": "new",
            "email": "new@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert User.objects.filter(username="new").exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "url",
    ["/", "/journal/", "/journal/debrief/", "/questions/", "/accounts/password_change/"],
)
@pytest.mark.django_db
def test_pages_require_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_login_logout_and_password_change(client, owner):
    response = client.post(reverse("login"), {"username": "ada", "password": PASSWORD})
    assert response.status_code == 302
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another brave horse",
            "new_password2": "another brave horse",
        },
    )
    assert response.status_code == 302
    client.post(reverse("logout"))
    assert client.get("/").status_code == 302
    assert client.login(request=HttpRequest(), username="ada", password="another brave horse")


def test_wrong_password_shows_an_error(client, owner):
    response = client.post(reverse("login"), {"username": "ada", "password": "nope"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text


def test_password_reset_sends_a_link_that_sets_a_new_password(client, owner, mailoutbox):
    assert "Reset your password" in client.get(reverse("password_reset")).text
    response = client.post(reverse("password_reset"), {"email": owner.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = next(word for word in mailoutbox[0].body.split() if "/accounts/reset/" in word)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.text
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a fresh long passphrase", "new_password2": "a fresh long passphrase"},
        follow=True,
    )
    assert "Your password is set" in done.text
    assert client.login(
        request=HttpRequest(), username=owner.username, password="a fresh long passphrase"
    )


def test_a_reset_mail_that_cannot_be_sent_is_logged_with_its_cause(client, owner, settings, caplog):
    from tests.config.test_production import free_port

    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 5},
        }
    }
    with caplog.at_level("ERROR", logger="accounts"):
        response = client.post(reverse("password_reset"), {"email": owner.email})
    # The page still cannot tell an address with an account from one without.
    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    [record] = [r for r in caplog.records if r.name == "accounts.mail"]
    assert record.levelname == "ERROR"
    message = record.getMessage()
    assert "Could not send the password-reset (user id" in message
    assert "ConnectionRefusedError" in message
    assert "sendtestemail" in message


def test_sendtestemail_sends_through_the_configured_mailer(db):
    from django.core import mail
    from django.core.management import call_command

    mail.outbox = []
    call_command("sendtestemail", "someone@example.com")
    assert [message.to for message in mail.outbox] == [["someone@example.com"]]
    assert "If you're reading this, it was successful." in mail.outbox[0].body


@pytest.mark.django_db
def test_the_login_page_says_in_one_line_what_debrief_is(client):
    response = client.get(reverse("login"))
    assert b"Debrief is your private interview journal" in response.content

"""Mail the accounts app sends. A mail that cannot be sent is logged as an error, with its cause,
and never breaks the page that sent it."""

import logging
from collections.abc import Iterable

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import HttpRequest
from django.urls import reverse

logger = logging.getLogger(__name__)


def send_or_log(*, subject: str, body: str, to: list[str], purpose: str) -> bool:
    """Send one plain-text mail; on failure log an error naming the purpose and the cause."""
    try:
        send_mail(subject, body, None, to)
    except Exception as error:  # any transport failure: SMTP, DNS, refused connection, TLS
        logger.error(
            "Could not send the %s mail to %s: %s: %s. Check the DJANGO_EMAIL_* settings "
            "(README, 'Sending mail') and try `manage.py sendtestemail ADDRESS`.",
            purpose,
            ", ".join(to),
            error.__class__.__name__,
            error,
            exc_info=True,
        )
        return False
    return True


def notify_address_owners(request: HttpRequest, owners: Iterable[User], *, new_username: str):
    """Tell the people whose address was just used to sign up, without telling the signer."""
    reset_url = request.build_absolute_uri(reverse("password_reset"))
    for owner in owners:
        send_or_log(
            subject="Someone signed up to Debrief with your email address",
            body=(
                f"Hello,\n\nA new Debrief account, “{new_username}”, was just created with this "
                f"email address. You already have an account with it: your username is "
                f"“{owner.username}”.\n\nIf that was you and you forgot your password, reset it "
                f"here: {reset_url}\n\nIf it was not you, you can ignore this message; nobody "
                "can get into your account through it.\n"
            ),
            to=[owner.email],
            purpose="address-already-used",
        )

"""Signed unsubscribe tokens: a link in an email switches one rule off without a login."""

from django.contrib.auth import get_user_model
from django.core import signing

SALT = "followups.unsubscribe"


def unsubscribe_token(user, rule: str) -> str:
    return signing.dumps({"user": user.pk, "rule": rule}, salt=SALT, compress=True)


def read_unsubscribe_token(token: str):
    """(user, rule) the token was made for, or None when it was tampered with or is unknown."""
    try:
        data = signing.loads(token, salt=SALT)
        user = get_user_model().objects.get(pk=data["user"], is_active=True)
    except (signing.BadSignature, KeyError, TypeError, get_user_model().DoesNotExist):
        return None
    return user, data["rule"]

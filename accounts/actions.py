"""Operations on a whole account."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and every row they own.

    Everything a user owns hangs off the user by foreign keys that cascade (a test walks every
    model to keep it so). Sessions are the one table that names a user without a foreign key:
    the user's sessions on other devices are deleted too, and so are the login attempts
    django-axes recorded under their username.
    """
    user_id = str(user.pk)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=user.get_username()).delete()
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            session.delete()
    user.delete()

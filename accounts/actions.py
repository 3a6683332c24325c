"""Operations on a whole account."""

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and every row they own.

    Everything a user owns hangs off the user by foreign keys that cascade (a test walks every
    model to keep it so). Sessions are the one table that names a user without a foreign key:
    the user's sessions on other devices are deleted too.
    """
    user_id = str(user.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            session.delete()
    user.delete()

from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from .models import Reminder


def reminders(request) -> dict:
    """The count in the navigation; a query only on pages that show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "reminder_count": SimpleLazyObject(
            lambda: Reminder.objects.for_user(user).showing(timezone.now()).count()
        )
    }

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from followups.actions import reminders_refresh, reminders_send


class Command(BaseCommand):
    help = (
        "Bring every user's reminders up to date and mail the ones due. Safe to run every few "
        "minutes, and twice at once: each reminder is mailed once."
    )

    def handle(self, *args, **options) -> None:
        now = timezone.now()
        users = get_user_model().objects.filter(is_active=True).select_related("profile")
        for user in users.iterator():
            reminders_refresh(user=user, now=now)
        sent, failed = reminders_send(now=now)
        self.stdout.write(f"{sent} reminder(s) sent, {failed} failed (retried next run).")

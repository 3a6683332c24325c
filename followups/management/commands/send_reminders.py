import logging

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from followups.actions import reminders_refresh, reminders_send

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Bring every user's reminders up to date and mail the ones due. Safe to run every few "
        "minutes, and twice at once: each reminder is mailed once."
    )

    def handle(self, *args, **options) -> None:
        now = timezone.now()
        users = get_user_model().objects.filter(is_active=True).select_related("profile")
        skipped = 0
        for user in users.iterator():
            # One user's bad data must not hold back everyone else's reminders: their update
            # is undone, logged with its cause, and tried again on the next run.
            try:
                with transaction.atomic():
                    reminders_refresh(user=user, now=now)
            except Exception:
                log.exception("Reminders of user %s not brought up to date", user.pk)
                skipped += 1
        sent, failed = reminders_send(now=now)
        self.stdout.write(f"{sent} reminder(s) sent, {failed} failed (retried next run).")
        if skipped:
            self.stdout.write(f"{skipped} user(s) skipped after an error (see the log).")

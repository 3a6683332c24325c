"""Store the look-alike pairs of banks read under older matching rules (or of one user's, or
of everyone's with --everything), outside any request."""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from questionbank.actions import look_alikes_refresh, look_alikes_refresh_stale


class Command(BaseCommand):
    help = (
        "Read again the questions whose stored meaning is out of date (new matching rules) and "
        "store their look-alikes; `migrate` does the same after every run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", help="Only this user's bank.")
        parser.add_argument(
            "--everything",
            action="store_true",
            help="Recompute every look-alike of the bank(s), stale or not.",
        )

    def handle(self, *args, username=None, everything=False, **options):
        started = time.perf_counter()
        users = get_user_model().objects.order_by("pk")
        if username:
            users = users.filter(username=username)
            if not users.exists():
                raise CommandError(f"No user named {username!r}.")
        if everything or username:
            users = list(users)
            for user in users:
                look_alikes_refresh(user=user, everything=everything)
            done = len(users)
        else:
            done = look_alikes_refresh_stale()
        seconds = time.perf_counter() - started
        self.stdout.write(f"Refreshed the look-alikes of {done} bank(s) in {seconds:.1f} s.")

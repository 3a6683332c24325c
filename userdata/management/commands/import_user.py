from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.versions import bump
from userdata.checking import Problems
from userdata.importer import document_import, parse_json


class Command(BaseCommand):
    help = (
        "Import a Debrief JSON export into an existing user's account: all of it or, if the "
        "file has any problem, nothing (every problem is listed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file")

    def handle(self, *args, username, file, **options):
        try:
            user = get_user_model()._default_manager.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        try:
            raw = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            summary = document_import(user=user, document=parse_json(raw))
        except Problems as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {p}" for p in error.problems)
            ) from None
        bump(user)  # not a request, so DataVersionMiddleware did not see it
        self.stdout.write(str(summary))

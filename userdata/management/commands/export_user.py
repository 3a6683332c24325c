import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from userdata.export import export_document


class Command(BaseCommand):
    help = "Print everything a user owns as a Debrief JSON export (or write it to --output)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--output", "-o", help="File to write instead of standard output.")

    def handle(self, *args, username, output=None, **options):
        try:
            user = get_user_model()._default_manager.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        text = json.dumps(export_document(user), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(f"Wrote {username}'s data to {output}.")
        else:
            self.stdout.write(text)

"""Create realistic demo accounts: a year of interviews, questions, answers, practice, weaknesses.

    python manage.py seed_demo                       # one account, "demo", printed at the end
    python manage.py seed_demo --interviews 1000 --questions 5000 --users 3

An existing account of the same name is replaced, so running it twice gives the same journal.
"""

import time

from django.core.management.base import BaseCommand, CommandError

DEFAULT_PASSWORD = "debrief-demo"


class Command(BaseCommand):
    help = "Create demo accounts full of realistic interviews, questions and answers."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")
        parser.add_argument("--password", default=DEFAULT_PASSWORD)
        parser.add_argument("--interviews", type=int, default=120)
        parser.add_argument("--questions", type=int, default=300)
        parser.add_argument(
            "--users", type=int, default=1, help="K accounts: username, username2, … usernameK."
        )

    def handle(self, *args, username, password, interviews, questions, users, **options):
        if interviews < 1 or questions < 10 or users < 1:
            raise CommandError("Need at least 1 interview, 10 questions and 1 user.")
        try:
            from journal.demo import seed_account
        except ImportError as error:  # factory-boy and Faker come with the dev extras
            raise CommandError(f"{error}: install with pip install -e '.[dev]'") from error
        for number in range(1, users + 1):
            name = username if number == 1 else f"{username}{number}"
            start = time.perf_counter()
            seeded = seed_account(
                username=name,
                password=password,
                interviews=interviews,
                questions=questions,
                seed=number,
            )
            self.stdout.write(
                f"Seeded {seeded.interviews} interviews, {seeded.questions} questions, "
                f"{seeded.answers} answers, {seeded.observations} weakness observations "
                f"in {time.perf_counter() - start:.1f} s."
            )
            self.stdout.write(self.style.SUCCESS(f"Log in as {name} / {password}"))

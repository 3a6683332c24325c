"""Time the main pages against a large journal, and count their queries.

    python manage.py benchmark --interviews 1000 --questions 5000

The journal is `seed_demo`'s (realistic question wordings, so search has real matches), made
inside a transaction that is rolled back, so the database is left as it was. Timings are for
reading, not for asserting: the tests check query counts instead. Each page is also shown as a
multiple of the floor page (change password) measured in the same run, the only comparison that
means anything on a busy machine. For load under gunicorn, see bench/load.py.
"""

import statistics
import time
from urllib.parse import quote

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from journal.demo import seed_account
from journal.models import Interview, Weakness
from questionbank.models import Question


class Rollback(Exception):
    pass


def main_pages(user) -> dict[str, str]:
    """The pages a user of this account visits most, with real objects in their URLs."""
    interview = (
        Interview.objects.for_user(user).annotate(n=Count("asked")).order_by("-n", "-date").first()
    )
    question = Question.objects.for_user(user).order_by("-times_asked", "pk").first()
    weakness = (
        Weakness.objects.for_user(user).annotate(n=Count("observations")).order_by("-n").first()
    )
    company = interview.company
    return {
        "dashboard": reverse("home"),
        "journal list": reverse("journal:interview-list"),
        "journal search": reverse("journal:interview-list") + "?q=conflict",
        "interview": interview.get_absolute_url(),
        "companies": reverse("journal:company-list"),
        "company": reverse("journal:company-detail") + f"?name={quote(company)}",
        "question bank": reverse("questionbank:question-list"),
        "bank search": reverse("questionbank:question-list") + "?q=tell",
        "question": question.get_absolute_url(),
        "practice": reverse("questionbank:practice"),
        "weaknesses": reverse("journal:weakness-list"),
        "weakness": weakness.get_absolute_url(),
        "trends": reverse("journal:trends"),
        "strengths": reverse("journal:strength-list"),
        "brief": reverse("journal:interview-brief", args=[interview.pk]),
        "prep pack": reverse("questionbank:prep-pack") + f"?company={quote(company)}",
        "reminders": reverse("followups:reminder-list"),
        "settings": reverse("accounts:settings"),
        "your data": reverse("userdata:data"),
    }


# The floor every page is compared with: a session, the user and a small template.
FLOOR = ("floor", "/accounts/password_change/")


class Command(BaseCommand):
    help = "Time the main pages against a large, throwaway journal."

    def add_arguments(self, parser):
        parser.add_argument("--interviews", type=int, default=500)
        parser.add_argument("--questions", type=int, default=2000)
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, interviews: int, questions: int, runs: int, **options):
        try:
            with transaction.atomic():
                seeded = seed_account(
                    username="benchmark-user",
                    password="benchmark",
                    interviews=interviews,
                    questions=questions,
                )
                self.stdout.write(
                    f"Seeded {seeded.interviews} interviews, {seeded.questions} questions, "
                    f"{seeded.answers} answers, {seeded.observations} weakness observations."
                )
                self.measure(seeded.user, runs)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back the benchmark data.")

    def measure(self, user, runs: int) -> None:
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        self.stdout.write(
            f"{'page':<16}{'queries':>8}{'median ms':>11}{'max ms':>9}{'× floor':>9}{'KB':>7}"
        )
        floor = None
        for name, url in [FLOOR, *main_pages(user).items()]:
            client.get(url)  # not timed: a first view fills per-process caches
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            median = statistics.median(timings)
            floor = floor or median
            self.stdout.write(
                f"{name:<16}{len(queries):>8}{median:>11.1f}{max(timings):>9.1f}"
                f"{median / floor:>9.1f}{len(response.content) / 1024:>7.0f}"
            )

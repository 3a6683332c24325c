"""Time the main pages against a large journal, and count their queries.

    python manage.py benchmark --interviews 1000

Everything is created inside a transaction that is rolled back, so the database is left as it
was. Timings are for reading, not for asserting: the tests check query counts instead.
"""

import datetime
import random
import statistics
import time

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from journal.models import AskedQuestion, Interview, Weakness, WeaknessObservation
from questionbank.models import Answer, Question


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the main pages against a large, throwaway journal."

    def add_arguments(self, parser):
        parser.add_argument("--interviews", type=int, default=500)
        parser.add_argument("--questions", type=int, default=400)
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, interviews: int, questions: int, runs: int, **options):
        try:
            with transaction.atomic():
                user = self.seed(interviews, questions)
                self.measure(user, runs)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back the benchmark data.")

    def seed(self, interview_count: int, question_count: int) -> User:
        rng = random.Random(42)
        user = User.objects.create_user("benchmark-user", password="x")
        bank = Question.objects.bulk_create(
            Question(user=user, text=f"Benchmark question {i}?",
                     **Question.keys_for(f"Benchmark question {i}?"))
            for i in range(question_count)
        )  # fmt: skip
        Answer.objects.bulk_create(
            Answer(question=q, body="A prepared answer " * 40) for q in bank[::2]
        )
        today = timezone.localdate()
        interviews = Interview.objects.bulk_create(
            Interview(user=user, company=f"Company {i % 80}", role="Engineer",
                      date=today - datetime.timedelta(days=i), outcome=rng.choice(
                          ["pending", "rejected", "offer", "moved_forward"]),
                      confidence_rating=rng.randint(1, 5), rapport_rating=rng.randint(1, 5))
            for i in range(interview_count)
        )  # fmt: skip
        AskedQuestion.objects.bulk_create(
            AskedQuestion(interview=interview, question=question, position=position)
            for interview in interviews
            for position, question in enumerate(rng.sample(bank, 5))
        )
        weaknesses = Weakness.objects.bulk_create(
            Weakness(user=user, name=f"Weakness {i}") for i in range(12)
        )
        WeaknessObservation.objects.bulk_create(
            WeaknessObservation(weakness=weakness, interview=interview, severity=rng.randint(1, 5))
            for interview in interviews[::3]
            for weakness in rng.sample(weaknesses, 2)
        )
        self.stdout.write(
            f"Seeded {interview_count} interviews, {question_count} questions, "
            f"{len(weaknesses)} weaknesses."
        )
        return user

    def measure(self, user: User, runs: int) -> None:
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        interview = Interview.objects.filter(user=user).first()
        question = Question.objects.filter(user=user).first()
        weakness = Weakness.objects.filter(user=user).first()
        pages = {
            "dashboard": reverse("home"),
            "journal list": reverse("journal:interview-list"),
            "journal search": reverse("journal:interview-list") + "?q=question+12",
            "interview": interview.get_absolute_url(),
            "question bank": reverse("questionbank:question-list"),
            "bank search": reverse("questionbank:question-list") + "?q=benchmark",
            "question": question.get_absolute_url(),
            "practice": reverse("questionbank:practice"),
            "weakness": weakness.get_absolute_url(),
            "trends": reverse("journal:trends"),
        }
        self.stdout.write(f"{'page':<16}{'queries':>8}{'median ms':>11}{'max ms':>9}")
        for name, url in pages.items():
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            self.stdout.write(
                f"{name:<16}{len(queries):>8}{statistics.median(timings):>11.1f}"
                f"{max(timings):>9.1f}"
            )

"""Choosing the next question to practise: due reviews first, new questions mixed in."""

import datetime

from .models import Question, Review

NEW_PER_DAY = 10
# Every third card is a new question when there is one, so the bank keeps growing.
NEW_EVERY = 3


def start_of_day(now: datetime.datetime) -> datetime.datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def practice_queryset(user, *, category: str = "", company: str = ""):
    questions = Question.objects.for_user(user)
    if category:
        questions = questions.filter(category=category)
    if company:
        questions = questions.asked_at(company)
    return questions


def today_counts(user, now: datetime.datetime) -> dict:
    """Reviews done today, and how many of them were a question's first ever practice."""
    today = start_of_day(now)
    todays = Review.objects.for_user(user).filter(reviewed_at__gte=today)
    # From today's reviews (an index range), not by finding every question's first review.
    new = todays.exclude(question__reviews__reviewed_at__lt=today).values("question").distinct()
    return {"done": todays.count(), "new": new.count()}


def next_question(questions, *, now: datetime.datetime, done_today: int, new_today: int):
    """The next question to practise from `questions`, or None when nothing is due."""
    due_reviews = questions.filter(due__lte=now).order_by("due", "pk")
    # The most-asked new question, by the stored count: nothing is counted per pick.
    new = questions.filter(due__isnull=True).order_by("-times_asked", "pk")
    want_new = done_today % NEW_EVERY == NEW_EVERY - 1 and new_today < NEW_PER_DAY
    first, second = (new, due_reviews) if want_new else (due_reviews, new)
    candidate = first.without_meaning().select_related("answer").first()
    if candidate is None:
        candidate = second.without_meaning().select_related("answer").first()
    if candidate is not None and candidate.due is None and new_today >= NEW_PER_DAY:
        return None
    return candidate


def last_review(user) -> Review | None:
    """The user's latest rating, if it can still be undone (recorded with its prior schedule)."""
    review = (
        Review.objects.for_user(user).select_related("question").order_by("-reviewed_at", "-id")
    )
    latest = review.first()
    return latest if latest and latest.before is not None else None

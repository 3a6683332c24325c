import datetime

from django.utils import timezone

from questionbank.scheduling import review, speaking_seconds, word_count
from tests.factories import QuestionFactory


def test_a_new_card_rated_good_comes_back_within_the_hour():
    now = datetime.datetime(2026, 11, 23, 20, tzinfo=datetime.UTC)
    state, due = review(None, "good", now)
    assert now < due <= now + datetime.timedelta(hours=1)
    assert state["last_review"].startswith("2026-11-23T20:00")


def test_again_comes_back_sooner_than_easy():
    now = datetime.datetime(2026, 11, 23, 20, tzinfo=datetime.UTC)
    _, again = review(None, "again", now)
    _, easy = review(None, "easy", now)
    assert again < easy


def test_speaking_time_and_words():
    assert word_count("one two", "three\nfour  five") == 5
    assert speaking_seconds(130) == 60
    assert speaking_seconds(0) == 0


def test_schedule_persists_across_reviews(owner):
    question = QuestionFactory(user=owner)
    start = timezone.now()
    question.record_review("good", when=start)
    question.refresh_from_db()
    first_due = question.due
    assert question.card["last_review"] is not None

    question.record_review("good", when=first_due)
    question.refresh_from_db()
    second_interval = question.due - first_due
    assert second_interval > first_due - start  # a successful review spaces the next one out
    question.record_review("good", when=question.due)
    question.refresh_from_db()
    assert question.due - first_due > second_interval
    assert [r.rating for r in question.reviews.all()] == ["good", "good", "good"]
    stability = question.card["stability"]

    question.record_review("again", when=question.due)
    question.refresh_from_db()
    assert question.card["stability"] < stability

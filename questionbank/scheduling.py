"""FSRS bookkeeping for practice: plain functions over the `fsrs` package, no Django."""

import datetime

from fsrs import Card, Rating, Scheduler

SCHEDULER = Scheduler(desired_retention=0.9)
RATINGS = {
    "again": Rating.Again,
    "hard": Rating.Hard,
    "good": Rating.Good,
    "easy": Rating.Easy,
}


def new_card_state() -> dict:
    return Card().to_dict()


def review(
    state: dict | None, rating: str, when: datetime.datetime, seconds: int | None = None
) -> tuple[dict, datetime.datetime]:
    """The card's next state and due time after a review rated `rating` at `when`."""
    card = Card.from_dict(state) if state else Card(due=when)
    card, _ = SCHEDULER.review_card(card, RATINGS[rating], review_datetime=when)
    return card.to_dict(), card.due


def speaking_seconds(words: int, words_per_minute: int = 130) -> int:
    """How long an answer takes to say at an unhurried interview pace."""
    return round(words * 60 / words_per_minute)


def word_count(*texts: str) -> int:
    return sum(len(text.split()) for text in texts)

"""Dates of events in words ("3 days ago", "in 2 days", "yesterday"): a plain function."""

import datetime

MINUTE = 60
HOUR = 60 * MINUTE


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"


def _days_in_words(days: int) -> str:
    """A whole number of days from today (negative: past) in words."""
    if days == 0:
        return "today"
    if days == -1:
        return "yesterday"
    if days == 1:
        return "tomorrow"
    span = abs(days)
    if span < 7:
        amount = _count(span, "day")
    elif span < 30:
        amount = _count(span // 7, "week")
    elif span < 365:
        amount = _count(max(1, round(span / 30.44)), "month")
    else:
        amount = _count(span // 365, "year")
    return f"{amount} ago" if days < 0 else f"in {amount}"


def in_words(
    value: datetime.date | datetime.datetime, now: datetime.datetime, today: datetime.date
) -> str:
    """`value` relative to `now` (an aware moment) and `today` (its date where the user is).

    A date counts whole days; a moment within the last or next day counts minutes or hours, and
    one further off counts days between the local dates (`value` must already be local).
    """
    if not isinstance(value, datetime.datetime):
        return _days_in_words((value - today).days)
    seconds = (value - now).total_seconds()
    span = abs(seconds)
    if span < MINUTE:
        return "just now" if seconds <= 0 else "in a moment"
    if span < HOUR:
        amount = _count(int(span // MINUTE), "minute")
    elif span < 12 * HOUR or (span < 24 * HOUR and value.date() == today):
        amount = _count(int(span // HOUR), "hour")
    else:
        return _days_in_words((value.date() - today).days)
    return f"{amount} ago" if seconds < 0 else f"in {amount}"

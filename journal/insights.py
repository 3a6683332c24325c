"""Series for the trends page, computed from plain rows. No Django imports."""

import datetime
import math
from collections import Counter, defaultdict

POSITIVE = {"moved_forward", "offer"}
# Beyond this many points a line chart is unreadable (and slow to draw): use monthly means.
MAX_POINTS = 40
NEGATIVE = {"rejected", "no_response"}


def mean(values) -> float | int:
    """The arithmetic mean. statistics.mean is exact (it sums fractions) and so about 20 times
    slower: over a thousand interviews it was most of the trends page's time."""
    value = math.fsum(values) / len(values)
    return int(value) if value.is_integer() else value  # shown as "4", as statistics.mean did


def month_label(date: datetime.date) -> str:
    return date.strftime("%b %Y")


def months_between(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months = []
    current = first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + datetime.timedelta(days=32)).replace(day=1)
    return months


def outcomes_per_month(rows: list[tuple[datetime.date, str]], outcomes: list[tuple[str, str]]):
    """(x labels, {outcome label: counts per month}) for every month in the range."""
    if not rows:
        return [], {}
    counts = Counter((date.replace(day=1), outcome) for date, outcome in rows)
    months = months_between(min(d for d, _ in rows), max(d for d, _ in rows))
    series = {
        label: [counts[(month, value)] for month in months]
        for value, label in outcomes
        if any(counts[(month, value)] for month in months)
    }
    return [month_label(m) for m in months], series


def ratings_over_time(rows: list[dict], dimensions: list[tuple[str, str]]):
    """One series per self-assessment dimension over the rated interviews, oldest first;
    monthly means when there are too many interviews to show one by one."""
    rated = [row for row in rows if any(row[f"{key}_rating"] for key, _ in dimensions)]
    if len(rated) <= MAX_POINTS:
        labels = [row["date"].strftime("%d %b %y") for row in rated]
        series = {label: [row[f"{key}_rating"] for row in rated] for key, label in dimensions}
        return labels, series
    months = sorted({row["date"].replace(day=1) for row in rated})
    series = {}
    for key, label in dimensions:
        by_month = defaultdict(list)
        for row in rated:
            if row[f"{key}_rating"]:
                by_month[row["date"].replace(day=1)].append(row[f"{key}_rating"])
        series[label] = [_mean(by_month.get(month)) for month in months]
    return [month_label(m) for m in months], series


def _mean(values: list | None) -> float | None:
    return round(mean(values), 2) if values else None


def severity_over_time(rows: list[tuple[str, datetime.date, int]], limit: int = 6):
    """One series per weakness (the most observed `limit`), over the dates any was tagged;
    monthly means when there are too many dates to show one by one."""
    by_weakness: dict[str, dict[datetime.date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for name, date, severity in rows:
        by_weakness[name][date].append(severity)
    top = sorted(by_weakness, key=lambda name: (-len(by_weakness[name]), name))[:limit]
    dates = sorted({date for name in top for date in by_weakness[name]})
    if len(dates) <= MAX_POINTS:
        labels = [d.strftime("%d %b %y") for d in dates]
        return labels, {name: [_mean(by_weakness[name].get(d)) for d in dates] for name in top}
    months = sorted({d.replace(day=1) for d in dates})
    series = {}
    for name in top:
        by_month = defaultdict(list)
        for date, severities in by_weakness[name].items():
            by_month[date.replace(day=1)].extend(severities)
        series[name] = [_mean(by_month.get(month)) for month in months]
    return [month_label(m) for m in months], series


def rating_against_outcome(rows: list[dict], dimensions: list[tuple[str, str]]) -> list[dict]:
    """For each dimension and the overall average: my mean rating when I moved forward and
    when I did not. Pending and withdrawn interviews say nothing about this and are left out."""
    table = []
    for key, label in [*dimensions, ("overall", "Average of all")]:
        forward, not_forward = [], []
        for row in rows:
            value = row.get("overall") if key == "overall" else row[f"{key}_rating"]
            if value is None:
                continue
            if row["outcome"] in POSITIVE:
                forward.append(value)
            elif row["outcome"] in NEGATIVE:
                not_forward.append(value)
        table.append(
            {
                "label": label,
                "forward": round(mean(forward), 1) if forward else None,
                "not_forward": round(mean(not_forward), 1) if not_forward else None,
                "forward_n": len(forward),
                "not_forward_n": len(not_forward),
            }
        )
    return table


def overall(row: dict, dimensions: list[tuple[str, str]]) -> float | None:
    values = [row[f"{key}_rating"] for key, _ in dimensions if row[f"{key}_rating"]]
    return round(mean(values), 2) if values else None

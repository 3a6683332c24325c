import datetime

from journal.insights import (
    outcomes_per_month,
    overall,
    rating_against_outcome,
    ratings_over_time,
    severity_over_time,
)

D = datetime.date
DIMENSIONS = [("confidence", "Confidence"), ("rapport", "Rapport")]


def row(date, outcome, confidence, rapport):
    data = {"date": date, "outcome": outcome, "confidence_rating": confidence,
            "rapport_rating": rapport}  # fmt: skip
    data["overall"] = overall(data, DIMENSIONS)
    return data


def test_outcomes_per_month_fills_empty_months():
    labels, series = outcomes_per_month(
        [(D(2026, 9, 3), "rejected"), (D(2026, 11, 2), "offer"), (D(2026, 11, 20), "rejected")],
        [("offer", "Offer"), ("rejected", "Rejected"), ("pending", "Pending")],
    )
    assert labels == ["Sep 2026", "Oct 2026", "Nov 2026"]
    assert series == {"Offer": [0, 0, 1], "Rejected": [1, 0, 1]}


def test_rating_against_outcome_leaves_out_pending():
    rows = [
        row(D(2026, 1, 1), "offer", 4, 5),
        row(D(2026, 1, 2), "moved_forward", 2, None),
        row(D(2026, 1, 3), "rejected", 1, 3),
        row(D(2026, 1, 4), "pending", 5, 5),
    ]
    table = {r["label"]: r for r in rating_against_outcome(rows, DIMENSIONS)}
    assert (table["Confidence"]["forward"], table["Confidence"]["not_forward"]) == (3, 1)
    assert table["Confidence"]["forward_n"] == 2
    assert (table["Rapport"]["forward"], table["Rapport"]["not_forward"]) == (5, 3)
    # overall per interview: (4+5)/2 = 4.5 and 2 -> 3.25 -> 3.2; rejected (1+3)/2 = 2
    assert (table["Average of all"]["forward"], table["Average of all"]["not_forward"]) == (3.2, 2)


def test_severity_over_time_keeps_the_most_observed_weaknesses():
    rows = [("Rambling", D(2026, 1, 1), 5), ("Rambling", D(2026, 2, 1), 3),
            ("Nerves", D(2026, 2, 1), 2), ("Rare", D(2026, 3, 1), 1)]  # fmt: skip
    labels, series = severity_over_time(rows, limit=2)
    assert labels == ["01 Jan 26", "01 Feb 26"]
    assert series == {"Rambling": [5, 3], "Nerves": [None, 2]}


def test_long_histories_become_monthly_means():
    start = D(2026, 1, 1)
    rows = [row(start + datetime.timedelta(days=i), "pending", 1 + i % 2, None) for i in range(60)]
    labels, series = ratings_over_time(rows, DIMENSIONS)
    assert labels == ["Jan 2026", "Feb 2026", "Mar 2026"]
    # January: days 0..30 alternate 1, 2, ... -> sixteen 1s and fifteen 2s
    assert series["Confidence"][0] == round((16 * 1 + 15 * 2) / 31, 2)
    assert series["Rapport"] == [None, None, None]

    severity_rows = [("Rambling", start + datetime.timedelta(days=i), 4) for i in range(45)]
    labels, series = severity_over_time(severity_rows)
    assert labels == ["Jan 2026", "Feb 2026"]
    assert series == {"Rambling": [4, 4]}

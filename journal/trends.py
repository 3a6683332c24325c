"""Trend verdicts for weaknesses. Pure functions, no Django: the rule is the documentation."""

from dataclasses import dataclass
from statistics import mean

# Absent from this many of the user's most recent interviews, after having shown: resolved.
RESOLVED_AFTER = 3
# The window compared: the last k observations against the k before them.
WINDOW = 3
# A change in mean severity smaller than this is noise: steady.
THRESHOLD = 0.5

RULE = (
    f"We compare the average severity of your last {WINDOW} observations with the "
    f"{WINDOW} before them (with fewer than {2 * WINDOW}, the later half against the earlier "
    f"half). Down by {THRESHOLD} or more: improving. Up by {THRESHOLD} or more: worsening. "
    f"Otherwise: steady. Absent from your last {RESOLVED_AFTER} interviews after having shown: "
    "resolved."
)


@dataclass(frozen=True)
class Trend:
    verdict: str  # "improving", "steady", "worsening", "resolved" or "none"
    explanation: str
    earlier: float | None = None
    recent: float | None = None

    @property
    def label(self) -> str:
        return {"none": "no data"}.get(self.verdict, self.verdict)


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def trend(severities: list[int], interviews_since_last: int) -> Trend:
    """The verdict for a weakness's severities (oldest first).

    `interviews_since_last` counts the user's interviews dated after the last observation.
    """
    if not severities:
        return Trend("none", "Not tagged on any interview yet.")
    if interviews_since_last >= RESOLVED_AFTER:
        return Trend(
            "resolved",
            f"It has not shown in your last {interviews_since_last} interviews.",
        )
    if len(severities) == 1:
        return Trend(
            "steady",
            f"Seen once so far (severity {severities[0]}); a trend needs two observations.",
        )
    k = min(WINDOW, len(severities) // 2)
    earlier = mean(severities[-2 * k : -k])
    recent = mean(severities[-k:])
    change = recent - earlier
    compared = (
        f"average severity {_fmt(recent)} in the last {k} against {_fmt(earlier)} before"
        if k > 1
        else f"severity {_fmt(recent)} last time against {_fmt(earlier)} the time before"
    )
    if change <= -THRESHOLD:
        verdict = "improving"
    elif change >= THRESHOLD:
        verdict = "worsening"
    else:
        verdict = "steady"
    return Trend(verdict, compared[0].upper() + compared[1:] + ".", earlier, recent)

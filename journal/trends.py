"""Trend verdicts for weaknesses. Pure functions, no Django: the rule is the documentation."""

from dataclasses import dataclass
from enum import StrEnum
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


class Verdict(StrEnum):
    """What a weakness's trend says, with how each verdict is shown."""

    IMPROVING = "improving"
    STEADY = "steady"
    WORSENING = "worsening"
    RESOLVED = "resolved"
    NONE = "none"

    @property
    def label(self) -> str:
        return "no data" if self is Verdict.NONE else self.value

    @property
    def icon(self) -> str:
        return _ICONS.get(self, "")

    @property
    def css_class(self) -> str:
        return _CSS_CLASSES.get(self, "text-bg-secondary")

    @property
    def is_open(self) -> bool:
        """Still to work on: it has shown, and it is not resolved."""
        return self not in (Verdict.NONE, Verdict.RESOLVED)


_ICONS = {Verdict.IMPROVING: "↘", Verdict.WORSENING: "↗", Verdict.RESOLVED: "✓"}
_CSS_CLASSES = {
    Verdict.IMPROVING: "text-bg-success",
    Verdict.WORSENING: "text-bg-danger",
    Verdict.RESOLVED: "text-bg-primary",
}


@dataclass(frozen=True)
class Trend:
    verdict: Verdict
    explanation: str
    earlier: float | None = None
    recent: float | None = None

    @property
    def label(self) -> str:
        return self.verdict.label


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def trend(severities: list[int], interviews_since_last: int) -> Trend:
    """The verdict for a weakness's severities (oldest first).

    `interviews_since_last` counts the user's interviews dated after the last observation.
    """
    if not severities:
        return Trend(Verdict.NONE, "Not tagged on any interview yet.")
    if interviews_since_last >= RESOLVED_AFTER:
        return Trend(
            Verdict.RESOLVED,
            f"It has not shown in your last {interviews_since_last} interviews.",
        )
    if len(severities) == 1:
        return Trend(
            Verdict.STEADY,
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
        verdict = Verdict.IMPROVING
    elif change >= THRESHOLD:
        verdict = Verdict.WORSENING
    else:
        verdict = Verdict.STEADY
    return Trend(verdict, compared[0].upper() + compared[1:] + ".", earlier, recent)

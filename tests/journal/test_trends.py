"""The trend rule, with expectations worked out by hand."""

import pytest

from journal.trends import RESOLVED_AFTER, Verdict, trend


def test_no_observations():
    assert trend([], 0).verdict == "none"


def test_a_single_observation_is_steady_and_says_why():
    result = trend([4], 0)
    assert result.verdict == "steady"
    assert "Seen once so far (severity 4)" in result.explanation


@pytest.mark.parametrize(
    ("severities", "verdict", "earlier", "recent"),
    [
        # two observations: the last against the one before
        ([4, 2], "improving", 4, 2),
        ([2, 4], "worsening", 2, 4),
        ([3, 3], "steady", 3, 3),  # a tie
        # three: k = 1, so the third against the second (the first is older history)
        ([5, 3, 1], "improving", 3, 1),
        ([1, 4, 4], "steady", 4, 4),
        # four: k = 2, the last two (5, 4) = 4.5 against the two before (4, 4) = 4: up 0.5
        ([4, 4, 5, 4], "worsening", 4, 4.5),
        ([5, 5, 3, 3], "improving", 5, 3),
        # six or more: the last three against the three before
        ([5, 5, 4, 3, 3, 2], "improving", 14 / 3, 8 / 3),
        ([1, 2, 1, 2, 2, 2], "worsening", 4 / 3, 2),  # up 0.67
        ([9, 1, 1, 1, 3, 3, 3], "worsening", 1, 3),  # older history beyond the window ignored
    ],
)
def test_comparing_windows(severities, verdict, earlier, recent):
    result = trend(severities, 0)
    assert (result.earlier, result.recent) == pytest.approx((earlier, recent))
    assert result.verdict == verdict


def test_a_change_just_under_the_threshold_is_steady():
    # mean(3, 3, 3) = 3 against mean(3, 3, 4) = 3.33: down 0.33 < 0.5
    assert trend([3, 3, 4, 3, 3, 3], 0).verdict == "steady"


def test_exactly_the_threshold_counts():
    # mean(3, 2) = 2.5 against mean(3, 3) = 3: down exactly 0.5
    assert trend([3, 3, 3, 2], 0).verdict == "improving"


def test_resolved_after_being_absent_from_the_last_interviews():
    result = trend([4, 5], RESOLVED_AFTER)
    assert result.verdict == "resolved"
    assert f"last {RESOLVED_AFTER} interviews" in result.explanation
    assert trend([4, 5], RESOLVED_AFTER - 1).verdict == "worsening"


def test_the_explanation_states_the_numbers():
    result = trend([5, 5, 4, 3, 3, 2], 0)
    assert result.explanation == "Average severity 2.7 in the last 3 against 4.7 before."


def test_each_verdict_has_its_own_label_icon_and_class():
    assert Verdict.NONE.label == "no data"
    assert Verdict.RESOLVED.label == "resolved"
    assert len({v.icon for v in (Verdict.IMPROVING, Verdict.WORSENING, Verdict.RESOLVED)}) == 3
    assert len({v.css_class for v in Verdict}) == 4  # steady and "no data" look alike


def test_only_a_shown_and_unresolved_weakness_is_open():
    assert [v for v in Verdict if v.is_open] == [
        Verdict.IMPROVING,
        Verdict.STEADY,
        Verdict.WORSENING,
    ]

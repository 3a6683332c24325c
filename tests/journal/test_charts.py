"""The charts read as SVG: whole-number axes for counts, colours that mean what they show,
transparent backgrounds with text for dark mode, and a phone drawing with legible text."""

import colorsys
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.urls import reverse

from journal import charts

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"]
OUTCOMES = {
    "Pending": [1, 0, 0, 2],
    "Moved forward": [3, 1, 2, 0],
    "Offer": [0, 0, 1, 0],
    "Rejected": [2, 2, 1, 1],
    "Withdrew": [0, 1, 0, 0],
    "No response": [1, 0, 0, 1],
}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def drawings(chart: charts.Drawing) -> dict[str, str]:
    return {size: chart.svg(size).decode() for size in ("wide", "narrow")}


def y_labels(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    axis = next(g for g in root.iter(f"{SVG}g") if "axis y" in g.get("class", ""))
    return [text.text for text in axis.iter(f"{SVG}text")]


def series_colours(svg: str, names) -> dict[str, str]:
    """Series i is drawn in the colour of CSS class color-i."""
    found = dict(re.findall(r"\.color-(\d+)[^{]*\{stroke:(#[0-9a-f]{6});fill:#[0-9a-f]{6}\}", svg))
    return {name: found[str(index)] for index, name in enumerate(names)}


def hue(colour: str) -> tuple[float, float]:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, _, s = colorsys.rgb_to_hls(r, g, b)
    return h * 360, s


def is_green(colour):
    h, s = hue(colour)
    return 90 <= h <= 170 and s > 0.2


def is_red(colour):
    h, s = hue(colour)
    return (h >= 335 or h <= 15) and s > 0.4


def is_neutral(colour):
    h, s = hue(colour)
    return s < 0.2 or 190 <= h <= 250  # grey, or blue


@pytest.mark.parametrize("drawing", ["wide", "narrow"])
def test_outcomes_per_month_are_counted_on_a_whole_number_axis(drawing):
    svg = drawings(charts.outcome_chart("Interviews per month", MONTHS, OUTCOMES))[drawing]
    labels = y_labels(svg)
    assert labels[0] == "0" and all(label.isdigit() for label in labels), labels
    assert int(labels[-1]) >= 7  # January: 1 + 3 + 2 + 1 interviews
    assert len(labels) <= 8


@pytest.mark.parametrize(
    ("largest", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (6, [0, 1, 2, 3, 4, 5, 6]),
        (7, [0, 2, 4, 6, 8]),
        (23, [0, 5, 10, 15, 20, 25]),
        (140, [0, 25, 50, 75, 100, 125, 150]),
    ],
)
def test_count_ticks_are_whole_numbers_from_zero_past_the_largest(largest, ticks):
    assert charts.count_ticks(largest) == ticks


def test_outcome_colours_mean_what_they_show():
    for svg in drawings(charts.outcome_chart("Interviews per month", MONTHS, OUTCOMES)).values():
        colour = series_colours(svg, OUTCOMES)
        assert is_green(colour["Moved forward"]) and is_green(colour["Offer"]), colour
        assert is_red(colour["Rejected"]) and is_red(colour["No response"]), colour
        assert is_neutral(colour["Pending"]) and is_neutral(colour["Withdrew"]), colour
        assert len(set(colour.values())) == len(colour)  # each outcome told apart


def test_an_outcome_missing_from_the_range_does_not_shift_the_colours():
    only = {"Rejected": [1, 2], "Offer": [1, 0]}
    svg = drawings(charts.outcome_chart("Interviews per month", MONTHS[:2], only))["wide"]
    colour = series_colours(svg, only)
    assert is_red(colour["Rejected"]) and is_green(colour["Offer"])


def test_moving_forward_is_green_and_being_turned_down_red_in_the_comparison():
    series = {"Moved forward / offer": [3.5, 4], "Rejected / no response": [3, 2.5]}
    for svg in drawings(
        charts.good_bad_bar_chart("Rating", ["Confidence", "Rapport"], series)
    ).values():
        colour = series_colours(svg, series)
        assert is_green(colour["Moved forward / offer"]) and is_red(
            colour["Rejected / no response"]
        )


def test_backgrounds_are_transparent_and_the_text_turns_light_in_dark_mode():
    chart = charts.line_chart("Severity", MONTHS, {"Rambling": [4, 3, 3, 2]})
    for svg in drawings(chart).values():
        css = "".join(style.text for style in ET.fromstring(svg).iter(f"{SVG}style"))
        assert re.search(r"\.background\{fill:transparent", css)
        assert "#fff" not in css.lower() and "white" not in css.lower()
        dark = css.split("prefers-color-scheme:dark")[1]
        assert f"text{{fill:{charts.DARK_TEXT}" in dark.replace(" ", "")


def test_text_stays_legible_on_a_phone_and_in_a_desktop_column():
    dates = [f"{day} Mar" for day in range(1, 25)]
    chart = charts.line_chart("Severity", dates, {"Rambling": list(range(1, 5)) * 6})
    wide, narrow = (ET.fromstring(svg) for svg in drawings(chart).values())
    # shown at: a 390 px phone less the page's and the card's padding; half a 1280 px page
    for root, shown_at in ((narrow, 330), (wide, 520)):
        width = float(root.get("viewBox").split()[2])
        font = int(
            re.search(r"\.axis text\{[^}]*font-size:(\d+)px", ET.tostring(root, "unicode")).group(1)
        )
        assert font * shown_at / width >= 12
    # a phone gets a handful of date labels, not 24 overlapping ones
    axis = next(g for g in narrow.iter(f"{SVG}g") if "axis x" in g.get("class", ""))
    assert 2 <= len([t for t in axis.iter(f"{SVG}text") if t.text]) <= 6


def test_trends_page_offers_each_chart_drawn_for_phones_and_keeps_the_tables(owner_client, owner):
    from tests.factories import InterviewFactory

    InterviewFactory(user=owner, outcome="offer", confidence_rating=4)
    InterviewFactory(user=owner, outcome="rejected", confidence_rating=2)
    html = owner_client.get(reverse("journal:trends")).text
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    assert len(pictures) == 3  # no weaknesses tagged: no severity chart
    for picture in pictures:
        narrow = re.search(r'<source media="\(max-width: 575.98px\)" srcset="([^"]+)"', picture)
        wide = re.search(r'<img src="([^"]+)" alt="[^"]+"', picture)
        assert narrow and wide and narrow.group(1) != wide.group(1)
        image = owner_client.get(narrow.group(1).replace("&amp;", "&"))
        assert image["Content-Type"] == "image/svg+xml"
        assert 'width="330"' in image.text
    assert "<caption>Interviews per month, by outcome</caption>" in html
    assert 'id="comparison-table"' in html

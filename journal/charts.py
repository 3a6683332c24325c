"""Server-side SVG charts (pygal), each served at its own URL as an image (image/svg+xml), so
no inline script or style reaches the page and the Content-Security-Policy stays strict.

A page holds a `Drawing` (what a chart shows, cheap to make) and links to it as an <img>; the
chart's own view makes the same Drawing and answers with its SVG. A drawing is named by a hash of
everything it draws (its digest): the image's URL carries it, so a chart whose data changed has a
new URL (nothing to invalidate, nothing stale) and an unchanged one is kept by the browser, while
the SVG is drawn once per process and cache under the same digest.
"""

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

import pygal
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from pygal.style import Style

from .models import Interview

CACHE_SECONDS = 24 * 60 * 60

# Text and grid colours for a light page; the dark ones come from DARK_CSS below. The background
# is transparent so the chart sits on the card's own colour in either mode.
LIGHT_TEXT, LIGHT_SUBTLE = "#212529", "#5c636a"
DARK_TEXT, DARK_SUBTLE = "#dee2e6", "#adb5bd"
# Series colours when their meaning is not fixed (weakness names, rating dimensions): Bootstrap's
# mid-tones, readable on white and on Bootstrap's dark body alike.
PALETTE = ("#0d6efd", "#d63384", "#fd7e14", "#6f42c1", "#20c997", "#0dcaf0", "#6c757d", "#ffc107")
# Colours that mean what they show: good news green, bad news red, the undecided blue or grey.
GOOD, GOOD_LIGHT, BAD, BAD_LIGHT = "#198754", "#75b798", "#dc3545", "#ea868f"
NEUTRAL, UNDECIDED = "#6c757d", "#0d6efd"
OUTCOME_COLOURS = {
    Interview.Outcome.PENDING: UNDECIDED,
    Interview.Outcome.MOVED_FORWARD: GOOD_LIGHT,
    Interview.Outcome.OFFER: GOOD,
    Interview.Outcome.REJECTED: BAD,
    Interview.Outcome.WITHDREW: NEUTRAL,
    Interview.Outcome.NO_RESPONSE: BAD_LIGHT,
}
# Inside an <img> the SVG cannot read the page's CSS, but it does see the colour scheme: the
# system's, or the one the page sets with `color-scheme` (Bootstrap's data-bs-theme does).
DARK_CSS = f"""inline:
@media (prefers-color-scheme: dark) {{
  text, .title, .legends .legend text {{ fill: {DARK_TEXT} !important; }}
  .axis text, .axis .guides text {{ fill: {DARK_SUBTLE} !important; }}
  .axis .line, .axis .guide.line, .axis .major.line {{ stroke: {DARK_SUBTLE} !important; }}
  .axis .guides .line {{ stroke-opacity: .35; }}
}}
"""


def _style(colours, *, font: int, title: int) -> Style:
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground=LIGHT_TEXT,
        foreground_strong=LIGHT_TEXT,
        foreground_subtle=LIGHT_SUBTLE,
        font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        label_font_size=font,
        major_label_font_size=font,
        legend_font_size=font,
        value_font_size=font,
        title_font_size=title,
        colors=tuple(colours),
    )


# Two drawings of each chart: one for a desktop column (shown 500-700 px wide, so 14 px text
# reads as 12-16 px), and the one a phone shows (<picture>), drawn about as wide as its screen
# so its text stays ~13 px.
WIDE = {"width": 600, "height": 290, "font": 14, "title": 16, "legend_columns": 2}
NARROW = {"width": 330, "height": 300, "font": 13, "title": 14, "legend_columns": 1}
LEGEND_ROW = 22  # px per legend line at the bottom, added to the plot's height


SIZES = {"wide": WIDE, "narrow": NARROW}
# A chart's URL names its drawing, so the browser may keep it as long as it likes.
IMMUTABLE = "private, max-age=31536000, immutable"


@dataclass(frozen=True)
class Chart:
    """The two image URLs of a chart and their sizes, for templates/journal/chart.html."""

    wide: str
    narrow: str
    wide_height: int
    narrow_height: int
    wide_width: int = WIDE["width"]
    narrow_width: int = NARROW["width"]

    def __str__(self) -> str:
        return self.wide


class Drawing:
    """What a chart shows; `svg(size)` draws it, `image(url)` links to it."""

    def __init__(self, kind, title: str, x_labels: list[str], series: dict, colours, **options):
        self.kind, self.title, self.x_labels = kind, title, list(x_labels)
        self.series, self.colours, self.options = dict(series), tuple(colours), options

    @cached_property
    def digest(self) -> str:
        drawn = [
            self.kind.__name__,
            self.title,
            self.x_labels,
            list(self.series.items()),
            self.colours,
            sorted(self.options.items()),
        ]
        return hashlib.sha256(json.dumps(drawn, default=str).encode()).hexdigest()[:24]

    def svg(self, size: str) -> bytes:
        key = f"chart:{self.digest}:{size}"
        svg = cache.get(key)
        if svg is None:
            svg = _draw(
                self.kind, self.title, self.x_labels, self.series, self.colours, SIZES[size],
                self.options,
            )  # fmt: skip
            cache.set(key, svg, CACHE_SECONDS)
        return svg

    def image(self, url: str, **query) -> Chart:
        """The chart at `url` (its view), both sizes, named by this drawing's digest."""

        def at(size: str) -> str:
            return f"{url}?{urlencode({**query, 'size': size, 'v': self.digest})}"

        return Chart(
            wide=at("wide"),
            narrow=at("narrow"),
            wide_height=_layout(self.kind, self.x_labels, self.series, WIDE)[1],
            narrow_height=_layout(self.kind, self.x_labels, self.series, NARROW)[1],
        )


def svg_response(request: HttpRequest, drawing: Drawing | None) -> HttpResponse:
    """A chart's image, kept by the browser for good when the URL names the current drawing
    (`v`); an out-of-date URL (a page open since a change) gets today's drawing, revalidated."""
    size = request.GET.get("size", "wide")
    if drawing is None or size not in SIZES:
        raise Http404("No such chart.")
    etag = f'"{drawing.digest}-{size}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(drawing.svg(size), content_type="image/svg+xml")
    response["ETag"] = etag
    response["Cache-Control"] = (
        IMMUTABLE if request.GET.get("v") == drawing.digest else "private, no-cache"
    )
    return response


def count_ticks(largest: float) -> list[int]:
    """Whole-number y labels from 0 to at least `largest`, at most about six of them, for axes
    that count things (half an interview does not exist)."""
    top = max(1, math.ceil(largest))
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500) if top / s <= 6)
    return list(range(0, math.ceil(top / step) * step + 1, step))


def _layout(kind, x_labels, series, size) -> tuple[type, int]:
    """The pygal chart drawn at this size, and its height in px."""
    legend_rows = math.ceil(len(series) / size["legend_columns"])
    height = size["height"]
    if size is NARROW and kind is pygal.Bar:
        # Side by side, names under narrow bars do not fit a phone: lay the bars down, names on
        # the left, a bar's height per category and series.
        kind = pygal.HorizontalBar
        height = max(height, 60 + 14 * len(x_labels) * len(series))
    return kind, height + legend_rows * LEGEND_ROW


def _draw(kind, title, x_labels, series, colours, size, options) -> bytes:
    narrow = size is NARROW
    if kind is pygal.Bar:
        # Long category names would squeeze the bars; the table below has them whole.
        x_labels = [label if len(label) <= 16 else label[:15] + "…" for label in x_labels]
    kind, height = _layout(kind, x_labels, series, size)
    chart = kind(
        title=title,
        style=_style(colours, font=size["font"], title=size["title"]),
        css=("file://style.css", "file://graph.css", DARK_CSS),
        js=[],
        width=size["width"],
        height=height,
        legend_at_bottom=True,
        legend_at_bottom_columns=size["legend_columns"],
        truncate_legend=-1,
        x_label_rotation=30
        if not narrow or (len(x_labels) > 4 and kind is not pygal.HorizontalBar)
        else 0,
        show_minor_x_labels=not narrow,
        x_labels_major_count=4 if narrow else None,
        print_values=False,
        margin=10 if narrow else 20,
        truncate_label=-1,
        **options,
    )
    chart.x_labels = x_labels
    for name, values in series.items():
        chart.add(name, values)
    return chart.render()


def _scale(y_range) -> dict:
    low, high = y_range
    return {"range": y_range, "y_labels": list(range(low, high + 1))}


def line_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(1, 5)):
    return Drawing(
        pygal.Line, title, x_labels, series, PALETTE, allow_interruptions=True, **_scale(y_range)
    )


def outcome_chart(title: str, x_labels: list[str], series: dict[str, list]):
    """Interviews per month stacked by outcome (series named by Interview.Outcome labels): counts
    on a whole-number axis, each outcome in the colour of its meaning."""
    totals = [sum(month) for month in zip(*series.values(), strict=True)] or [0]
    ticks = count_ticks(max(totals))
    value_of = {label: value for value, label in Interview.Outcome.choices}
    colours = [OUTCOME_COLOURS.get(value_of.get(name), NEUTRAL) for name in series]
    return Drawing(
        pygal.StackedBar, title, x_labels, series, colours, range=(0, ticks[-1]), y_labels=ticks
    )


def good_bad_bar_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(0, 5)):
    """Bars of two series, the first good news (green), the second bad news (red)."""
    return Drawing(pygal.Bar, title, x_labels, series, (GOOD, BAD), **_scale(y_range))

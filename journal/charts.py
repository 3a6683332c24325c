"""Server-side SVG charts (pygal), delivered as data: URIs for <img> so no inline script or
style reaches the page and the Content-Security-Policy stays strict.

Drawing a chart costs far more than reading its data, so each rendered chart is cached under
a hash of everything it draws: a chart whose data changed gets a new key (nothing to
invalidate, nothing stale), and an unchanged one is drawn once per process and cache.
"""

import base64
import hashlib
import json

import pygal
from django.core.cache import cache
from pygal.style import Style

CACHE_SECONDS = 24 * 60 * 60

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#212529",
    foreground_strong="#212529",
    foreground_subtle="#6c757d",
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=13,
    title_font_size=16,
    colors=("#0d6efd", "#dc3545", "#198754", "#fd7e14", "#6f42c1", "#20c997", "#6c757d"),
)
CONFIG = {
    "style": STYLE,
    "js": [],
    "width": 800,
    "height": 360,
    "legend_at_bottom": True,
    "legend_at_bottom_columns": 3,
    "truncate_legend": -1,
    "x_label_rotation": 30,
    "show_minor_x_labels": True,
    "print_values": False,
}


def to_data_uri(chart) -> str:
    svg = chart.render()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def _cached(kind, title: str, x_labels: list[str], series: dict[str, list], **options) -> str:
    drawn = [kind.__name__, title, x_labels, list(series.items()), sorted(options.items())]
    digest = hashlib.sha256(json.dumps(drawn, default=str).encode()).hexdigest()
    key = f"chart:{digest}"
    uri = cache.get(key)
    if uri is None:
        chart = kind(title=title, **options, **CONFIG)
        chart.x_labels = x_labels
        for name, values in series.items():
            chart.add(name, values)
        uri = to_data_uri(chart)
        cache.set(key, uri, CACHE_SECONDS)
    return uri


def line_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(1, 5)):
    return _cached(pygal.Line, title, x_labels, series, range=y_range, allow_interruptions=True)


def stacked_bar_chart(title: str, x_labels: list[str], series: dict[str, list]):
    return _cached(pygal.StackedBar, title, x_labels, series)


def bar_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(0, 5)):
    return _cached(pygal.Bar, title, x_labels, series, range=y_range)

"""Server-side SVG charts (pygal), delivered as data: URIs for <img> so no inline script or
style reaches the page and the Content-Security-Policy stays strict."""

import base64

import pygal
from pygal.style import Style

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


def line_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(1, 5)):
    chart = pygal.Line(title=title, range=y_range, allow_interruptions=True, **CONFIG)
    chart.x_labels = x_labels
    for name, values in series.items():
        chart.add(name, values)
    return to_data_uri(chart)


def stacked_bar_chart(title: str, x_labels: list[str], series: dict[str, list]):
    chart = pygal.StackedBar(title=title, **CONFIG)
    chart.x_labels = x_labels
    for name, values in series.items():
        chart.add(name, values)
    return to_data_uri(chart)


def bar_chart(title: str, x_labels: list[str], series: dict[str, list], *, y_range=(0, 5)):
    chart = pygal.Bar(title=title, range=y_range, **CONFIG)
    chart.x_labels = x_labels
    for name, values in series.items():
        chart.add(name, values)
    return to_data_uri(chart)

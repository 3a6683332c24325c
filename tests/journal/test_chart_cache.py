import pygal
import pytest
from django.core.cache import cache

from journal import charts


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_chart_is_drawn_once_and_named_anew_when_its_data_changes(monkeypatch):
    drawn = []
    render = pygal.Line.render
    monkeypatch.setattr(pygal.Line, "render", lambda self: drawn.append(1) or render(self))
    first = charts.line_chart("Severity", ["Jan", "Feb"], {"Rambling": [4, 3]})
    again = charts.line_chart("Severity", ["Jan", "Feb"], {"Rambling": [4, 3]})
    assert first.digest == again.digest
    assert drawn == []  # a page that links to a chart draws nothing
    assert first.svg("wide") == again.svg("wide") and first.svg("narrow")
    assert len(drawn) == 2  # once for a desktop column, once for a phone
    changed = charts.line_chart("Severity", ["Jan", "Feb"], {"Rambling": [4, 2]})
    assert changed.digest != first.digest
    assert first.digest in first.image("/chart.svg").wide
    assert changed.digest in changed.image("/chart.svg").wide
    widened = charts.line_chart("Severity", ["Jan", "Feb"], {"Rambling": [4, 3]}, y_range=(0, 5))
    assert widened.digest != first.digest  # the options are part of what is drawn

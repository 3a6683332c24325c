"""`{{ value|when }}`: the date of an event in words, the exact date on hover.

A built-in filter (settings TEMPLATES builtins), used wherever a page shows when something
happened or will happen. Times are shown in the user's time zone (the one the request
activated, see accounts.middleware).
"""

import datetime
from functools import lru_cache

from django import template
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

from core.relative import in_words

register = template.Library()


@register.filter
def when(value):
    """`<time datetime="…" title="Tuesday 24 November 2026">3 days ago</time>`."""
    if not isinstance(value, datetime.date):
        return ""
    now = timezone.localtime()
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        machine = value.isoformat(timespec="minutes")
        exact = _exact(value, "l j F Y, H:i", translation.get_language(), str(value.tzinfo))
        exact += f" ({value.tzname() or now.tzname()})"
    else:
        machine = value.isoformat()
        exact = _exact(value, "l j F Y", translation.get_language(), None)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>', machine, exact, in_words(value, now, now.date())
    )


@lru_cache(maxsize=4096)
def _exact(value: datetime.date, pattern: str, language: str | None, zone: str | None) -> str:
    # Django's date formatting looks up the day's and month's names on every call, most of
    # this filter's cost; a page lists the same dates again and again. The language (the names
    # are translated) and the zone (equal moments in two zones read differently) are part of
    # the key.
    return date_format(value, pattern)

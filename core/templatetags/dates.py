"""`{{ value|when }}`: the date of an event in words, the exact date on hover.

A built-in filter (settings TEMPLATES builtins), used wherever a page shows when something
happened or will happen. Times are shown in the user's time zone (the one the request
activated, see accounts.middleware).
"""

import datetime

from django import template
from django.utils import timezone
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
        exact = date_format(value, "l j F Y, H:i") + f" ({value.tzname() or now.tzname()})"
    else:
        machine = value.isoformat()
        exact = date_format(value, "l j F Y")
    return format_html(
        '<time datetime="{}" title="{}">{}</time>', machine, exact, in_words(value, now, now.date())
    )

"""The colour theme a browser asked for: following the system, light or dark.

The choice lives in a cookie (no account needed, so the log-in page follows it too) and the
server writes it onto `<html data-bs-theme>`, so a page never flashes the wrong colours. For
"system", static/js/theme.js (loaded before the page is drawn) reads the system's preference.
"""

from django.db import models
from django.http import HttpRequest

COOKIE = "debrief_theme"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365 * 2


class Theme(models.TextChoices):
    SYSTEM = "system", "System"
    LIGHT = "light", "Light"
    DARK = "dark", "Dark"


def chosen_theme(request: HttpRequest) -> Theme:
    value = request.COOKIES.get(COOKIE, "")
    return Theme(value) if value in Theme.values else Theme.SYSTEM

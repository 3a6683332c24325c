"""Activates the logged-in user's time zone for the request."""

import contextlib
import zoneinfo

from django.utils import timezone


class UserTimeZoneMiddleware:
    """Makes `timezone.localdate()` the user's "today" and shows times in their zone.

    The profile comes with the user (see `accounts.backends.ProfileBackend`), so this costs no
    query; a user without a profile yet gets the site's time zone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timezone.deactivate()
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            profile = getattr(user, "profile", None)
            if profile is not None:
                with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
                    timezone.activate(zoneinfo.ZoneInfo(profile.time_zone))
        return self.get_response(request)

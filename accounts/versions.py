"""Figures derived from a user's data, cached per user, data version and day.

The one rule for caching anything computed from someone's journal (the dashboard's counts and
trend verdicts, the trends page's series, the charts' drawings): a value is stored under the
user's `Profile.data_version`, and every write the user makes adds one to it
(`DataVersionMiddleware` after each POST, `bump()` for writes made outside a request, such as an
import from the command line). So the first view after a write computes afresh, nothing is
invalidated by hand, and nothing stale is ever shown. The version comes with the user (the
profile is loaded with them), so reading it costs no query. The user's "today" is part of the
key, because verdicts and to-do lists move with the date as well as with the data.

The cache is the default one (per process unless CACHES says otherwise): a process that has not
seen a version yet computes it once.
"""

import hashlib
from collections.abc import Callable

from django.core.cache import cache
from django.db.models import F
from django.utils import timezone

from .models import Profile

CACHE_SECONDS = 24 * 60 * 60
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def data_version(user) -> int | None:
    """The user's data version; None for a user without a profile (one made by
    `createsuperuser`, say), whose figures are computed on every view instead."""
    profile = getattr(user, "profile", None)
    return None if profile is None else profile.data_version


def bump(user) -> None:
    """Everything cached for the user is out of date: the next view computes afresh."""
    # A user without a profile has nothing cached, so there is nothing to move.
    Profile.objects.filter(user_id=user.pk).update(data_version=F("data_version") + 1)


def cached[T](user, name: str, compute: Callable[[], T], *, vary: tuple = ()) -> T:
    """`compute()`, or what it returned for the same user, data version, day and `vary` (plain
    values whose repr tells them apart, such as the dates of a filter)."""
    version = data_version(user)
    if version is None:
        return compute()
    varying = hashlib.sha256(repr(vary).encode()).hexdigest()[:16]
    key = f"v:{user.pk}:{version}:{timezone.localdate().isoformat()}:{name}:{varying}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


class DataVersionMiddleware:
    """After a logged-in user's POST (or other writing method), their data version moves on.

    Every write in Debrief is such a request, however many tables it touches, so one rule here
    covers them all (an autosave too: a cheap UPDATE of one row). It runs after the view, once
    its writes are committed, so a view that reads the new version also sees the new data.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.method in UNSAFE_METHODS and user is not None and user.is_authenticated:
            bump(user)
        return response

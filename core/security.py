"""Response headers that keep private pages private."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

# Browser features Debrief never uses, denied to the page and anything it might embed.
# (clipboard-write stays allowed: the copy buttons need it.)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "usb",
        "xr-spatial-tracking",
    ]
)


class PrivacyHeadersMiddleware:
    """`Permissions-Policy` on every response; `Cache-Control: no-store` on Debrief's own pages.

    Every page a view renders may hold someone's journal, so none may be kept by a browser's
    back-button cache, a shared computer's disk or a proxy. Deciding by the response, not by
    asking whether the user is logged in, costs no query and still holds when the database is
    down (the error page). Static files are answered by whitenoise before this runs, so they
    keep their far-future caching. A view that sets its own Cache-Control keeps it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if "Cache-Control" not in response.headers:
            patch_cache_control(response, private=True, no_store=True)
        return response

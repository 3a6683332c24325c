"""Views of the plumbing itself: what a refused request shows."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.http import HttpResponseClientRedirect

from .middleware import login_redirect_url

CSRF_MESSAGE = (
    "Not saved: this page is out of date (you logged in again, maybe in another tab). "
    "Reload the page to continue; what you typed is kept in this browser."
)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused CSRF check (settings.CSRF_FAILURE_VIEW) says how to go on, text kept.

    An htmx request gets one short sentence that the page shows beside what failed; when the
    session has expired as well, a redirect to log in and come back. A plain form gets a page
    in Debrief's layout.
    """
    if request.headers.get("HX-Request"):
        if not request.user.is_authenticated:
            return HttpResponseClientRedirect(
                login_redirect_url(request, resolve_url(settings.LOGIN_URL))
            )
        return HttpResponse(CSRF_MESSAGE, status=403, content_type="text/plain; charset=utf-8")
    referer = request.headers.get("Referer", "")
    back = (
        referer
        if url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else ""
    )
    return render(request, "core/csrf_failure.html", {"back": back}, status=403)

"""Views of the plumbing itself: what a refused request shows."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from .middleware import login_redirect_url
from .theme import COOKIE, COOKIE_MAX_AGE, Theme

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


@login_not_required
@require_POST
def set_theme(request: HttpRequest) -> HttpResponse:
    """Remember the colour theme in a cookie, then back to the page it was chosen on.

    theme.js sends the same form in the background (and gets a 204) so the page changes
    colour at once without a reload; without JavaScript the form posts and comes back here.
    """
    choice = request.POST.get("theme", "")
    if choice not in Theme.values:
        return HttpResponseBadRequest("Unknown theme.")
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = resolve_url("home")
    in_background = request.headers.get("X-Theme-Switch")
    response = HttpResponse(status=204) if in_background else redirect(next_url)
    response.set_cookie(
        COOKIE,
        choice,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response

"""Views of the plumbing itself: what a refused request shows, and the installable web app."""

import hashlib
import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render, resolve_url
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
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


# The favicon's blue: the phone's status bar and the splash screen of the installed app.
THEME_COLOUR = "#0d6efd"


@login_not_required
@require_GET
def manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest: Debrief installs as an app of its own, opening on the dashboard.

    Browsers fetch it without the session's cookie, so it needs no login and says nothing
    about the user. Served by a view (not as a static file) so its URLs are the real ones:
    reversed pages and the hashed names of the icons.
    """
    home = reverse("home")
    icon = {"type": "image/png"}
    data = {
        "id": home,
        "name": "Debrief",
        "short_name": "Debrief",
        "description": "An interview journal and your own question bank.",
        "start_url": home,
        "scope": home,
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {**icon, "src": static("icons/icon-192.png"), "sizes": "192x192", "purpose": "any"},
            {**icon, "src": static("icons/icon-512.png"), "sizes": "512x512", "purpose": "any"},
            {
                **icon,
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "purpose": "maskable",
            },
        ],
        "shortcuts": [
            {
                "name": "Quick debrief",
                "url": reverse("journal:quick-debrief"),
                "icons": [{**icon, "src": static("icons/icon-192.png"), "sizes": "192x192"}],
            }
        ],
    }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Cache-Control"] = "no-cache"
    return response


@login_not_required
@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """static/js/serviceworker.js at /sw.js, so that it may control every page (scope "/").

    A worker only controls pages under the folder it is served from; from /static/ it could
    not reach the quick debrief. A view rather than whitenoise's root files: the worker needs
    the reversed URLs and the static prefix put in front of it, and a new deployment must
    change its bytes (the version) so that browsers install it again. `no-cache`: a browser
    asks for it again on each check instead of keeping an old copy for up to a day.
    """
    config = {
        "staticUrl": settings.STATIC_URL,
        "offlineUrl": reverse("offline"),
        "pages": [reverse("journal:quick-debrief")],
        "debug": settings.DEBUG,
    }
    with open(finders.find("js/serviceworker.js"), encoding="utf-8") as source:
        script = source.read()
    version = hashlib.sha256(f"{json.dumps(config)}\n{script}".encode()).hexdigest()[:12]
    body = f"var DEBRIEF = {json.dumps({**config, 'version': version})};\n{script}"
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = reverse("home")
    response["Cache-Control"] = "no-cache"
    return response


@login_not_required
@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """What the service worker shows for a page that needs the network while there is none."""
    return render(request, "core/offline.html")

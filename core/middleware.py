"""Request plumbing shared by every app."""

from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.contrib.messages import get_messages
from django.core.exceptions import ObjectNotUpdated
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.http import HttpResponseClientRedirect

NUL = "\x00"


def strip_nul(value: str) -> str:
    """The text without NUL characters, which no database column can hold on PostgreSQL."""
    return value.replace(NUL, "")


def _without_nul(data: QueryDict) -> QueryDict:
    if not any(NUL in key or any(NUL in v for v in data.getlist(key)) for key in data):
        return data
    clean = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        clean.setlist(strip_nul(key), [strip_nul(v) for v in values])
    clean._mutable = False
    return clean


class NulByteMiddleware:
    """Take NUL bytes out of every input before any view, form or query sees them.

    PostgreSQL refuses NUL in text (a 500 for the user), and nobody types one on purpose: it
    comes from a paste or a hostile client. Query strings, form posts and cookies lose the
    NULs and keep the rest of what was typed; a URL path with one names no page (404).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if NUL in request.path_info:
            raise Http404("No such page.")
        request.GET = _without_nul(request.GET)
        if request.method == "POST":
            request.POST = _without_nul(request.POST)
        if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
            request.COOKIES = {strip_nul(k): strip_nul(v) for k, v in request.COOKIES.items()}
        return self.get_response(request)


class HtmxLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Django's LoginRequiredMiddleware, with a real redirect for htmx requests.

    An htmx request whose session expired would otherwise follow the redirect itself and swap
    the login page into whatever it targets (an autosave status, a section). It gets
    `HX-Redirect` to the login page instead, with `next` set to the page the user is on, so
    they come back to it after logging in.
    """

    def handle_no_permission(self, request, view_func):
        if not request.headers.get("HX-Request"):
            return super().handle_no_permission(request, view_func)
        login_url = resolve_url(self.get_login_url(view_func))
        return HttpResponseClientRedirect(login_redirect_url(request, login_url))


def login_redirect_url(request: HttpRequest, login_url: str) -> str:
    """The login URL with `next` = the page the user is on (htmx) or asked for."""
    here = page_path(request)
    return f"{login_url}?{urlencode({REDIRECT_FIELD_NAME: here}, safe='/')}"


def page_path(request: HttpRequest) -> str:
    """The path of the page in the browser: htmx says so in HX-Current-URL when same-origin."""
    if request.headers.get("HX-Request"):
        current = request.headers.get("HX-Current-URL", "")
        parts = urlsplit(current)
        same_origin = parts.netloc == request.get_host() and parts.scheme in ("http", "https")
        if same_origin and url_has_allowed_host_and_scheme(
            current, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return request.get_full_path()


class VanishedObjectMiddleware:
    """A request that lost a race with a delete answers 404, not 500.

    Another tab (or a double click) may delete an interview, a weakness or a question between
    the moment a view fetched it and the moment it writes something that points at it. The
    database then refuses the write (a foreign-key violation) or an update finds no row
    (`Model.NotUpdated`): both mean "this no longer exists", which is a 404.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, ObjectNotUpdated) or _is_foreign_key_violation(exception):
            raise Http404("This was deleted meanwhile.") from exception
        return None


def _is_foreign_key_violation(error: Exception) -> bool:
    if not isinstance(error, IntegrityError):
        return False
    if getattr(error.__cause__, "sqlstate", None) == "23503":  # PostgreSQL (psycopg 3)
        return True
    return "FOREIGN KEY constraint failed" in str(error)  # SQLite


class HtmxMessagesMiddleware:
    """Give an htmx fragment the messages raised while making it (an Undo, an error), swapped
    into the page's messages area out of band; a full page shows them itself."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not _wants_messages(request, response):
            return response
        pending = list(get_messages(request))
        if pending:
            html = render_to_string(
                "messages.html", {"messages": pending, "oob": True}, request=request
            )
            response.content += html.encode()
        return response


def _wants_messages(request: HttpRequest, response: HttpResponse) -> bool:
    htmx = getattr(request, "htmx", None)
    return bool(
        htmx
        and not htmx.boosted
        and response.status_code == 200
        and "HX-Redirect" not in response
        and not getattr(response, "streaming", False)
        and response.get("Content-Type", "").startswith("text/html")
    )

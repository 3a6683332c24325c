"""Request plumbing shared by every app."""

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse, QueryDict

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

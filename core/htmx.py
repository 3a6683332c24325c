"""The one place that decides between an htmx fragment and a whole page."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def is_fragment(request: HttpRequest) -> bool:
    """An htmx request that wants a fragment (a boosted one wants the whole page)."""
    return bool(request.htmx) and not request.htmx.boosted


def render_page(
    request: HttpRequest,
    template: str,
    context: dict | None = None,
    *,
    partial: str | None = None,
    status: int = 200,
) -> HttpResponse:
    """Render `template`, or only its `{% partialdef partial %}` for an htmx request."""
    name = f"{template}#{partial}" if partial and is_fragment(request) else template
    return render(request, name, context, status=status)


def redirect_unless_fragment(request: HttpRequest, to, *args, anchor: str = "", **kwargs):
    """After a successful plain POST, the redirect; None for htmx (the caller renders)."""
    if is_fragment(request):
        return None
    response = redirect(to, *args, **kwargs)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response

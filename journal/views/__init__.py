from django.http import HttpRequest


def is_fragment(request: HttpRequest) -> bool:
    """An htmx request that wants a fragment (a boosted one wants the whole page)."""
    return bool(request.htmx) and not request.htmx.boosted

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from core.htmx import render_page

from .forms import SearchForm
from .kinds import KIND_BY_KEY, KINDS, marker_for
from .text import terms

# Each kind shows its best few on the results page; "Show all" pages through the rest.
TOP = 10
PER_PAGE = 25


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    context = {"form": form, "groups": [], "words": [], "kind": None}
    if form.is_valid():
        words = terms(form.cleaned_data["q"])
        kind = KIND_BY_KEY.get(form.cleaned_data["kind"])
        context.update(words=words, kind=kind)
        if words:
            context.update(_results(request, words, kind))
    return render_page(request, "search/results.html", context, partial="search-results")


def _results(request: HttpRequest, words: list[str], kind) -> dict:
    """Every kind's best matches (one query each), or one kind's page of them."""
    marker = marker_for(words)
    if kind is not None:
        page = Paginator(kind.search(request.user, words), PER_PAGE).get_page(
            request.GET.get("page")
        )
        group = _group(kind, kind.hits(page.object_list, marker), page.paginator.count)
        return {"groups": [group], "page": page, "total": page.paginator.count}
    groups = []
    for each in KINDS:
        rows = list(each.search(request.user, words)[:TOP])
        groups.append(_group(each, each.hits(rows, marker), rows[0].total if rows else 0))
    return {
        "groups": groups,
        "total": sum(group["count"] for group in groups),
        "kinds_found": sum(1 for group in groups if group["count"]),
    }


def _group(kind, hits, count: int) -> dict:
    return {
        "kind": kind,
        "count": count,
        "noun": kind.noun[0] if count == 1 else kind.noun[1],
        # Titles and excerpts were escaped piece by piece before <mark> went in (search.text).
        "hits": [
            {**hit.__dict__, "title": mark_safe(hit.title), "excerpt": mark_safe(hit.excerpt)}
            for hit in hits
        ],
    }

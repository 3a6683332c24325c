"""Pagination that stays fast when the list is long and its rows are wide."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


def key_first_page(
    ordered: QuerySet, rows: QuerySet, number, per_page: int, *, counted: QuerySet | None = None
) -> Page:
    """The page `number` of `ordered`, its rows loaded from `rows` (annotated, prefetched).

    Sorting thousands of wide rows (answer bodies, JSON cards, search vectors) to show thirty
    of them is what made long lists slow: here the order sees only the primary key and what the
    ordering needs, the count only the filters (`counted`, the unordered, unannotated
    queryset, when given), and only the page's own rows are loaded.
    """
    paginator = Paginator(ordered.values_list("pk", flat=True), per_page)
    paginator.count = (ordered if counted is None else counted).order_by().count()
    page = paginator.get_page(number)
    keys = list(page.object_list)
    rows = rows.filter(pk__in=keys).order_by().in_bulk(keys)
    page.object_list = [rows[key] for key in keys if key in rows]
    return page

"""Model plumbing shared by the apps."""

from django.db import connection, models
from django.db.models.expressions import RawSQL


class OwnedQuerySet(models.QuerySet):
    """Rows that belong to a user, reached along `owner_path` (a lookup ending at the user).

    A subclass names its path (`owner_path = "interview__user"`); views fetch through
    `Model.objects.for_user(request.user)`, so another user's row is never found.
    """

    owner_path = "user"

    def for_user(self, user):
        return self.filter(**{self.owner_path: user})


def among(ids: list[int]):
    """The right-hand side of `pk__in=` for ids already read (a search's matches): on
    PostgreSQL one array parameter, where a list of a thousand ids would be a thousand
    parameters to compile, send and parse for each query that uses them."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (list(ids),))
    return list(ids)

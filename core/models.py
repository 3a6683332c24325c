"""Model plumbing shared by the apps."""

from django.db import models


class OwnedQuerySet(models.QuerySet):
    """Rows that belong to a user, reached along `owner_path` (a lookup ending at the user).

    A subclass names its path (`owner_path = "interview__user"`); views fetch through
    `Model.objects.for_user(request.user)`, so another user's row is never found.
    """

    owner_path = "user"

    def for_user(self, user):
        return self.filter(**{self.owner_path: user})

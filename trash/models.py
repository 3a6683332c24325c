"""What the user removed, kept so that it can be put back exactly (Undo, the Trash page).

A removed object is stored as a snapshot (Django's serialisation of it and of every row its
deletion took with it), not marked deleted in place: every query in both apps stays as it is,
with no "not deleted" filter to forget, and restoring saves the same rows with the same keys,
so order, notes and links come back as they were.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from core.models import OwnedQuerySet

RETENTION = timezone.timedelta(days=30)


class TrashItemQuerySet(OwnedQuerySet):
    def listed(self):
        """What the Trash page shows: whole interviews and questions."""
        return self.filter(kind__in=TrashItem.LISTED)

    def expired(self, now=None):
        return self.filter(deleted_at__lt=(now or timezone.now()) - RETENTION)


class TrashItem(models.Model):
    class Kind(models.TextChoices):
        INTERVIEW = "interview", "Interview"
        QUESTION = "question", "Question"
        ASKED = "asked", "Question asked in an interview"
        OBSERVATION = "observation", "Weakness tag"
        ACTION = "action", "Plan step"

    LISTED = [Kind.INTERVIEW, Kind.QUESTION]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind)
    label = models.CharField(max_length=300)
    # Django's JSON serialisation of the removed rows, and the links set to NULL by the removal
    # ([model label, field attname, [[pk, former value], ...]]) to set back on restore.
    records = models.JSONField(default=list)
    relinks = models.JSONField(default=list)
    back_url = models.CharField(max_length=500, blank=True)
    deleted_at = models.DateTimeField(default=timezone.now)

    objects = TrashItemQuerySet.as_manager()

    class Meta:
        ordering = ["-deleted_at", "-id"]
        indexes = [models.Index(fields=["user", "-deleted_at"], name="trash_user_deleted")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"

    @property
    def expires_at(self):
        return self.deleted_at + RETENTION

"""The user's profile: how they sign their emails and which time zone their days follow."""

import zoneinfo
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


@cache
def time_zone_names() -> frozenset[str]:
    """Every IANA time-zone name this system knows."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError("“%(value)s” is not a known time zone.", params={"value": value})


class ProfileQuerySet(models.QuerySet):
    def for_user(self, user) -> "Profile":
        """The user's profile, created with the defaults if they have none yet."""
        profile, _ = self.get_or_create(user=user)
        return profile


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        max_length=100, blank=True, help_text="Used to sign the emails Debrief drafts for you."
    )
    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="Dates and “today” follow this time zone.",
    )
    email_signature = models.TextField(
        blank=True, help_text="Added under the emails Debrief drafts for you."
    )
    onboarding_dismissed = models.BooleanField(
        default=False, help_text="The dashboard's getting-started checklist was hidden."
    )
    # One more after every write the user makes (accounts.versions): figures derived from the
    # journal are cached under it, so a write makes them new without naming what it changed.
    data_version = models.PositiveBigIntegerField(default=0, editable=False)

    objects = ProfileQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @property
    def name(self) -> str:
        """How the user signs: their display name, else their full name, else their username."""
        return self.display_name or self.user.get_full_name() or self.user.get_username()

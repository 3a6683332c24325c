import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

# Interviews happen in a career, not in history: beyond these bounds a date is almost
# certainly a typo (2205 for 2025), so say so instead of storing it.
MAX_YEARS_BACK = 30
MAX_YEARS_AHEAD = 2


def validate_plausible_date(value: datetime.date) -> None:
    today = timezone.localdate()
    if value < today.replace(year=today.year - MAX_YEARS_BACK):
        raise ValidationError(
            "That is more than %(years)s years ago. Check the year.",
            params={"years": MAX_YEARS_BACK},
            code="too_old",
        )
    if value > today.replace(year=today.year + MAX_YEARS_AHEAD):
        raise ValidationError(
            "That is more than %(years)s years ahead. Check the year.",
            params={"years": MAX_YEARS_AHEAD},
            code="too_far_ahead",
        )

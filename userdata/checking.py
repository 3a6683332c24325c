"""Validation of an untrusted document, reporting every problem with where it is.

A problem reads "interviews[3].date: not a date (YYYY-MM-DD)": the path into the document, then
what is wrong in plain words. Nothing here touches the database.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime, parse_time

from .fields import is_automatic

TEXT_FIELDS = (models.CharField, models.TextField)
INTEGER_FIELDS = (models.IntegerField,)  # includes the positive/small/big variants


class Problems(Exception):
    """The document cannot be imported; `problems` says why, each with its location."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}" if path else message)

    def raise_if_any(self) -> None:
        if self.problems:
            raise Problems(self.problems)

    def object(self, value, path: str, *, optional: bool = False) -> dict | None:
        if value is None and optional:
            return None
        if not isinstance(value, dict):
            self.problem(path, "not an object ({…})")
            return None
        return value

    def array(self, value, path: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, "not a list ([…])")
            return []
        return value

    def text(self, value, path: str, *, max_length: int | None = None) -> str | None:
        if not isinstance(value, str):
            self.problem(path, "not text")
            return None
        if not self._storable(value, path):
            return None
        if max_length is not None and len(value) > max_length:
            self.problem(path, f"longer than {max_length} characters")
            return None
        return value

    def texts(self, value, path: str, *, max_length: int | None = None) -> list[str]:
        items = [
            self.text(item, f"{path}[{index}]", max_length=max_length)
            for index, item in enumerate(self.array(value, path))
        ]
        return [item for item in items if item is not None]

    def fields(self, data: dict, path: str, fields: list[models.Field]) -> dict:
        """The cleaned values of `fields` in `data`; a missing key takes the field's default."""
        cleaned = {}
        for field in fields:
            if is_automatic(field):
                continue
            raw = data[field.name] if field.name in data else _json_default(field)
            value = self.value(raw, f"{path}.{field.name}", field)
            if value is not _INVALID:
                cleaned[field.name] = value
        return cleaned

    def value(self, raw, path: str, field: models.Field):
        value = self._to_python(raw, path, field)
        if value is _INVALID:
            return _INVALID
        try:
            field.validate(value, None)
            if value is not None:
                field.run_validators(value)
        except ValidationError as error:
            self.problem(path, " ".join(error.messages))
            return _INVALID
        return value

    def _to_python(self, raw, path: str, field: models.Field):
        if raw is None:
            if field.null:
                return None
            self.problem(path, "must have a value")
            return _INVALID
        if isinstance(field, models.JSONField):
            return raw
        if isinstance(field, TEXT_FIELDS):
            return _or_invalid(self.text(raw, path))
        if isinstance(field, models.BooleanField):
            if isinstance(raw, bool):
                return raw
            return self._wrong(path, "not true or false")
        if isinstance(field, INTEGER_FIELDS):
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            return self._wrong(path, "not a whole number")
        if isinstance(field, models.DateTimeField):
            moment = _parse(parse_datetime, raw)
            if moment is None:
                return self._wrong(path, "not a date and time (like 2026-03-01T14:30:00+00:00)")
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, datetime.UTC)
            try:
                moment.astimezone(datetime.UTC)  # how it is stored; 0001-01-01+14:00 is not
            except OverflowError:
                return self._wrong(path, "a date and time outside the years 1 to 9999")
            return moment
        if isinstance(field, models.DateField):
            day = _parse(parse_date, raw)
            return day if day is not None else self._wrong(path, "not a date (YYYY-MM-DD)")
        if isinstance(field, models.TimeField):
            moment = _parse(parse_time, raw)
            return moment if moment is not None else self._wrong(path, "not a time (HH:MM)")
        try:
            return field.to_python(raw)
        except ValidationError as error:
            return self._wrong(path, " ".join(error.messages))

    def _wrong(self, path: str, message: str):
        self.problem(path, message)
        return _INVALID

    def _storable(self, value: str, path: str) -> bool:
        if "\x00" in value:
            self.problem(path, "contains a NUL character, which cannot be stored")
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.problem(path, "is not valid Unicode text")
            return False
        return True


_INVALID = object()


def _json_default(field: models.Field):
    default = field.get_default()
    if isinstance(default, datetime.datetime | datetime.date | datetime.time):
        return default.isoformat()
    return default


def _or_invalid(value):
    return _INVALID if value is None else value


def _parse(parser, raw):
    if not isinstance(raw, str):
        return None
    try:
        return parser(raw)
    except ValueError:
        return None

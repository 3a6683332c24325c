"""Which model fields a document carries, and how a value looks in JSON.

The fields are read from the models, so a field added to a model later travels in the export
and the import without anyone remembering to add it here. Relations are not plain fields: the
document nests them (an interview holds its asked questions) and names them by their natural key
(a question by its wording, a weakness by its name), never by database id.
"""

import datetime
import uuid
from decimal import Decimal

from django.db import models

# Derived or bookkeeping columns that a document never carries.
SKIPPED = {"normalized_text"}


def plain_fields(model: type[models.Model], *, also: tuple[str, ...] = ()) -> list[models.Field]:
    """The model's own editable, non-relational fields (and `also`), in declaration order."""
    return [
        field
        for field in model._meta.concrete_fields
        if not field.is_relation
        and not field.primary_key
        and field.name not in SKIPPED
        and (field.editable or field.name in also or is_automatic(field))
    ]


def is_automatic(field: models.Field) -> bool:
    """A timestamp the database sets itself (auto_now / auto_now_add): exported, not imported."""
    return bool(getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))


def to_json(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def values(obj: models.Model, fields: list[models.Field]) -> dict:
    return {field.name: to_json(getattr(obj, field.attname)) for field in fields}

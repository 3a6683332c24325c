"""Removing to the trash and restoring from it, each in one transaction."""

import json

from django.apps import apps
from django.contrib.postgres.search import SearchVectorField
from django.core import serializers
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, transaction
from django.db.models import QuerySet
from django.db.models.deletion import Collector

from .models import TrashItem


class RestoreError(Exception):
    """What was removed cannot come back as it was (its parent is gone, or it exists again)."""


# Rows computed from others, not kept in a snapshot: restoring them as they were could clash
# with what was computed since, so they are computed again on restore instead.
DERIVED = {"questionbank.LookAlike", "questionbank.StarterLookAlike"}


def _rows(collector: Collector) -> list:
    rows = [obj for instances in collector.data.values() for obj in instances]
    for queryset in collector.fast_deletes:
        rows.extend(queryset)
    return [row for row in rows if row._meta.label not in DERIVED]


def _relinks(collector: Collector) -> list:
    relinks = []
    for (field, _value), batches in collector.field_updates.items():
        pairs = []
        for batch in batches:
            if isinstance(batch, QuerySet):
                pairs += [list(row) for row in batch.values_list("pk", field.attname)]
            else:
                pairs += [[obj.pk, getattr(obj, field.attname)] for obj in batch]
        if pairs:
            relinks.append([field.model._meta.label, field.attname, pairs])
    return relinks


@transaction.atomic
def trash_remove(*, user, obj, kind: str, label: str, back_url: str = "") -> TrashItem:
    """Delete `obj` (and all its deletion takes with it), keeping a snapshot to restore.

    Snapshots older than the retention period go at the same time.
    """
    from questionbank.actions import asked_questions_of, asked_stats_refresh  # see below

    collector = Collector(using=DEFAULT_DB_ALIAS, origin=obj)
    collector.collect([obj])
    rows = _rows(collector)
    records = json.loads(serializers.serialize("json", rows))
    relinks = _relinks(collector)
    obj.delete()
    # The bank's own upkeep: questions that lost an asking are counted again.
    asked_stats_refresh(questions=asked_questions_of(rows))
    TrashItem.objects.for_user(user).expired().delete()
    return TrashItem.objects.create(
        user=user,
        kind=kind,
        label=label[:300],
        records=records,
        relinks=relinks,
        back_url=back_url,
    )


def _still_linked(records: list[dict]) -> tuple[list[dict], int]:
    """The records whose parents still exist (in the database or among the records), and how
    many were left out: rows that hung on something deleted since (an interview's tag of a
    weakness deleted after the interview went to the trash). An optional link to a row gone
    since is emptied instead. The first record is the removed object itself: if it would have
    to go, nothing is left out, and the restore is refused as a whole."""
    kept = [json.loads(json.dumps(record)) for record in records]
    while True:
        present = {(r["model"], r["pk"]) for r in kept}
        wanted: dict[str, set] = {}
        links = []
        for record in kept:
            model = apps.get_model(record["model"])
            for field in model._meta.concrete_fields:
                value = record["fields"].get(field.name)
                is_link = field.is_relation and (field.many_to_one or field.one_to_one)
                if is_link and value is not None:
                    target = field.related_model._meta.label_lower
                    links.append((record, field, target, value))
                    if (target, value) not in present:
                        wanted.setdefault(target, set()).add(value)
        existing = {
            (label, pk)
            for label, pks in wanted.items()
            for pk in apps.get_model(label)
            ._base_manager.filter(pk__in=pks)
            .values_list("pk", flat=True)
        }
        lost = set()
        for record, field, target, value in links:
            if (target, value) in present or (target, value) in existing:
                continue
            if field.null:
                record["fields"][field.name] = None
            else:
                lost.add(id(record))
        if not lost:
            return kept, len(records) - len(kept)
        if id(kept[0]) in lost:
            return records, 0
        kept = [record for record in kept if id(record) not in lost]


def trash_restore(*, item: TrashItem) -> int:
    """Save every removed row again with its own key, relink what pointed at it, and forget the
    snapshot; returns how many rows could not come back because what they hung on was deleted
    since. Raises RestoreError, changing nothing, when the removed object itself cannot."""
    # The bank's own upkeep, see below.
    from questionbank.actions import asked_questions_of, asked_stats_refresh, look_alikes_refresh

    records, left_out = _still_linked(item.records)
    try:
        with transaction.atomic():
            questions, rows = [], []
            for restored in serializers.deserialize("json", json.dumps(records)):
                for field in restored.object._meta.fields:
                    if isinstance(field, SearchVectorField):
                        setattr(restored.object, field.attname, None)  # recomputed by trigger
                restored.save(save_m2m=False)  # the through rows are among the records
                rows.append(restored.object)
                if restored.object._meta.label == "questionbank.Question":
                    questions.append(restored.object.pk)
            for label, attname, pairs in item.relinks:
                model = apps.get_model(label)
                for pk, value in pairs:
                    model.objects.filter(pk=pk, **{attname: None}).update(**{attname: value})
            connection.check_constraints()  # a parent deleted since: refuse now, not at commit
            # Counted again, not restored as they were: askings may have changed since.
            asked_stats_refresh(questions=asked_questions_of(rows) | set(questions))
            if questions:
                # A restored question's look-alikes (and theirs) are computed again (DERIVED).
                look_alikes_refresh(user=item.user, questions=questions)
            item.delete()
    except IntegrityError as error:
        raise RestoreError(str(error)) from error
    return left_out

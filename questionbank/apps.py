from django.apps import AppConfig
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_migrate


class QuestionbankConfig(AppConfig):
    name = "questionbank"
    verbose_name = "question bank"

    def ready(self) -> None:
        from . import checks, similarity  # noqa: F401 (checks registers itself)

        # The catalogue's example vectors are made once per catalogue and kept in the data
        # folder, so that a new process (a gunicorn worker, a test run) reads them at once.
        similarity.CACHE_DIR = settings.DATA_DIR / "cache"
        post_migrate.connect(_refresh_stale_look_alikes, sender=self)


def _refresh_stale_look_alikes(using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """After `migrate`: banks read under older matching rules (a changed catalogue, a new
    threshold floor) are read again once here, so no page view ever has to."""
    from . import similarity
    from .actions import look_alikes_refresh_stale
    from .models import LookAlike

    if using != DEFAULT_DB_ALIAS:
        return
    if LookAlike._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated back to before look-alikes were stored
    similarity.warm()  # the catalogue's vectors are made here once, kept in the data folder
    look_alikes_refresh_stale()

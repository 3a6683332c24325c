"""Each question's asked count and last-asked date, stored (and filled here for existing rows)
so the bank's orders and the practice pick stop counting every asking per view.

From now on questionbank.actions.asked_stats_refresh keeps them; the fill below is the same
rule, written against the historical models as a migration must be. `times_asked` is added
with plain SQL, as in 0009: on SQLite, Django's AddField of a NOT NULL column rebuilds the
table and with it the PostgreSQL-only GIN indexes of the model state.
"""

from django.db import migrations, models
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

ADD = (
    "ALTER TABLE questionbank_question ADD COLUMN times_asked integer NOT NULL DEFAULT 0 "
    "CHECK (times_asked >= 0)"
)
DROP = "ALTER TABLE questionbank_question DROP COLUMN times_asked"


def fill(apps, schema_editor):
    Question = apps.get_model("questionbank", "Question")
    AskedQuestion = apps.get_model("journal", "AskedQuestion")
    asked = AskedQuestion.objects.filter(question=OuterRef("pk")).order_by()
    count = asked.values("question").annotate(n=Count("pk")).values("n")
    latest = asked.order_by("-interview__date").values("interview__date")[:1]
    Question.objects.update(
        times_asked=Coalesce(Subquery(count), Value(0), output_field=IntegerField()),
        last_asked_on=Subquery(latest),
    )


MOST_ASKED = models.Index(
    fields=["user", "-times_asked", "-last_asked_on"], name="question_user_most_asked"
)
RECENT = models.Index(fields=["user", "-last_asked_on"], name="question_user_recent")
# The bank sorts never-asked questions (no date) last. PostgreSQL puts NULLs first in a
# descending index unless told, and then cannot read the order from it; SQLite's CREATE INDEX
# has no NULLS LAST, but sorts NULLs last in a descending order anyway.
POSTGRESQL_INDEXES = [
    "CREATE INDEX question_user_most_asked ON questionbank_question "
    "(user_id, times_asked DESC, last_asked_on DESC NULLS LAST)",
    "CREATE INDEX question_user_recent ON questionbank_question "
    "(user_id, last_asked_on DESC NULLS LAST)",
]


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRESQL_INDEXES:
            schema_editor.execute(sql)
    else:
        for index in (MOST_ASKED, RECENT):
            schema_editor.add_index(apps.get_model("questionbank", "Question"), index)


def remove_indexes(apps, schema_editor):
    for index in (MOST_ASKED, RECENT):
        schema_editor.remove_index(apps.get_model("questionbank", "Question"), index)


class Migration(migrations.Migration):
    dependencies = [
        ("questionbank", "0014_answerrevision_updated_at"),
        # The fill reads the interviews' askings and their dates.
        ("journal", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="last_asked_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="question",
                    name="times_asked",
                    field=models.PositiveIntegerField(default=0, editable=False),
                ),
            ],
            database_operations=[migrations.RunSQL(ADD, DROP)],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(model_name="question", index=MOST_ASKED),
                migrations.AddIndex(model_name="question", index=RECENT),
            ],
            database_operations=[migrations.RunPython(add_indexes, remove_indexes)],
        ),
    ]

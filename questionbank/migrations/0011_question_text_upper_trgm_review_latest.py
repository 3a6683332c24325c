# Indexes found by profiling the heavy demo account (1,000 interviews, 5,000 questions):
# - a trigram index on UPPER(text), the expression Django's `icontains` compares on PostgreSQL,
#   so journal search and bank search stop reading every question (35 ms -> 0.5 ms);
# - the latest ratings first, for practice's "undo the last rating" and "done today".
# The trigram index exists on PostgreSQL only (SQLite has no GIN); the state has both.

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.db import migrations, models

FORWARD_SQL = (
    "CREATE INDEX question_text_upper_trgm ON questionbank_question "
    "USING gin (UPPER(text) gin_trgm_ops);"
)
BACKWARD_SQL = "DROP INDEX IF EXISTS question_text_upper_trgm;"


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('questionbank', '0010_review_before'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name='question',
                    index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('text'), name='gin_trgm_ops'), name='question_text_upper_trgm'),
                ),
            ],
            database_operations=[
                migrations.RunPython(on_postgresql(FORWARD_SQL), on_postgresql(BACKWARD_SQL)),
            ],
        ),
        migrations.AddIndex(
            model_name='review',
            index=models.Index(fields=['-reviewed_at', '-id'], name='review_latest'),
        ),
    ]

# A stored full-text search vector for answers (the global search): the answer weighted A, its
# STAR outline B, kept current by a PostgreSQL trigger, with a GIN index. On SQLite only the
# (always empty) column is added: search there falls back to a plain match.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

# Each input is cut to 100,000 characters so no answer can exceed tsvector's 1 MB limit.
FORWARD_SQL = """
CREATE OR REPLACE FUNCTION questionbank_answer_own_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', left(coalesce(NEW.body, ''), 100000)), 'A')
        || setweight(to_tsvector('english', concat_ws(' ',
            left(NEW.situation, 100000), left(NEW.task, 100000), left(NEW.action, 100000),
            left(NEW.result, 100000)
        )), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER questionbank_answer_own_search
    BEFORE INSERT OR UPDATE OF body, situation, task, action, result ON questionbank_answer
    FOR EACH ROW EXECUTE FUNCTION questionbank_answer_own_search_vector();

UPDATE questionbank_answer SET body = body;
CREATE INDEX answer_search ON questionbank_answer USING gin (search_vector);
"""

BACKWARD_SQL = """
DROP INDEX IF EXISTS answer_search;
DROP TRIGGER IF EXISTS questionbank_answer_own_search ON questionbank_answer;
DROP FUNCTION IF EXISTS questionbank_answer_own_search_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('questionbank', '0011_question_text_upper_trgm_review_latest'),
    ]

    operations = [
        migrations.AddField(
            model_name='answer',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name='answer',
                    index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='answer_search'),
                ),
            ],
            database_operations=[
                migrations.RunPython(on_postgresql(FORWARD_SQL), on_postgresql(BACKWARD_SQL)),
            ],
        ),
    ]

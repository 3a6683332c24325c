# A stored full-text search vector for questions, kept current by PostgreSQL triggers, and a
# trigram index for the search-as-you-type pickers. On SQLite only the (always empty) column is
# added: search there falls back to a plain match.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

# Inputs are cut to bounded lengths so that a huge answer cannot exceed tsvector's 1 MB limit.
FORWARD_SQL = """
CREATE OR REPLACE FUNCTION questionbank_question_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', left(coalesce(NEW.text, ''), 10000)), 'A')
        || setweight(to_tsvector('english',
               left(coalesce(NEW.notes, ''), 100000) || ' ' || coalesce(
                   (SELECT left(body, 100000) FROM questionbank_answer
                    WHERE question_id = NEW.id), '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER questionbank_question_search
    BEFORE INSERT OR UPDATE OF text, notes ON questionbank_question
    FOR EACH ROW EXECUTE FUNCTION questionbank_question_search_vector();

-- An answer written, moved (merge) or deleted: its question's vector is recomputed by the
-- trigger above, which an UPDATE that names the notes column fires.
CREATE OR REPLACE FUNCTION questionbank_answer_search_vector() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE questionbank_question SET notes = notes WHERE id = OLD.question_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE questionbank_question SET notes = notes WHERE id = NEW.question_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER questionbank_answer_search
    AFTER INSERT OR DELETE OR UPDATE OF body, question_id ON questionbank_answer
    FOR EACH ROW EXECUTE FUNCTION questionbank_answer_search_vector();

UPDATE questionbank_question SET notes = notes;
CREATE INDEX question_search ON questionbank_question USING gin (search_vector);
CREATE INDEX question_text_trgm ON questionbank_question USING gin (text gin_trgm_ops);
"""

BACKWARD_SQL = """
DROP INDEX IF EXISTS question_text_trgm;
DROP INDEX IF EXISTS question_search;
DROP TRIGGER IF EXISTS questionbank_answer_search ON questionbank_answer;
DROP FUNCTION IF EXISTS questionbank_answer_search_vector();
DROP TRIGGER IF EXISTS questionbank_question_search ON questionbank_question;
DROP FUNCTION IF EXISTS questionbank_question_search_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('questionbank', '0007_question_meaning'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name='question',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name='question',
                    index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='question_search'),
                ),
                migrations.AddIndex(
                    model_name='question',
                    index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass('text', name='gin_trgm_ops'), name='question_text_trgm'),
                ),
            ],
            database_operations=[
                migrations.RunPython(on_postgresql(FORWARD_SQL), on_postgresql(BACKWARD_SQL)),
            ],
        ),
    ]

# Stored full-text search vectors for interviews and weaknesses (the global search), kept
# current by PostgreSQL triggers, with GIN indexes. A related row's text (how a question was
# answered, a plan's step, an observation's note) is part of its interview's or weakness's
# vector: writing it touches the parent row, whose trigger recomputes the vector. On SQLite only the (always empty) column is added:
# search there falls back to a plain match. The weights match search/kinds.py.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.conf import settings
from django.db import migrations

# Each input is cut to 100,000 characters so no interview can exceed tsvector's 1 MB limit.
FORWARD_SQL = """
CREATE OR REPLACE FUNCTION journal_interview_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english',
            left(coalesce(NEW.company, ''), 100000) || ' ' || left(coalesce(NEW.role, ''), 100000)
        ), 'A')
        || setweight(to_tsvector('english', concat_ws(' ',
            left(NEW.notes, 100000), left(NEW.went_well, 100000), left(NEW.do_better, 100000),
            left(NEW.forgot_to_mention, 100000), left(NEW.feedback, 100000),
            left(NEW.feedback_reflection, 100000), left(NEW.lessons, 100000)
        )), 'B')
        || setweight(to_tsvector('english', concat_ws(' ',
            NEW.interviewers, NEW.recruiter, NEW.location, NEW.outfit,
            left(NEW.outfit_note, 100000), NEW.preparation_note, NEW.confidence_note,
            NEW.humility_note, NEW.directness_note, NEW.body_language_note, NEW.rapport_note,
            (SELECT string_agg(left(answer_notes, 100000), ' ') FROM journal_askedquestion
             WHERE interview_id = NEW.id)
        )), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_interview_search
    BEFORE INSERT OR UPDATE OF company, role, notes, went_well, do_better, forgot_to_mention,
        feedback, feedback_reflection, lessons, interviewers, recruiter, location, outfit,
        outfit_note, preparation_note, confidence_note, humility_note, directness_note,
        body_language_note, rapport_note
    ON journal_interview
    FOR EACH ROW EXECUTE FUNCTION journal_interview_search_vector();

CREATE OR REPLACE FUNCTION journal_askedquestion_search_vector() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE journal_interview SET notes = notes WHERE id = OLD.interview_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE journal_interview SET notes = notes WHERE id = NEW.interview_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_askedquestion_search
    AFTER INSERT OR DELETE OR UPDATE OF answer_notes, interview_id ON journal_askedquestion
    FOR EACH ROW EXECUTE FUNCTION journal_askedquestion_search_vector();

CREATE OR REPLACE FUNCTION journal_weakness_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A')
        || setweight(to_tsvector('english', concat_ws(' ',
            left(NEW.description, 100000), left(NEW.plan, 100000)
        )), 'B')
        || setweight(to_tsvector('english', concat_ws(' ',
            (SELECT string_agg(text, ' ') FROM journal_actionitem WHERE weakness_id = NEW.id),
            (SELECT string_agg(note, ' ') FROM journal_weaknessobservation
             WHERE weakness_id = NEW.id)
        )), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_weakness_search
    BEFORE INSERT OR UPDATE OF name, description, plan ON journal_weakness
    FOR EACH ROW EXECUTE FUNCTION journal_weakness_search_vector();

-- A step or an observation written, moved or deleted: its weakness's vector is recomputed.
CREATE OR REPLACE FUNCTION journal_weakness_part_search_vector() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE journal_weakness SET name = name WHERE id = OLD.weakness_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE journal_weakness SET name = name WHERE id = NEW.weakness_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_actionitem_search
    AFTER INSERT OR DELETE OR UPDATE OF text, weakness_id ON journal_actionitem
    FOR EACH ROW EXECUTE FUNCTION journal_weakness_part_search_vector();

CREATE TRIGGER journal_weaknessobservation_search
    AFTER INSERT OR DELETE OR UPDATE OF note, weakness_id ON journal_weaknessobservation
    FOR EACH ROW EXECUTE FUNCTION journal_weakness_part_search_vector();

UPDATE journal_interview SET notes = notes;
UPDATE journal_weakness SET name = name;
CREATE INDEX interview_search ON journal_interview USING gin (search_vector);
CREATE INDEX weakness_search ON journal_weakness USING gin (search_vector);
"""

BACKWARD_SQL = """
DROP INDEX IF EXISTS weakness_search;
DROP TRIGGER IF EXISTS journal_weaknessobservation_search ON journal_weaknessobservation;
DROP TRIGGER IF EXISTS journal_actionitem_search ON journal_actionitem;
DROP FUNCTION IF EXISTS journal_weakness_part_search_vector();
DROP TRIGGER IF EXISTS journal_weakness_search ON journal_weakness;
DROP FUNCTION IF EXISTS journal_weakness_search_vector();
DROP TRIGGER IF EXISTS journal_askedquestion_search ON journal_askedquestion;
DROP FUNCTION IF EXISTS journal_askedquestion_search_vector();
DROP INDEX IF EXISTS interview_search;
DROP TRIGGER IF EXISTS journal_interview_search ON journal_interview;
DROP FUNCTION IF EXISTS journal_interview_search_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('journal', '0007_debrief_draft_replaced'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='interview',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='weakness',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name='interview',
                    index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='interview_search'),
                ),
                migrations.AddIndex(
                    model_name='weakness',
                    index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='weakness_search'),
                ),
            ],
            database_operations=[
                migrations.RunPython(on_postgresql(FORWARD_SQL), on_postgresql(BACKWARD_SQL)),
            ],
        ),
    ]

# Added with plain SQL: on SQLite, Django's AddField of a NOT NULL column rebuilds the table and
# with it every index of the model state, including the PostgreSQL-only GIN indexes of 0008.
# "ADD COLUMN ... NOT NULL DEFAULT false" means the same on both databases.
from django.db import migrations, models

ADD = "ALTER TABLE questionbank_question ADD COLUMN category_suggested boolean NOT NULL DEFAULT false"
DROP = "ALTER TABLE questionbank_question DROP COLUMN category_suggested"


class Migration(migrations.Migration):
    dependencies = [
        ("questionbank", "0008_search_vector"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="question",
                    name="category_suggested",
                    field=models.BooleanField(default=False, editable=False),
                ),
            ],
            database_operations=[migrations.RunSQL(ADD, DROP)],
        ),
    ]

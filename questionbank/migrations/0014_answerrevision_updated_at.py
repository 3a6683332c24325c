# When a revision's text was last written: autosaves amend a revision only within ten minutes
# of its last save (one revision per editing session). Existing revisions take their creation.

import django.utils.timezone
from django.db import migrations, models


def from_created_at(apps, schema_editor):
    AnswerRevision = apps.get_model("questionbank", "AnswerRevision")
    AnswerRevision.objects.update(updated_at=models.F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("questionbank", "0013_look_alikes"),
    ]

    operations = [
        migrations.AddField(
            model_name="answerrevision",
            name="updated_at",
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
        migrations.RunPython(from_created_at, migrations.RunPython.noop),
    ]

from django.db import migrations, models


class Migration(migrations.Migration):
    """Uniqueness moves from the unbounded normalised text to its SHA-256 (see 0006).

    The old unique index is dropped first: re-normalising (0005) may make two rows collide
    until they are merged.
    """

    dependencies = [
        ("questionbank", "0003_answer_version_revision_editor"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="question",
            name="question_unique_per_user",
        ),
        migrations.AddField(
            model_name="question",
            name="normalized_hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
    ]

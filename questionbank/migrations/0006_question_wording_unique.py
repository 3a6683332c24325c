from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("questionbank", "0005_renormalise_question_wordings"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="question",
            constraint=models.UniqueConstraint(
                fields=("user", "normalized_hash"), name="question_wording_unique_per_user"
            ),
        ),
    ]

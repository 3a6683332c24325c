from django.conf import settings
from django.db import models

from .text import clean_question_text, normalize_question


class QuestionQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def find_or_create(self, user, text: str) -> tuple["Question", bool]:
        """The user's question with this wording (after normalising), made if new."""
        return self.get_or_create(
            user=user,
            normalized_text=normalize_question(text),
            defaults={"text": clean_question_text(text)},
        )


class Question(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.TextField()
    normalized_text = models.TextField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["text"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "normalized_text"], name="question_unique_per_user"
            )
        ]

    def __str__(self) -> str:
        return self.text

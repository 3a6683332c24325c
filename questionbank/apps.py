from django.apps import AppConfig


class QuestionbankConfig(AppConfig):
    name = "questionbank"
    verbose_name = "question bank"

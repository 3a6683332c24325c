from django.contrib import admin

from .models import Question


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "user", "created_at"]
    list_filter = ["user"]
    search_fields = ["text"]
    readonly_fields = ["normalized_text"]

from django.contrib import admin

from .actions import look_alikes_refresh
from .models import Answer, AnswerRevision, Question, Review, Tag


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "category", "user", "times_asked", "last_asked_on", "due", "created_at"]
    list_filter = ["category"]
    search_fields = ["text", "notes"]
    readonly_fields = [
        "normalized_text",
        "normalized_hash",
        "card",
        "due",
        "times_asked",
        "last_asked_on",
    ]
    inlines = [ReviewInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        look_alikes_refresh(user=obj.user)


class AnswerRevisionInline(admin.TabularInline):
    model = AnswerRevision
    extra = 0


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["question", "status", "updated_at"]
    list_filter = ["status"]
    raw_id_fields = ["question"]
    inlines = [AnswerRevisionInline]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "user"]
    search_fields = ["name"]

from django.contrib import admin

from questionbank.actions import asked_stats_refresh

from .models import (
    ActionItem,
    AskedQuestion,
    DebriefDraft,
    Interview,
    OutcomeChange,
    Strength,
    Weakness,
    WeaknessObservation,
)


class OutcomeChangeInline(admin.TabularInline):
    model = OutcomeChange
    extra = 0


class AskedQuestionInline(admin.TabularInline):
    model = AskedQuestion
    extra = 0
    raw_id_fields = ["question"]


@admin.register(Interview)
class InterviewAdmin(admin.ModelAdmin):
    list_display = ["company", "role", "round", "date", "outcome", "user"]
    list_filter = ["outcome", "round", "format"]
    search_fields = ["company", "role", "notes"]
    date_hierarchy = "date"
    inlines = [AskedQuestionInline, OutcomeChangeInline]

    # Admin writes keep each question's stored asked count and date, like the app's own.
    def save_related(self, request, form, formsets, change):
        before = set(form.instance.asked.values_list("question_id", flat=True))
        super().save_related(request, form, formsets, change)
        after = set(form.instance.asked.values_list("question_id", flat=True))
        asked_stats_refresh(questions=before | after)

    def delete_model(self, request, obj):
        questions = list(obj.asked.values_list("question_id", flat=True))
        super().delete_model(request, obj)
        asked_stats_refresh(questions=questions)

    def delete_queryset(self, request, queryset):
        asked = AskedQuestion.objects.filter(interview__in=queryset)
        questions = list(asked.values_list("question_id", flat=True))
        super().delete_queryset(request, queryset)
        asked_stats_refresh(questions=questions)


@admin.register(AskedQuestion)
class AskedQuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "interview", "position", "rating", "caught_off_guard"]
    raw_id_fields = ["question", "interview"]

    def save_model(self, request, obj, form, change):
        before = list(AskedQuestion.objects.filter(pk=obj.pk).values_list("question_id", flat=True))
        super().save_model(request, obj, form, change)
        asked_stats_refresh(questions=[*before, obj.question_id])

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        asked_stats_refresh(questions=[obj.question_id])

    def delete_queryset(self, request, queryset):
        questions = list(queryset.values_list("question_id", flat=True))
        super().delete_queryset(request, queryset)
        asked_stats_refresh(questions=questions)


@admin.register(DebriefDraft)
class DebriefDraftAdmin(admin.ModelAdmin):
    list_display = ["user", "updated_at", "submitted_at"]


class ActionItemInline(admin.TabularInline):
    model = ActionItem
    extra = 0


class WeaknessObservationInline(admin.TabularInline):
    model = WeaknessObservation
    extra = 0
    raw_id_fields = ["interview", "question"]


@admin.register(Weakness)
class WeaknessAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "created_at"]
    search_fields = ["name", "description"]
    inlines = [ActionItemInline, WeaknessObservationInline]


@admin.register(Strength)
class StrengthAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "created_at"]
    search_fields = ["name", "evidence"]
    filter_horizontal = ["answers"]

from django.contrib import admin

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


@admin.register(AskedQuestion)
class AskedQuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "interview", "position", "rating", "caught_off_guard"]
    raw_id_fields = ["question", "interview"]


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

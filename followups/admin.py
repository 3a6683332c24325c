from django.contrib import admin

from .models import CalendarFeed, MutedRule, Reminder


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["user", "rule", "interview", "due_at", "emailed_at", "closed_reason"]
    list_filter = ["rule", "closed_reason"]
    raw_id_fields = ["user", "interview"]


admin.site.register(MutedRule)
admin.site.register(CalendarFeed, list_display=["user", "created_at"], raw_id_fields=["user"])

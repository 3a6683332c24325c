from django.urls import path

from . import views

app_name = "followups"

urlpatterns = [
    path("", views.reminder_list, name="reminder-list"),
    path("<int:pk>/done/", views.reminder_done, name="reminder-done"),
    path("<int:pk>/snooze/", views.reminder_snooze, name="reminder-snooze"),
    path("settings/", views.settings_section, name="settings-section"),
    path("rules/<slug:rule>/", views.rule_switch, name="rule-switch"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("calendar/regenerate/", views.feed_regenerate, name="feed-regenerate"),
    path("calendar/revoke/", views.feed_revoke, name="feed-revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
    path("interviews/<int:pk>.ics", views.interview_ics, name="interview-ics"),
    path("interviews/<int:pk>/drafts/", views.drafts, name="drafts"),
    path("interviews/<int:pk>/sent/<slug:kind>/", views.mark_sent, name="mark-sent"),
]

from django.urls import path

from . import views

app_name = "journal"

urlpatterns = [
    path("", views.interview_list, name="interview-list"),
    path("new/", views.interview_create, name="interview-create"),
    path("debrief/", views.quick_debrief, name="quick-debrief"),
    path("debrief/autosave/", views.debrief_autosave, name="debrief-autosave"),
    path("debrief/discard/", views.debrief_discard, name="debrief-discard"),
    path("<int:pk>/", views.interview_detail, name="interview-detail"),
    path("<int:pk>/delete/", views.interview_delete, name="interview-delete"),
    path("<int:pk>/outcome/", views.interview_outcome, name="interview-outcome"),
    path("<int:pk>/questions/", views.question_add, name="question-add"),
    path(
        "<int:pk>/questions/<int:asked_pk>/remove/",
        views.question_remove,
        name="question-remove",
    ),
    path("<int:pk>/questions/<int:asked_pk>/move/", views.question_move, name="question-move"),
    path("<int:pk>/questions/<int:asked_pk>/notes/", views.question_notes, name="question-notes"),
    path("<int:pk>/<slug:section>/", views.interview_section, name="interview-section"),
    path("companies/", views.company_list, name="company-list"),
    path("companies/<path:name>/", views.company_detail, name="company-detail"),
]

from django.urls import path

from .views import companies, dashboard, debrief, interviews, strengths, weaknesses

app_name = "journal"

urlpatterns = [
    path("", interviews.interview_list, name="interview-list"),
    path("new/", interviews.interview_create, name="interview-create"),
    path("debrief/", debrief.quick_debrief, name="quick-debrief"),
    path("debrief/autosave/", debrief.debrief_autosave, name="debrief-autosave"),
    path("debrief/discard/", debrief.debrief_discard, name="debrief-discard"),
    path("debrief/sync/", debrief.debrief_sync, name="debrief-sync"),
    path("trends/", dashboard.trends, name="trends"),
    path("trends/<slug:name>.svg", dashboard.trends_chart, name="trends-chart"),
    path("onboarding/dismiss/", dashboard.onboarding_dismiss, name="onboarding-dismiss"),
    path("sample/add/", dashboard.sample_add, name="sample-add"),
    path("sample/remove/", dashboard.sample_remove, name="sample-remove"),
    path("companies/", companies.company_list, name="company-list"),
    path("companies/company/", companies.company_detail, name="company-detail"),
    path("companies/rename/", companies.company_rename, name="company-rename"),
    path("companies/suggest/", companies.company_suggest, name="company-suggest"),
    path("weaknesses/", weaknesses.weakness_list, name="weakness-list"),
    path("weaknesses/new/", weaknesses.weakness_create, name="weakness-create"),
    path("weaknesses/<int:pk>/", weaknesses.weakness_detail, name="weakness-detail"),
    path("weaknesses/<int:pk>/chart.svg", weaknesses.weakness_chart, name="weakness-chart"),
    path("weaknesses/<int:pk>/edit/", weaknesses.weakness_edit, name="weakness-edit"),
    path("weaknesses/<int:pk>/delete/", weaknesses.weakness_delete, name="weakness-delete"),
    path("weaknesses/<int:pk>/actions/", weaknesses.action_add, name="action-add"),
    path(
        "weaknesses/<int:pk>/actions/<int:action_pk>/toggle/",
        weaknesses.action_toggle,
        name="action-toggle",
    ),
    path(
        "weaknesses/<int:pk>/actions/<int:action_pk>/delete/",
        weaknesses.action_delete,
        name="action-delete",
    ),
    path("strengths/", strengths.strength_list, name="strength-list"),
    path("strengths/new/", strengths.strength_create, name="strength-create"),
    path("strengths/answers/", strengths.strength_answer_options, name="strength-answer-options"),
    path("strengths/<int:pk>/edit/", strengths.strength_edit, name="strength-edit"),
    path("strengths/<int:pk>/delete/", strengths.strength_delete, name="strength-delete"),
    path("strengths/match/", strengths.job_match, name="job-match"),
    path("<int:pk>/", interviews.interview_detail, name="interview-detail"),
    path("<int:pk>/delete/", interviews.interview_delete, name="interview-delete"),
    path("<int:pk>/outcome/", interviews.interview_outcome, name="interview-outcome"),
    path("<int:pk>/brief/", interviews.interview_brief, name="interview-brief"),
    path("<int:pk>/questions/", interviews.question_add, name="question-add"),
    path(
        "<int:pk>/questions/<int:asked_pk>/remove/",
        interviews.question_remove,
        name="question-remove",
    ),
    path("<int:pk>/questions/<int:asked_pk>/move/", interviews.question_move, name="question-move"),
    path(
        "<int:pk>/questions/<int:asked_pk>/category/",
        interviews.question_category,
        name="question-category",
    ),
    path(
        "<int:pk>/questions/<int:asked_pk>/notes/",
        interviews.question_notes,
        name="question-notes",
    ),
    path("<int:pk>/weaknesses/", interviews.observation_add, name="observation-add"),
    path(
        "<int:pk>/weaknesses/<int:observation_pk>/edit/",
        interviews.observation_edit,
        name="observation-edit",
    ),
    path(
        "<int:pk>/weaknesses/<int:observation_pk>/remove/",
        interviews.observation_remove,
        name="observation-remove",
    ),
    path("<int:pk>/<slug:section>/", interviews.interview_section, name="interview-section"),
]

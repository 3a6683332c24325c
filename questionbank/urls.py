from django.urls import path

from . import views

app_name = "questionbank"

urlpatterns = [
    path("", views.question_list, name="question-list"),
    path("new/", views.question_create, name="question-create"),
    path("starter/", views.starter_library, name="starter"),
    path("duplicates/", views.duplicate_list, name="duplicates"),
    path("duplicates/merge/", views.duplicate_merge, name="duplicate-merge"),
    path("duplicates/not-same/", views.duplicate_dismiss, name="duplicate-dismiss"),
    path("practice/", views.practice_session, name="practice"),
    path("practice/<int:pk>/rate/", views.practice_rate, name="practice-rate"),
    path("practice/undo/<int:pk>/", views.practice_undo, name="practice-undo"),
    path("prep-pack/", views.prep_pack, name="prep-pack"),
    path("<int:pk>/", views.question_detail, name="question-detail"),
    path("<int:pk>/edit/", views.question_edit, name="question-edit"),
    path("<int:pk>/delete/", views.question_delete, name="question-delete"),
    path("<int:pk>/merge/", views.question_merge, name="question-merge"),
    path("<int:pk>/merge/candidates/", views.merge_candidates, name="merge-candidates"),
    path("<int:pk>/answer/", views.answer_edit, name="answer-edit"),
    path("<int:pk>/answer/autosave/", views.answer_autosave, name="answer-autosave"),
    path("<int:pk>/answer/preview/", views.answer_preview, name="answer-preview"),
    path("<int:pk>/answer/revisions/", views.answer_revisions, name="answer-revisions"),
    path(
        "<int:pk>/answer/revisions/<int:revision_pk>/diff/",
        views.revision_diff,
        name="revision-diff",
    ),
    path(
        "<int:pk>/answer/revisions/<int:revision_pk>/restore/",
        views.revision_restore,
        name="revision-restore",
    ),
]

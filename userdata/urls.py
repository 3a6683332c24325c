from django.urls import path

from . import views

app_name = "userdata"

urlpatterns = [
    path("", views.data_page, name="data"),
    path("export.json", views.export_json, name="export-json"),
    path("interviews.csv", views.export_interviews_csv, name="export-interviews-csv"),
    path("questions.csv", views.export_questions_csv, name="export-questions-csv"),
    path("journal.md", views.export_markdown, name="export-markdown"),
    path("import/", views.import_json, name="import-json"),
    path("import/questions/", views.import_questions_csv, name="import-questions-csv"),
]

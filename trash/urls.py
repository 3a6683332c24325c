from django.urls import path

from . import views

app_name = "trash"

urlpatterns = [
    path("", views.trash_list, name="list"),
    path("<int:pk>/restore/", views.trash_restore_view, name="restore"),
    path("empty/", views.trash_empty, name="empty"),
]

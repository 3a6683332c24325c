from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("settings/", views.settings_page, name="settings"),
    path("settings/email/", views.email_change, name="email-change"),
    path("delete/", views.account_delete, name="delete"),
]

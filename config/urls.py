from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts import views as account_views
from accounts.forms import LoggedPasswordResetForm
from core import views as core_views
from journal.views import dashboard

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    path("theme/", core_views.set_theme, name="theme"),
    path("manifest.webmanifest", core_views.manifest, name="manifest"),
    path("sw.js", core_views.service_worker, name="service-worker"),
    path("offline/", core_views.offline, name="offline"),
    path("accounts/signup/", account_views.signup, name="signup"),
    path("accounts/", include("accounts.urls")),
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=LoggedPasswordResetForm),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("journal/", include("journal.urls")),
    path("questions/", include("questionbank.urls")),
    path("followups/", include("followups.urls")),
    path("data/", include("userdata.urls")),
    path("trash/", include("trash.urls")),
    path("search/", include("search.urls")),
    path("admin/", admin.site.urls),
]

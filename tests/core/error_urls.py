"""URLs that fail on purpose, to see the error pages as a user would."""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import include, path


@login_not_required
def bad_request(request):
    raise SuspiciousOperation("a malformed request")


@login_not_required
def forbidden(request):
    raise PermissionDenied


@login_not_required
def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("fail/400/", bad_request),
    path("fail/403/", forbidden),
    path("fail/500/", broken),
    path("", include("config.urls")),
]

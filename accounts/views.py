import logging

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import actions
from .forms import AccountDeleteForm, EmailChangeForm, ProfileForm, SignupForm
from .mail import notify_address_owners
from .models import Profile

logger = logging.getLogger(__name__)


@login_not_required
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Whether the address is already in use is never shown here (that would tell anyone
        # who uses Debrief); the address's owner is told by email instead.
        owners = list(User.objects.filter(email__iexact=form.cleaned_data["email"]))
        with transaction.atomic():
            user = form.save()
            Profile.objects.create(user=user, time_zone=form.cleaned_data["time_zone"])
        notify_address_owners(request, owners, new_username=user.username)
        login(request, user, backend="accounts.backends.ProfileBackend")
        messages.success(request, f"Welcome to Debrief, {user.username}.")
        return redirect("home")
    return render(request, "registration/signup.html", {"form": form})


@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    profile = Profile.objects.for_user(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved.")
        return redirect("accounts:settings")
    return render(
        request,
        "accounts/settings.html",
        {"form": form, "email_form": EmailChangeForm(request=request)},
    )


@require_POST
def email_change(request: HttpRequest) -> HttpResponse:
    email_form = EmailChangeForm(request.POST, request=request)
    if email_form.is_valid():
        email_form.save()
        messages.success(request, f"Your email address is now {request.user.email}.")
        return redirect("accounts:settings")
    form = ProfileForm(instance=Profile.objects.for_user(request.user))
    return render(
        request, "accounts/settings.html", {"form": form, "email_form": email_form}, status=200
    )


@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        username = request.user.get_username()
        actions.account_delete(user=request.user)
        logout(request)
        logger.info("Account %s deleted at its owner's request", username)
        messages.success(request, "Your account and everything in it have been deleted.")
        return redirect("login")
    return render(request, "accounts/delete.html", {"form": form})


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse(
            {"status": "error", "database": "unreachable", "detail": error.__class__.__name__},
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "ok"})

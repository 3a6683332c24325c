"""The quick debrief: one short form the evening after, autosaved as a draft while typed."""

import uuid
from datetime import datetime

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from core.confirm import confirmation_page
from core.context_processors import draft_owner
from core.htmx import redirect_unless_fragment

from .. import actions
from ..forms import QuickDebriefForm
from ..models import DebriefDraft

DISCARD_QUESTION = "Discard this draft? What you typed will be lost."


@require_http_methods(["GET", "POST"])
def quick_debrief(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = QuickDebriefForm(request.POST)
        token = _draft_token(request.POST.get("draft_token")) or uuid.uuid4()
        if form.is_valid():
            try:
                interview, created, count = actions.debrief_submit(
                    user=request.user, form=form, draft_token=token
                )
            except DebriefDraft.DoesNotExist:
                raise Http404("No such draft.") from None
            except actions.TooManyQuestions as full:
                # A stale tab adding to the debrief another tab saved: say so by the questions
                # and keep what was typed, to trim and send again.
                form.add_error("questions", f"This debrief was already saved. {full.message}")
            else:
                return _submitted(request, interview, created, count)
        draft = DebriefDraft.objects.for_user(request.user).filter(token=token).open().first()
    else:
        draft = DebriefDraft.objects.for_user(request.user).open().first()
        token = draft.token if draft else uuid.uuid4()
        form = QuickDebriefForm(initial=draft.data if draft else None)
    context = {"form": form, "draft_token": token, "draft": draft, "replaced": _replaced(draft)}
    keeping = request.headers.get("X-Debrief-Offline-Copy")
    if keeping:
        # The service worker keeping its copy: the messages are for the page the user sees.
        context["messages"] = ()
    response = render(request, "journal/quick_debrief.html", context)
    if keeping:
        # Nor may its answer set the CSRF cookie: arriving after a login in the meantime, it
        # would put back the token the login replaced, and the next save would be refused.
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    return response


def _submitted(request: HttpRequest, interview, created: bool, count: int) -> HttpResponse:
    if not created:
        messages.info(request, _already_saved(count))
        return redirect(interview)
    messages.success(
        request,
        f"Debrief saved: {interview.company}, {count} question{'s' * (count != 1)}. "
        "Add anything else while it is fresh.",
    )
    return redirect(interview)


@require_http_methods(["GET", "POST"])
def debrief_sync(request: HttpRequest) -> JsonResponse:
    """Where a quick debrief saved on a phone without signal is sent later (static/js/offline.js).

    GET: whose login this is (the key the phone keeps that user's queued debriefs under) and a
    fresh CSRF token, since the page that queued the debrief may be days old. POST: the
    quick-debrief form plus `draft_owner`, the user it was queued under; another user's is
    refused (409), so a debrief never lands in the account that happens to be logged in. The
    draft token makes a resend (a lost answer, two tabs) return the same interview.
    """
    owner = draft_owner(request.user)
    if request.method == "GET":
        return JsonResponse({"owner": owner, "csrf_token": get_token(request)})
    if request.POST.get("draft_owner") != owner:
        return JsonResponse({"errors": ["Saved under another login."]}, status=409)
    token = _draft_token(request.POST.get("draft_token"))
    form = QuickDebriefForm(request.POST)
    if token is None or not form.is_valid():
        return JsonResponse({"errors": _error_lines(form) or ["Reload the page."]}, status=400)
    try:
        interview, created, count = actions.debrief_submit(
            user=request.user, form=form, draft_token=token
        )
    except DebriefDraft.DoesNotExist:
        raise Http404("No such draft.") from None
    except actions.TooManyQuestions as full:
        label = form.fields["questions"].label
        return JsonResponse({"errors": [f"{label}: {full.message}"]}, status=400)
    answer = {"url": interview.get_absolute_url(), "company": interview.company}
    return JsonResponse({**answer, "created": created, "questions": count})


def _error_lines(form: QuickDebriefForm) -> list[str]:
    """Each of the form's errors as a sentence naming its field."""
    lines = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = f"{field.label}: " if field and field.label else ""
        lines.extend(f"{label}{error}" for error in errors)
    return lines


def _already_saved(added: int) -> str:
    if not added:
        return "This debrief was already saved; here it is."
    more = "1 more question" if added == 1 else f"{added} more questions"
    verb = "was" if added == 1 else "were"
    return f"This debrief was already saved; {more} from this tab {verb} added."


def _draft_token(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value or "")
    except ValueError:
        return None


@require_POST
def debrief_autosave(request: HttpRequest) -> HttpResponse:
    token = _draft_token(request.POST.get("draft_token"))
    if token is None:
        return HttpResponse("Not saved: reload the page.", status=400)
    fields = [*QuickDebriefForm.base_fields]
    data = {name: request.POST.get(name, "") for name in fields if name in request.POST}
    version = _version(request.POST.get("draft_version"))
    replacing = request.POST.get("draft_replacing") == "1"
    draft = DebriefDraft.objects.autosave(request.user, token, data, version, replacing=replacing)
    context = {"draft": draft, "submitted": draft is None, "replaced": _replaced(draft)}
    if draft is None:
        submitted = DebriefDraft.objects.for_user(request.user).filter(token=token).first()
        context["interview"] = submitted and submitted.interview
    elif draft.stale:
        context["sent_version"] = version
        context["theirs"] = _draft_differences(draft.data, data)
    return redirect_unless_fragment(request, "journal:quick-debrief") or render(
        request, "journal/quick_debrief.html#autosave-status", context
    )


def _version(value: str | None) -> int | None:
    try:
        return max(int(value or ""), 0)
    except ValueError:
        return None


def _draft_differences(saved: dict, typed: dict) -> list[tuple[str, str]]:
    """The other tab's text for each field where it differs from this tab's: (label, text)."""
    fields = QuickDebriefForm.base_fields
    return [
        (fields[name].label or name.capitalize(), str(value))
        for name, value in saved.items()
        if name in fields and value != typed.get(name, "")
    ]


def _replaced(draft: DebriefDraft | None) -> list[tuple[datetime, list[tuple[str, str]]]]:
    """Other tabs' texts the user saved over, newest first: (when, [(label, text)])."""
    return [
        (datetime.fromisoformat(entry["at"]), _draft_differences(entry["data"], {}))
        for entry in reversed(draft.replaced if draft else [])
    ]


@require_POST
def debrief_discard(request: HttpRequest) -> HttpResponse:
    if page := confirmation_page(
        request,
        question=DISCARD_QUESTION,
        button="Discard the draft",
        back=reverse("journal:quick-debrief"),
    ):
        return page
    DebriefDraft.objects.for_user(request.user).open().delete()
    messages.info(request, "Draft discarded.")
    return redirect("journal:quick-debrief")

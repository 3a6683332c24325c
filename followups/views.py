from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.models import Profile
from core.htmx import redirect_unless_fragment, render_page
from journal.emails import Sender, chase_email, feedback_request_email, thank_you_email
from journal.models import Interview

from . import actions, calendar, rules
from .forms import DraftTopicForm
from .models import CalendarFeed, MutedRule, Reminder
from .tokens import read_unsubscribe_token


def settings_context(request: HttpRequest) -> dict:
    """The rule switches and the calendar feed: shown on the reminders and settings pages."""
    muted = set(MutedRule.objects.filter(user=request.user).values_list("rule", flat=True))
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return {
        "rule_rows": [{"rule": rule, "on": rule.key not in muted} for rule in rules.RULES],
        "feed": feed,
        "feed_url": request.build_absolute_uri(feed.get_absolute_url()) if feed else "",
    }


@require_GET
def settings_section(request: HttpRequest) -> HttpResponse:
    """The rules and the feed as a fragment, for the settings page to load into itself."""
    response = redirect_unless_fragment(request, "followups:reminder-list", anchor="reminder-rules")
    if response is not None:
        return response
    return render(request, "followups/settings_section.html", settings_context(request))


def _list_context(request: HttpRequest) -> dict:
    now = timezone.now()
    actions.reminders_refresh(user=request.user, now=now)
    reminders = Reminder.objects.for_user(request.user).showing(now).select_related("interview")
    return {"reminders": reminders, **settings_context(request)}


@require_GET
def reminder_list(request: HttpRequest) -> HttpResponse:
    context = _list_context(request)
    return render_page(request, "followups/reminder_list.html", context, partial="reminders")


def _act(request: HttpRequest, pk: int, act) -> HttpResponse:
    reminder = get_object_or_404(Reminder.objects.for_user(request.user).not_closed(), pk=pk)
    act(reminder, timezone.now())
    response = redirect_unless_fragment(request, "followups:reminder-list")
    if response is not None:
        return response
    context = {**_list_context(request), "oob_count": True}
    return render(request, "followups/reminder_list.html#reminders", context)


@require_POST
def reminder_done(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, Reminder.close)


@require_POST
def reminder_snooze(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, Reminder.snooze)


@require_POST
def rule_switch(request: HttpRequest, rule: str) -> HttpResponse:
    if rule not in rules.RULES_BY_KEY:
        raise Http404("No such rule.")
    actions.rule_switch(user=request.user, rule=rule, on=request.POST.get("on") == "1")
    response = redirect_unless_fragment(request, "followups:reminder-list", anchor="reminder-rules")
    if response is not None:
        return response
    return render(
        request, "followups/settings_section.html#reminder-rules", settings_context(request)
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    # GET only asks: mail scanners follow links, and must not switch anything off.
    found = read_unsubscribe_token(token)
    if found is None or found[1] not in rules.RULES_BY_KEY:
        return render(request, "followups/unsubscribe.html", {"invalid": True}, status=404)
    user, rule = found
    done = request.method == "POST"
    if done:
        actions.rule_switch(user=user, rule=rule, on=False)
    context = {"rule": rules.RULES_BY_KEY[rule], "done": done, "token": token}
    return render(request, "followups/unsubscribe.html", context)


@require_POST
def feed_regenerate(request: HttpRequest) -> HttpResponse:
    CalendarFeed.objects.regenerate(request.user)
    messages.success(request, "New calendar address made; the old one no longer works.")
    return _feed_response(request)


@require_POST
def feed_revoke(request: HttpRequest) -> HttpResponse:
    CalendarFeed.objects.filter(user=request.user).delete()
    messages.info(request, "Calendar feed switched off; its address no longer works.")
    return _feed_response(request)


def _feed_response(request: HttpRequest) -> HttpResponse:
    response = redirect_unless_fragment(request, "followups:reminder-list", anchor="calendar-feed")
    if response is not None:
        return response
    return render(
        request, "followups/settings_section.html#calendar-feed", settings_context(request)
    )


@login_not_required
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    if not feed.user.is_active:
        raise Http404("No such feed.")
    body = calendar.feed(feed.user, now=timezone.now(), base_url=request.build_absolute_uri("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_GET
def interview_ics(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    body = calendar.single(interview, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


def _drafts_context(request: HttpRequest, interview: Interview) -> dict:
    asked = interview.asked.select_related("question").order_by("position", "id")
    form = DraftTopicForm(request.GET or None, interview=interview, asked=asked)
    topic, quoted = form.chosen()
    profile = Profile.objects.for_user(request.user)
    sender = Sender(profile.name, profile.email_signature)
    common = {"company": interview.company, "role": interview.role, "sender": sender}
    recruiter = [interview.recruiter] if interview.recruiter else []
    return {
        "interview": interview,
        "form": form,
        "thank_you": thank_you_email(
            **common,
            interviewers=interview.interviewer_names,
            topic=topic,
            topic_is_quote=quoted,
            outcome=interview.outcome,
            to_addresses=interview.interviewer_addresses,
        ),
        "feedback_request": feedback_request_email(
            **common,
            recipient_names=interview.feedback_recipients,
            outcome=interview.outcome,
            to_addresses=interview.feedback_addresses,
        ),
        "chase": chase_email(
            **common,
            recipient_names=recruiter or interview.interviewer_names,
            to_addresses=[interview.recruiter_email]
            if interview.recruiter_email
            else interview.interviewer_addresses,
        )
        if interview.outcome == Interview.Outcome.PENDING and interview.date < timezone.localdate()
        else None,
    }


@require_GET
def drafts(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    context = _drafts_context(request, interview)
    return render_page(request, "followups/drafts.html", context, partial="drafts")


@require_POST
def mark_sent(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    if kind not in actions.SENT_FIELDS:
        raise Http404("No such email.")
    actions.followup_record_sent(
        interview=interview, kind=kind, today=timezone.localdate(), now=timezone.now()
    )
    response = redirect_unless_fragment(request, "followups:drafts", pk, anchor=kind)
    if response is not None:
        messages.success(request, "Recorded as sent today.")
        return response
    return render(request, "followups/drafts.html#drafts", _drafts_context(request, interview))

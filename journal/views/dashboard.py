"""The dashboard (what to do next) and the trends over time."""

import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts import versions
from accounts.models import Profile
from core.confirm import confirmation_page
from core.htmx import redirect_unless_fragment, render_page
from followups import actions as followups
from followups.models import Reminder
from questionbank.models import Question

from .. import charts, insights, onboarding, sample
from ..forms import DateRangeForm
from ..models import SELF_ASSESSMENT, DebriefDraft, Interview, Weakness, WeaknessObservation
from ..trends import RULE

DIMENSIONS = [(key, label) for key, label, _ in SELF_ASSESSMENT]
# The dashboard's follow-up to-dos, each by its reminder rule (followups.rules).
FOLLOW_UPS = {
    "thank_you_due": Reminder.Rule.THANK_YOU,
    "feedback_to_request": Reminder.Rule.FEEDBACK_REQUEST,
    "feedback_to_reflect": Reminder.Rule.REFLECT,
}
RATING_COLUMNS = [f"{key}_rating" for key, _ in DIMENSIONS]


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    dismissed = _onboarding_hidden(request)
    context = versions.cached(
        request.user, "dashboard", lambda: _dashboard(request.user, dismissed), vary=(dismissed,)
    )
    # Live on every view: what is due moves with the clock, a draft with every autosave.
    now = timezone.now()
    context = context | {
        # At most 10 of each: the reminders page lists them all.
        **{
            name: followups.due_at(context["followup_windows"], now, rule)[:10]
            for name, rule in FOLLOW_UPS.items()
        },
        "practice_due": Question.objects.for_user(request.user).due(now).count(),
        "draft": DebriefDraft.objects.for_user(request.user).open().first(),
    }
    return render(request, "journal/home.html", context)


def _dashboard(user, dismissed: bool) -> dict:
    """The dashboard's figures that change only with the data (and the day), ready to cache."""
    today = timezone.localdate()
    interviews = Interview.objects.for_user(user)
    weaknesses = list(Weakness.objects.for_user(user).with_trends())
    open_weaknesses = sorted(
        (w for w in weaknesses if w.is_open), key=lambda w: (-w.severities[-1], w.name)
    )
    first_run = onboarding.first_run(user, dismissed=dismissed)
    return {
        # Each with its window: whether it is due moves with the clock, within the day.
        "followup_windows": followups.interview_windows(user=user, today=today),
        "upcoming": list(interviews.filter(date__gt=today).order_by("date")[:5]),
        "recent": list(interviews.filter(date__lte=today).with_question_count().newest_first()[:5]),
        "interview_count": interviews.count(),
        "question_count": Question.objects.for_user(user).count(),
        "top_weaknesses": open_weaknesses[:5],
        "weakness_count": len(weaknesses),
        "onboarding": first_run.steps,
        "onboarding_done": sum(step.done for step in first_run.steps),
        "has_sample": first_run.has_sample,
        "offer_sample": first_run.offer_sample,
        "remove_sample_question": REMOVE_SAMPLE_QUESTION,
    }


def _onboarding_hidden(request: HttpRequest) -> bool:
    # The profile comes with the user (accounts.backends), so this costs no query.
    profile = getattr(request.user, "profile", None)
    return bool(profile and profile.onboarding_dismissed)


@require_POST
def onboarding_dismiss(request: HttpRequest) -> HttpResponse:
    profile = Profile.objects.for_user(request.user)
    profile.onboarding_dismissed = True
    profile.save(update_fields=["onboarding_dismissed"])
    messages.success(request, "Getting-started list hidden. Everything on it is in the menu.")
    return redirect_unless_fragment(request, "home") or HttpResponse("")


REMOVE_SAMPLE_QUESTION = (
    "Remove the sample journal? Its interviews, questions, answers, practice, weaknesses and "
    "strengths go, with any changes made to them; what you added yourself stays."
)


@require_POST
def sample_add(request: HttpRequest) -> HttpResponse:
    try:
        seeded = sample.sample_journal_add(user=request.user)
    except sample.NotEmpty:
        messages.error(request, "The sample journal is only offered while your journal is empty.")
    else:
        messages.success(
            request,
            f"Sample journal added: {seeded.interviews} interviews and {seeded.questions} "
            "questions to look around. Remove it from the dashboard when you are done.",
        )
    return redirect("home")


@require_POST
def sample_remove(request: HttpRequest) -> HttpResponse:
    if page := confirmation_page(
        request, question=REMOVE_SAMPLE_QUESTION, button="Remove it", back=reverse("home")
    ):
        return page
    removed = sample.sample_journal_remove(user=request.user)
    kept = [
        f"{removed.kept_questions} question{pluralize(removed.kept_questions)}",
        f"{removed.kept_weaknesses} weakness{pluralize(removed.kept_weaknesses, 'es')}",
    ]
    kept = ", ".join(words for words in kept if not words.startswith("0 "))
    messages.success(
        request,
        f"Sample journal removed: {removed.interviews} interviews and {removed.questions} "
        f"questions." + (f" Kept what your own interviews use: {kept}." if kept else ""),
    )
    return redirect("home")


@require_GET
def trends(request: HttpRequest) -> HttpResponse:
    form = DateRangeForm(request.GET or None)
    start, end = _range(form)
    figures = _trend_figures(request.user, start, end)
    # Each chart is an image of its own (trends_chart), named by what it draws.
    query = {key: day.isoformat() for key, day in (("start", start), ("end", end)) if day}
    images = {
        f"{name}_chart": drawing.image(reverse("journal:trends-chart", args=[name]), **query)
        for name, drawing in figures["drawings"].items()
    }
    context = {"form": form, "rule": RULE, **figures, **images}
    return render_page(request, "journal/trends.html", context, partial="charts")


@require_GET
def trends_chart(request: HttpRequest, name: str) -> HttpResponse:
    """One chart of the trends page as an SVG image, for the same date range."""
    start, end = _range(DateRangeForm(request.GET))
    drawing = _trend_figures(request.user, start, end)["drawings"].get(name)
    return charts.svg_response(request, drawing)


def _range(form: DateRangeForm) -> tuple[datetime.date | None, datetime.date | None]:
    if not form.is_valid():
        return None, None
    return form.cleaned_data["start"], form.cleaned_data["end"]


def _trend_figures(user, start, end) -> dict:
    """The trends page's series, tables and drawings for a date range (cached: the page and
    each of its chart images read them)."""
    return versions.cached(
        user, "trends", lambda: _compute_trends(user, start, end), vary=(start, end)
    )


def _compute_trends(user, start, end) -> dict:
    interviews = Interview.objects.for_user(user).filter(date__lte=timezone.localdate())
    observations = WeaknessObservation.objects.for_user(user)
    if start:
        interviews = interviews.filter(date__gte=start)
        observations = observations.filter(interview__date__gte=start)
    if end:
        interviews = interviews.filter(date__lte=end)
        observations = observations.filter(interview__date__lte=end)
    rows = list(interviews.order_by("date", "id").values("date", "outcome", *RATING_COLUMNS))
    for row in rows:
        row["overall"] = insights.overall(row, DIMENSIONS)
    return _charts(rows, observations)


def _charts(rows: list[dict], observations) -> dict:
    severity_labels, severity = insights.severity_over_time(
        list(
            observations.order_by("interview__date").values_list(
                "weakness__name", "interview__date", "severity"
            )
        )
    )
    rating_labels, ratings = insights.ratings_over_time(rows, DIMENSIONS)
    month_labels, outcomes = insights.outcomes_per_month(
        [(row["date"], row["outcome"]) for row in rows], Interview.Outcome.choices
    )
    comparison = insights.rating_against_outcome(rows, DIMENSIONS)
    drawings = {}
    if severity:
        drawings["severity"] = charts.line_chart(
            "Weakness severity over time (5 = severe)", severity_labels, severity
        )
    if rating_labels:
        drawings["ratings"] = charts.line_chart(
            "Self-assessment over time (5 = best)", rating_labels, ratings
        )
    if month_labels:
        drawings["outcomes"] = charts.outcome_chart(
            "Interviews per month, by outcome", month_labels, outcomes
        )
    if any(c["forward_n"] or c["not_forward_n"] for c in comparison):
        drawings["comparison"] = charts.good_bad_bar_chart(
            "My rating when I moved forward vs. when I did not",
            [c["label"] for c in comparison],
            {
                "Moved forward / offer": [c["forward"] for c in comparison],
                "Rejected / no response": [c["not_forward"] for c in comparison],
            },
        )
    return {
        "severity": severity,
        "severity_labels": severity_labels,
        "ratings": ratings,
        "rating_labels": rating_labels,
        "outcomes": outcomes,
        "month_labels": month_labels,
        "comparison": comparison,
        "drawings": drawings,
        "interview_total": len(rows),
    }

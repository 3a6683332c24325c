"""Weaknesses: the list with trends, one weakness's page and its improvement plan."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import versions
from core.htmx import redirect_unless_fragment, render_page
from questionbank.models import Question
from trash.models import TrashItem
from trash.undo import remove_with_undo

from .. import charts, insights
from ..forms import ActionItemForm, WeaknessForm
from ..models import ActionItem, Weakness
from ..trends import RULE, Verdict


@require_GET
def weakness_list(request: HttpRequest) -> HttpResponse:
    weaknesses = sorted(
        Weakness.objects.for_user(request.user).with_trends(),
        key=lambda w: (w.trend.verdict is Verdict.RESOLVED, -w.observation_count, w.name),
    )
    form = WeaknessForm(user=request.user)
    context = {"weaknesses": weaknesses, "form": form, "rule": RULE}
    return render(request, "journal/weakness_list.html", context)


@require_http_methods(["GET", "POST"])
def weakness_create(request: HttpRequest) -> HttpResponse:
    form = WeaknessForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        weakness = form.save()
        messages.success(request, f"Now tracking “{weakness.name}”.")
        return redirect(weakness)
    return render(request, "journal/weakness_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def weakness_edit(request: HttpRequest, pk: int) -> HttpResponse:
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    form = WeaknessForm(request.POST or None, instance=weakness, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(weakness)
    return render(request, "journal/weakness_form.html", {"form": form, "weakness": weakness})


@require_http_methods(["GET", "POST"])
def weakness_delete(request: HttpRequest, pk: int) -> HttpResponse:
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    if request.method == "POST":
        weakness.delete()
        messages.success(request, f"Stopped tracking “{weakness.name}”.")
        return redirect("journal:weakness-list")
    count = weakness.observations.count()
    return render(request, "journal/weakness_delete.html", {"weakness": weakness, "count": count})


@require_GET
def weakness_detail(request: HttpRequest, pk: int) -> HttpResponse:
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    context = _weakness_context(request.user, weakness, request.GET.get("page"))
    return render(request, "journal/weakness_detail.html", context)


@require_GET
def weakness_chart(request: HttpRequest, pk: int) -> HttpResponse:
    """The weakness page's chart as an SVG image."""
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    return charts.svg_response(request, _severity(request.user, weakness)["drawing"])


OBSERVATIONS_PER_PAGE = 25
QUESTIONS_SHOWN = 20


def _severity(user, weakness: Weakness) -> dict:
    """Where the weakness showed, newest first (observation ids), and its chart (cached: the
    page and the chart's image read it)."""

    def compute() -> dict:
        rows = list(
            weakness.observations.values_list("pk", "interview__date", "interview_id", "severity")
        )
        points = [(weakness.name, date, severity) for _, date, _, severity in rows]
        # The same grouping as the trends page: one point per interview, monthly means when long.
        labels, series = insights.severity_over_time(points, limit=1)
        title = f"How strongly “{weakness.name}” showed (5 = severe)"
        drawing = charts.line_chart(title, labels, series) if points else None
        # Sorted here: ordered by the interviews' dates in SQL, PostgreSQL sorted every
        # interview of the account before taking a page of this weakness's (~10 ms at 1,000).
        newest = sorted(rows, key=lambda row: (row[1], row[2]), reverse=True)
        return {"newest_first": [row[0] for row in newest], "drawing": drawing}

    return versions.cached(user, "weakness-severity", compute, vary=(weakness.pk,))


def _weakness_context(user, weakness: Weakness, page_number=None, **extra) -> dict:
    observations = weakness.observations.select_related("interview", "question")
    severity = _severity(user, weakness)
    drawing = severity["drawing"]
    chart = drawing and drawing.image(reverse("journal:weakness-chart", args=[weakness.pk]))
    page = Paginator(severity["newest_first"], OBSERVATIONS_PER_PAGE).get_page(page_number)
    shown = observations.in_bulk(page.object_list)
    feedback = list(weakness.feedback_interviews.order_by("date"))
    severities = feedback and dict(
        observations.filter(interview__in=feedback).values_list("interview_id", "severity")
    )
    return {
        "weakness": weakness,
        "observations": [shown[pk] for pk in page.object_list if pk in shown],
        "page": page,
        "questions": Question.objects.filter(exposed_weaknesses__weakness=weakness)
        .distinct()
        .order_by("text")[:QUESTIONS_SHOWN],
        "feedback": [(interview, severities.get(interview.pk)) for interview in feedback],
        "chart": chart,
        "rule": RULE,
        "action_items": weakness.actions.all(),
        "action_form": ActionItemForm(),
        **extra,
    }


def _plan_changed(request: HttpRequest, weakness: Weakness) -> HttpResponse:
    """After a change to the plan: the redirect back to it, or for htmx the plan alone."""
    context = {
        "weakness": weakness,
        "action_items": weakness.actions.all(),
        "action_form": ActionItemForm(),
    }
    return redirect_unless_fragment(request, weakness, anchor="plan") or render(
        request, "journal/weakness_detail.html#plan", context
    )


@require_POST
def action_add(request: HttpRequest, pk: int) -> HttpResponse:
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    form = ActionItemForm(request.POST)
    if form.is_valid():
        weakness.actions.create(text=form.cleaned_data["text"])
        return _plan_changed(request, weakness)
    context = _weakness_context(request.user, weakness, action_form=form)
    return render_page(request, "journal/weakness_detail.html", context, partial="plan")


def _get_action(request: HttpRequest, pk: int, action_pk: int) -> ActionItem:
    return get_object_or_404(
        ActionItem.objects.for_user(request.user).select_related("weakness"),
        pk=action_pk,
        weakness_id=pk,
    )


@require_POST
def action_toggle(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    item = _get_action(request, pk, action_pk)
    item.done = not item.done
    item.save(update_fields=["done"])
    return _plan_changed(request, item.weakness)


@require_POST
def action_delete(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    item = _get_action(request, pk, action_pk)
    remove_with_undo(
        request,
        item,
        kind=TrashItem.Kind.ACTION,
        label=item.text,
        back_url=f"{item.weakness.get_absolute_url()}#plan",
    )
    return _plan_changed(request, item.weakness)

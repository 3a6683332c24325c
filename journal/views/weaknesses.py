from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import actions, charts
from ..forms import ActionItemForm, ObservationEditForm, ObservationForm, WeaknessForm
from ..models import (
    ActionItem,
    Interview,
    Weakness,
    WeaknessObservation,
)
from ..trends import RULE, Verdict
from . import is_fragment
from .interviews import detail_context


def _render_weakness_tags(request: HttpRequest, interview: Interview, **extra) -> HttpResponse:
    template = "journal/interview_detail.html"
    context = detail_context(interview, **extra)
    return render(request, f"{template}#weaknesses" if is_fragment(request) else template, context)


@require_POST
def observation_add(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form = ObservationForm(request.POST, interview=interview)
    if not form.is_valid():
        return _render_weakness_tags(request, interview, observation_form=form)
    actions.weakness_observe(interview=interview, **form.cleaned_data)
    if not is_fragment(request):
        return redirect(f"{interview.get_absolute_url()}#weaknesses")
    return _render_weakness_tags(request, interview)


def _get_observation(request: HttpRequest, pk: int, observation_pk: int) -> WeaknessObservation:
    return get_object_or_404(
        WeaknessObservation.objects.for_user(request.user).select_related("interview"),
        pk=observation_pk,
        interview_id=pk,
    )


@require_http_methods(["GET", "POST"])
def observation_edit(request: HttpRequest, pk: int, observation_pk: int) -> HttpResponse:
    observation = _get_observation(request, pk, observation_pk)
    form = ObservationEditForm(request.POST or None, instance=observation)
    if request.method == "POST" and form.is_valid():
        form.save()
        if not is_fragment(request):
            return redirect(f"{observation.interview.get_absolute_url()}#weaknesses")
        return _render_weakness_tags(request, observation.interview)
    return _render_weakness_tags(
        request, observation.interview, editing_observation=observation.pk, edit_form=form
    )


@require_POST
def observation_remove(request: HttpRequest, pk: int, observation_pk: int) -> HttpResponse:
    observation = _get_observation(request, pk, observation_pk)
    observation.delete()
    if not is_fragment(request):
        return redirect(f"{observation.interview.get_absolute_url()}#weaknesses")
    return _render_weakness_tags(request, observation.interview)


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
    return render(request, "journal/weakness_detail.html", _weakness_context(weakness))


def _weakness_context(weakness: Weakness, **extra) -> dict:
    observations = list(weakness.observations.select_related("interview", "question"))
    chart = None
    if observations:
        chart = charts.line_chart(
            f"How strongly “{weakness.name}” showed (5 = severe)",
            [o.interview.date.strftime("%d %b %y") for o in observations],
            {weakness.name: [o.severity for o in observations]},
        )
    severity_by_interview = {o.interview_id: o.severity for o in observations}
    feedback = [
        (interview, severity_by_interview.get(interview.pk))
        for interview in weakness.feedback_interviews.order_by("date")
    ]
    return {
        "weakness": weakness,
        "observations": observations,
        "questions": [o.question for o in observations if o.question_id],
        "feedback": feedback,
        "chart": chart,
        "rule": RULE,
        "action_items": weakness.actions.all(),
        "action_form": ActionItemForm(),
        **extra,
    }


def _render_plan(request: HttpRequest, weakness: Weakness, **extra) -> HttpResponse:
    if not is_fragment(request):
        return redirect(f"{weakness.get_absolute_url()}#plan")
    context = {
        "weakness": weakness,
        "action_items": weakness.actions.all(),
        "action_form": ActionItemForm(),
        **extra,
    }
    return render(request, "journal/weakness_detail.html#plan", context)


@require_POST
def action_add(request: HttpRequest, pk: int) -> HttpResponse:
    weakness = get_object_or_404(Weakness.objects.for_user(request.user), pk=pk)
    form = ActionItemForm(request.POST)
    if form.is_valid():
        weakness.actions.create(text=form.cleaned_data["text"])
        return _render_plan(request, weakness)
    if not is_fragment(request):
        context = _weakness_context(weakness, action_form=form)
        return render(request, "journal/weakness_detail.html", context)
    return _render_plan(request, weakness, action_form=form)


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
    return _render_plan(request, item.weakness)


@require_POST
def action_delete(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    item = _get_action(request, pk, action_pk)
    item.delete()
    return _render_plan(request, item.weakness)

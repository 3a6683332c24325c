from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from questionbank.models import Answer

from .. import matching
from ..forms import JobDescriptionForm, StrengthForm
from ..models import Strength

PAGE_SIZE = 30


@require_GET
def strength_list(request: HttpRequest) -> HttpResponse:
    strengths = Strength.objects.for_user(request.user).prefetch_related("answers__question")
    page = Paginator(strengths, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "form": StrengthForm(user=request.user)}
    return render(request, "journal/strength_list.html", context)


@require_GET
def strength_answer_options(request: HttpRequest) -> HttpResponse:
    """The story picker's options for what was typed, keeping the ones already ticked."""
    form = StrengthForm(
        request.GET, user=request.user, answer_query=request.GET.get("answer_q", "")
    )
    return render(request, "journal/strength_answers.html#answer-options", {"form": form})


def _strength_form(request: HttpRequest, strength: Strength | None = None) -> StrengthForm:
    """The form as posted; after "Find" (the picker without JavaScript), the same values
    unvalidated, with the matching answers listed."""
    query = request.POST.get("answer_q", "")
    if "find_answers" in request.POST:
        initial = {
            "name": request.POST.get("name", ""),
            "evidence": request.POST.get("evidence", ""),
            "answers": request.POST.getlist("answers"),
        }
        return StrengthForm(
            initial=initial, instance=strength, user=request.user, answer_query=query
        )
    return StrengthForm(
        request.POST or None, instance=strength, user=request.user, answer_query=query
    )


@require_http_methods(["GET", "POST"])
def strength_create(request: HttpRequest) -> HttpResponse:
    form = _strength_form(request)
    if form.is_bound and form.is_valid():
        form.instance.user = request.user
        strength = form.save()
        messages.success(request, f"Strength “{strength.name}” added.")
        return redirect("journal:strength-list")
    return render(request, "journal/strength_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def strength_edit(request: HttpRequest, pk: int) -> HttpResponse:
    strength = get_object_or_404(Strength.objects.for_user(request.user), pk=pk)
    form = _strength_form(request, strength)
    if form.is_bound and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("journal:strength-list")
    return render(request, "journal/strength_form.html", {"form": form, "strength": strength})


@require_http_methods(["GET", "POST"])
def strength_delete(request: HttpRequest, pk: int) -> HttpResponse:
    strength = get_object_or_404(Strength.objects.for_user(request.user), pk=pk)
    if request.method == "POST":
        strength.delete()
        messages.success(request, f"Deleted “{strength.name}”.")
        return redirect("journal:strength-list")
    return render(request, "journal/strength_delete.html", {"strength": strength})


@require_http_methods(["GET", "POST"])
def job_match(request: HttpRequest) -> HttpResponse:
    # A POST here computes and shows; it changes nothing, so there is nothing to redirect to.
    form = JobDescriptionForm(request.POST or None)
    results = left_out = None
    if request.method == "POST" and form.is_valid():
        description = form.cleaned_data["description"]
        results = matching.match(description, _evidence(request.user))
        left_out = matching.split_description(description)[1]
    context = {"form": form, "results": results, "left_out": left_out, "rule": matching.RULE}
    return render(request, "journal/job_match.html", context)


def _evidence(user) -> list[matching.Evidence]:
    strengths = [
        matching.Evidence("strength", s.name, reverse("journal:strength-list"), s.evidence)
        for s in Strength.objects.for_user(user)
    ]
    answers = [
        matching.Evidence(
            "answer",
            a.question.text,
            reverse("questionbank:question-detail", args=[a.question_id]),
            " ".join(getattr(a, name) for name in Answer.CONTENT_FIELDS),
        )
        for a in Answer.objects.for_user(user).select_related("question")
    ]
    return strengths + answers

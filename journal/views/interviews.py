import uuid

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from questionbank.models import Question

from .. import actions
from ..filters import InterviewFilter
from ..forms import (
    SECTION_FORMS,
    AskedQuestionForm,
    AskQuestionForm,
    CompanyRenameForm,
    InterviewCreateForm,
    ObservationForm,
    OutcomeForm,
    QuickDebriefForm,
)
from ..models import AskedQuestion, DebriefDraft, Interview, Weakness, company_url
from . import is_fragment

PAGE_SIZE = 20


@require_GET
def interview_list(request: HttpRequest) -> HttpResponse:
    interviews = Interview.objects.for_user(request.user).with_question_count().newest_first()
    filterset = InterviewFilter(request.GET, queryset=interviews)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "filter": filterset,
        "page": page,
        "outcomes": Interview.Outcome.choices,
    }
    template = "journal/interview_list.html"
    return render(request, f"{template}#results" if is_fragment(request) else template, context)


@require_http_methods(["GET", "POST"])
def interview_create(request: HttpRequest) -> HttpResponse:
    form = InterviewCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        interview = actions.interview_create(user=request.user, form=form)
        messages.success(request, f"Interview with {interview.company} added.")
        return redirect(interview)
    return render(request, "journal/interview_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def quick_debrief(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = QuickDebriefForm(request.POST)
        token = _draft_token(request.POST.get("draft_token")) or uuid.uuid4()
        if form.is_valid():
            try:
                interview, created = actions.debrief_submit(
                    user=request.user, form=form, draft_token=token
                )
            except DebriefDraft.DoesNotExist:
                raise Http404("No such draft.") from None
            if not created:
                messages.info(request, "This debrief was already saved; here it is.")
                return redirect(interview)
            count = interview.asked.count()
            messages.success(
                request,
                f"Debrief saved: {interview.company}, {count} question{'s' * (count != 1)}. "
                "Add anything else while it is fresh.",
            )
            return redirect(interview)
        draft = DebriefDraft.objects.for_user(request.user).filter(token=token).open().first()
    else:
        draft = DebriefDraft.objects.for_user(request.user).open().first()
        token = draft.token if draft else uuid.uuid4()
        form = QuickDebriefForm(initial=draft.data if draft else None)
    context = {"form": form, "draft_token": token, "draft": draft}
    return render(request, "journal/quick_debrief.html", context)


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
    draft = DebriefDraft.objects.autosave(request.user, token, data, version)
    context = {"draft": draft, "submitted": draft is None}
    if draft is None:
        submitted = DebriefDraft.objects.for_user(request.user).filter(token=token).first()
        context["interview"] = submitted and submitted.interview
    elif draft.stale:
        context["sent_version"] = version
        context["theirs"] = _draft_differences(draft.data, data)
    if is_fragment(request):
        return render(request, "journal/quick_debrief.html#autosave-status", context)
    return redirect("journal:quick-debrief")


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


@require_POST
def debrief_discard(request: HttpRequest) -> HttpResponse:
    DebriefDraft.objects.for_user(request.user).open().delete()
    messages.info(request, "Draft discarded.")
    return redirect("journal:quick-debrief")


def detail_context(interview: Interview, **extra) -> dict:
    asked = list(
        interview.asked.select_related("question")
        .annotate(times_asked=Count("question__asked"))
        .order_by("position", "id")  # GROUP BY drops Meta.ordering
    )
    # Questions asked only here may be ones already in the bank in other words: flag them.
    also_asked = Question.objects.also_asked_as(
        interview.user, [item.question_id for item in asked if item.times_asked == 1]
    )
    for item in asked:
        item.also_asked = also_asked.get(item.question_id, [])
    same_company = interview.earlier_at_company().only(
        "id", "company", "date", "round", "round_number", "outfit", "dress_code", "outfit_fit"
    )
    return {
        "interview": interview,
        "asked": asked,
        "observations": interview.observations.select_related("weakness", "question"),
        "weakness_names": Weakness.objects.for_user(interview.user).values_list("name", flat=True),
        "observation_form": ObservationForm(interview=interview),
        "feedback_weaknesses": interview.feedback_weaknesses.all(),
        "is_upcoming": interview.is_upcoming(),
        "is_today": interview.date == timezone.localdate(),
        "history": interview.outcome_changes.all(),
        "same_company": same_company,
        "ask_form": AskQuestionForm(),
        "outcome_form": OutcomeForm(initial={"outcome": interview.outcome}),
        **extra,
    }


@require_GET
def interview_detail(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    return render(request, "journal/interview_detail.html", detail_context(interview))


@require_http_methods(["GET", "POST"])
def interview_section(request: HttpRequest, pk: int, section: str) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form_class = SECTION_FORMS.get(section)
    if form_class is None:
        raise Http404("No such section.")
    editing = section
    form = form_class(request.POST or None, instance=interview)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # an update only: a deleted interview stays deleted
                form.save(commit=False).save(force_update=True)
                form.save_m2m()
        except Interview.NotUpdated:
            raise Http404("This interview was deleted.") from None
        if not is_fragment(request):
            messages.success(request, "Saved.")
            return redirect(f"{interview.get_absolute_url()}#{section}")
        editing = None
    elif request.GET.get("mode") == "view":
        editing = None
    context = detail_context(interview, editing=editing, form=form)
    template = "journal/interview_detail.html"
    return render(request, f"{template}#{section}" if is_fragment(request) else template, context)


@require_POST
def interview_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        try:
            with transaction.atomic():
                interview.record_outcome(form.cleaned_data["outcome"])
        except Interview.NotUpdated:
            raise Http404("This interview was deleted.") from None
    elif not is_fragment(request):
        messages.error(request, "Choose one of the listed outcomes.")
    if is_fragment(request):
        template = (
            "journal/interview_list.html#outcome-cell"
            if request.POST.get("from") == "list"
            else "journal/interview_detail.html#outcome"
        )
        return render(request, template, _outcome_context(interview, form))
    if request.POST.get("from") == "list":
        return redirect("journal:interview-list")
    return redirect(interview)


def _outcome_context(interview: Interview, form: OutcomeForm) -> dict:
    return {
        "interview": interview,
        "row": interview,
        "outcomes": Interview.Outcome.choices,
        "outcome_form": form
        if form.errors
        else OutcomeForm(initial={"outcome": interview.outcome}),
        "history": interview.outcome_changes.all(),
    }


@require_http_methods(["GET", "POST"])
def interview_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.for_user(request.user).with_question_count(), pk=pk
    )
    if request.method == "POST":
        name = str(interview)
        interview.delete()
        messages.success(request, f"Deleted the interview {name}.")
        return redirect("journal:interview-list")
    return render(request, "journal/interview_delete.html", {"interview": interview})


@require_POST
def question_add(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form = AskQuestionForm(request.POST, interview=interview)
    if form.is_valid():
        try:
            actions.questions_record(interview=interview, texts=[form.cleaned_data["text"]])
        except Interview.DoesNotExist:
            raise Http404("This interview was deleted.") from None
        if not is_fragment(request):
            return redirect(f"{interview.get_absolute_url()}#questions")
        form = AskQuestionForm()
    return _render_questions(request, interview, ask_form=form)


def _render_questions(request: HttpRequest, interview: Interview, **extra) -> HttpResponse:
    template = "journal/interview_detail.html"
    context = detail_context(interview, **extra)
    return render(request, f"{template}#questions" if is_fragment(request) else template, context)


def _get_asked(request: HttpRequest, pk: int, asked_pk: int) -> AskedQuestion:
    return get_object_or_404(
        AskedQuestion.objects.for_user(request.user).select_related("interview", "question"),
        pk=asked_pk,
        interview_id=pk,
    )


@require_POST
def question_remove(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    asked = _get_asked(request, pk, asked_pk)
    asked.delete()
    if not is_fragment(request):
        return redirect(f"{asked.interview.get_absolute_url()}#questions")
    return _render_questions(request, asked.interview)


@require_POST
def question_move(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    asked = _get_asked(request, pk, asked_pk)
    try:
        asked.move(-1 if request.POST.get("direction") == "up" else 1)
    except AskedQuestion.DoesNotExist:
        raise Http404("This question was removed from the interview.") from None
    if not is_fragment(request):
        return redirect(f"{asked.interview.get_absolute_url()}#questions")
    return _render_questions(request, asked.interview)


@require_http_methods(["GET", "POST"])
def question_notes(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    asked = _get_asked(request, pk, asked_pk)
    form = AskedQuestionForm(request.POST or None, instance=asked)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # an update only: a removed row must not come back
                form.instance.save(force_update=True)
        except AskedQuestion.NotUpdated:
            raise Http404("This question was removed from the interview.") from None
        if not is_fragment(request):
            return redirect(f"{asked.interview.get_absolute_url()}#questions")
        return _render_questions(request, asked.interview)
    return _render_questions(request, asked.interview, editing_asked=asked.pk, asked_form=form)


@require_GET
def company_detail(request: HttpRequest) -> HttpResponse:
    interviews = list(
        Interview.objects.for_user(request.user)
        .at_company(request.GET.get("name", ""))
        .prefetch_related(
            Prefetch("asked", queryset=AskedQuestion.objects.select_related("question"))
        )
    )
    if not interviews:
        raise Http404("No interviews with that company.")
    company = interviews[0].company
    form = CompanyRenameForm(initial={"name": company, "new_name": company})
    context = {"company": company, "interviews": interviews, "rename_form": form}
    return render(request, "journal/company_detail.html", context)


@require_POST
def company_rename(request: HttpRequest) -> HttpResponse:
    interviews = Interview.objects.for_user(request.user)
    form = CompanyRenameForm(request.POST)
    if not form.is_valid():
        if not interviews.at_company(request.POST.get("name", "")).exists():
            raise Http404("No interviews with that company.")
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(company_url(request.POST.get("name", "")))
    old, new = form.cleaned_data["name"], form.cleaned_data["new_name"]
    count = actions.company_rename(user=request.user, old=old, new=new)
    if not count:
        raise Http404("No interviews with that company.")
    messages.success(request, f"Renamed to {new} on {count} interview{'s' * (count != 1)}.")
    return redirect(company_url(new))


@require_GET
def company_suggest(request: HttpRequest) -> HttpResponse:
    """The companies matching what is typed, as <datalist> options, and the next round's hint."""
    typed = request.GET.get("company", "")
    interviews = Interview.objects.for_user(request.user)
    context = {
        "suggestions": interviews.suggest_companies(typed),
        "known_company": interviews.company_spelling(typed) if typed.strip() else "",
        "next_round": interviews.next_round_number(typed) if typed.strip() else None,
    }
    return render(request, "journal/quick_debrief.html#company-suggestions", context)


@require_GET
def company_list(request: HttpRequest) -> HttpResponse:
    companies = Interview.objects.for_user(request.user).companies()
    page = Paginator(companies, 50).get_page(request.GET.get("page"))
    return render(request, "journal/company_list.html", {"page": page})

"""Interviews: the journal list, one interview's page and every fragment of it (sections, outcome,
the questions asked, the weaknesses tagged), its pre-interview brief, creating and deleting."""

from crispy_forms.utils import render_crispy_form
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from accounts import versions
from core.htmx import redirect_unless_fragment, render_page
from questionbank.categories import RULE as CATEGORY_RULE
from questionbank.models import Question
from trash.models import TrashItem
from trash.undo import remove_with_undo

from .. import actions
from ..filters import InterviewFilter
from ..forms import (
    SECTION_FORMS,
    AskedQuestionForm,
    AskQuestionForm,
    InterviewCreateForm,
    ObservationEditForm,
    ObservationForm,
    OutcomeForm,
    QuestionCategoryForm,
)
from ..models import AskedQuestion, Interview, Weakness, WeaknessObservation

PAGE_SIZE = 20


@require_GET
def interview_list(request: HttpRequest) -> HttpResponse:
    interviews = Interview.objects.for_user(request.user).with_question_count().newest_first()
    filterset = InterviewFilter(request.GET, queryset=interviews)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    for row in page.object_list:
        row.outcome_form = OutcomeForm.for_row(row)
    context = {"filter": filterset, "page": page}
    return render_page(request, "journal/interview_list.html", context, partial="results")


@require_http_methods(["GET", "POST"])
def interview_create(request: HttpRequest) -> HttpResponse:
    form = InterviewCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        interview = actions.interview_create(user=request.user, form=form)
        messages.success(request, f"Interview with {interview.company} added.")
        return redirect(interview)
    return render(request, "journal/interview_form.html", {"form": form})


def detail_context(interview: Interview, *, user, **extra) -> dict:
    """The interview page's context; `user` is the request's (the interview's owner, with the
    profile loaded), and `extra` overrides, e.g. a bound form with its errors."""
    asked = list(
        interview.asked.select_related("question")
        .defer("question__meaning_vector", "question__search_vector")
        .order_by("position", "id")
    )
    # Questions asked only here may be ones already in the bank in other words: flag each
    # with the likeliest one.
    asked_only_here = [item.question_id for item in asked if item.question.times_asked == 1]
    also_asked = Question.objects.also_asked_as(user, asked_only_here, most=1)
    for item in asked:
        item.also_asked = also_asked.get(item.question_id, [])
    same_company = interview.earlier_at_company().only(
        "id", "company", "date", "round", "round_number", "outfit", "dress_code", "outfit_fit"
    )
    context = {
        "interview": interview,
        "asked": asked,
        "observations": interview.observations.select_related("weakness", "question"),
        "weakness_names": Weakness.objects.for_user(user).values_list("name", flat=True),
        "observation_form": ObservationForm(interview=interview),
        "feedback_weaknesses": interview.feedback_weaknesses.all(),
        "is_upcoming": interview.is_upcoming(),
        "is_today": interview.date == timezone.localdate(),
        "history": interview.outcome_changes.all(),
        "same_company": same_company,
        "categories": Question.Category.choices,
        "category_rule": CATEGORY_RULE,
        "ask_form": AskQuestionForm(),
        "outcome_form": OutcomeForm(initial={"outcome": interview.outcome}),
        **extra,
    }
    # The empty "tag a weakness" form (its question select lists this interview's questions)
    # is the same HTML until the data changes, and crispy took a fifth of the page drawing it.
    if not context["observation_form"].is_bound:
        context["observation_form_html"] = versions.cached(
            user,
            "observation-form",
            lambda: render_crispy_form(ObservationForm(interview=interview)),
            vary=(interview.pk,),
        )
    return context


@require_GET
def interview_detail(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    context = detail_context(interview, user=request.user)
    return render(request, "journal/interview_detail.html", context)


@require_http_methods(["GET", "POST"])
def interview_section(request: HttpRequest, pk: int, section: str) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form_class = SECTION_FORMS.get(section)
    if form_class is None:
        raise Http404("No such section.")
    editing = section
    was_upcoming = interview.is_upcoming()  # before the form's cleaning sets the new date
    form = form_class(request.POST or None, instance=interview)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # an update only: a deleted interview stays deleted
                form.save(commit=False).save(force_update=True)
                form.save_m2m()
                if "date" in form.changed_data:
                    actions.interview_redate(interview=interview)
        except Interview.NotUpdated:
            raise Http404("This interview was deleted.") from None
        response = redirect_unless_fragment(request, interview, anchor=section)
        if response:
            messages.success(request, "Saved.")
            return response
        if interview.is_upcoming() != was_upcoming:
            # The new date crossed today: which sections the page offers changes (preparation
            # and the brief before, self-assessment and thank-you after), so all of it reloads.
            messages.success(request, "Saved. The page now shows what fits the new date.")
            return HttpResponseClientRefresh()
        editing = None
    elif request.GET.get("mode") == "view":
        editing = None
    response = _render_section(request, interview, section, editing=editing, form=form)
    if section == "basics" and request.method == "POST" and editing is None:
        # Everything else on the page that shows the basics (title, breadcrumb, the round,
        # "upcoming") is swapped too, out of band, so nothing stale stays on screen.
        context = detail_context(interview, user=request.user, oob=True)
        header = render_to_string(
            "journal/interview_detail.html#interview-header", context, request=request
        )
        response.content += header.encode()
    return response


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
    from_list = request.POST.get("from") == "list"
    back = "journal:interview-list" if from_list else interview
    response = redirect_unless_fragment(request, back)
    if response is None:
        template = (
            "journal/interview_list.html#outcome-cell"
            if from_list
            else "journal/interview_detail.html#outcome"
        )
        return render(request, template, _outcome_context(interview, form))
    if form.errors:
        messages.error(request, "Choose one of the listed outcomes.")
    else:
        messages.success(request, f"Outcome: {interview.get_outcome_display()}.")
    return response


def _outcome_context(interview: Interview, form: OutcomeForm) -> dict:
    interview.outcome_form = OutcomeForm.for_row(interview)
    return {
        "interview": interview,
        "row": interview,
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
        remove_with_undo(
            request,
            interview,
            kind=TrashItem.Kind.INTERVIEW,
            label=str(interview),
            back_url=interview.get_absolute_url(),
        )
        return redirect("journal:interview-list")
    return render(request, "journal/interview_delete.html", {"interview": interview})


# A brief is read in the minutes before an interview: the latest rounds and the questions asked
# most often, with their answers; the rest is a link away (the company page, the prep pack), so
# the page stays the same size however long the history with the company.
BRIEF_ROUNDS = 10
BRIEF_QUESTIONS = 15


@require_GET
def interview_brief(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    earlier = interview.earlier_at_company()
    asked_before = Question.objects.for_user(request.user).filter(asked__interview__in=earlier)
    # Counted over the askings at this company's earlier rounds (the filter's join).
    questions = (
        asked_before.distinct()
        .annotate(asked_here=Count("asked", distinct=True))
        .select_related("answer")
        .order_by("-asked_here", "text")
    )
    weaknesses = versions.cached(request.user, "open-weaknesses", lambda: _open(request.user))
    rounds = list(earlier.reverse()[:BRIEF_ROUNDS])[::-1]
    shown = list(questions[:BRIEF_QUESTIONS])
    context = {
        "interview": interview,
        "earlier": rounds,
        "earlier_count": earlier.count() if len(rounds) == BRIEF_ROUNDS else len(rounds),
        "questions": shown,
        "question_count": (
            asked_before.values("pk").distinct().count()
            if len(shown) == BRIEF_QUESTIONS
            else len(shown)
        ),
        "weaknesses": weaknesses,
        "practice_due": Question.objects.for_user(request.user)
        .due(timezone.now())
        .filter(Q(pk__in=asked_before.values("pk")) | Q(category=Question.Category.COMPANY))
        .count(),
        "practice_due_all": Question.objects.for_user(request.user).due(timezone.now()).count(),
    }
    return render(request, "journal/interview_brief.html", context)


def _open(user) -> list[Weakness]:
    """The user's open weaknesses with their trends and plans (every observation is read to
    judge a trend: cached per data version)."""
    weaknesses = Weakness.objects.for_user(user).with_trends().prefetch_related("actions")
    return [weakness for weakness in weaknesses if weakness.is_open]


@require_POST
def question_add(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form = AskQuestionForm(request.POST)
    if form.is_valid():
        try:
            actions.questions_record(interview=interview, texts=[form.cleaned_data["text"]])
        except Interview.DoesNotExist:
            raise Http404("This interview was deleted.") from None
        except actions.TooManyQuestions as full:
            form.add_error("text", full.message)
            return _render_section(request, interview, "questions", ask_form=form)
        response = redirect_unless_fragment(request, interview, anchor="questions")
        if response:
            messages.success(request, "Question added.")
            return response
        form = AskQuestionForm()
    return _render_section(request, interview, "questions", ask_form=form)


def _render_section(request: HttpRequest, interview: Interview, section: str, **extra):
    """The interview page, or for htmx only its `section` (a partial named like its id)."""
    context = detail_context(interview, user=request.user, **extra)
    return render_page(request, "journal/interview_detail.html", context, partial=section)


def _saved(
    request: HttpRequest, interview: Interview, section: str, message: str | None = "Saved."
) -> HttpResponse:
    """After a change to one section: the redirect back to it with `message`, or for htmx the
    section (where saving.js shows "Saved at …", so no message repeats it)."""
    if response := redirect_unless_fragment(request, interview, anchor=section):
        if message:
            messages.success(request, message)
        return response
    return _render_section(request, interview, section)


def _get_asked(request: HttpRequest, pk: int, asked_pk: int) -> AskedQuestion:
    return get_object_or_404(
        AskedQuestion.objects.for_user(request.user).select_related("interview", "question"),
        pk=asked_pk,
        interview_id=pk,
    )


@require_POST
def question_remove(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    asked = _get_asked(request, pk, asked_pk)
    back = f"{asked.interview.get_absolute_url()}#asked-{asked.pk}"
    remove_with_undo(
        request, asked, kind=TrashItem.Kind.ASKED, label=asked.question.text, back_url=back
    )
    return _saved(request, asked.interview, "questions", message=None)


@require_POST
def question_category(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    """The user's correction of a question's category: one step, and kept from then on."""
    asked = _get_asked(request, pk, asked_pk)
    form = QuestionCategoryForm(request.POST)
    if form.is_valid():
        asked.question.choose_category(form.cleaned_data["category"])
    elif not request.htmx:
        messages.error(request, "Choose one of the listed categories.")
    return _saved(request, asked.interview, "questions")


@require_POST
def question_move(request: HttpRequest, pk: int, asked_pk: int) -> HttpResponse:
    asked = _get_asked(request, pk, asked_pk)
    try:
        asked.move(-1 if request.POST.get("direction") == "up" else 1)
    except AskedQuestion.DoesNotExist:
        raise Http404("This question was removed from the interview.") from None
    return _saved(request, asked.interview, "questions")


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
        return _saved(request, asked.interview, "questions")
    return _render_section(
        request, asked.interview, "questions", editing_asked=asked.pk, asked_form=form
    )


@require_POST
def observation_add(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    form = ObservationForm(request.POST, interview=interview)
    if not form.is_valid():
        return _render_section(request, interview, "weaknesses", observation_form=form)
    actions.weakness_observe(interview=interview, **form.cleaned_data)
    return _saved(request, interview, "weaknesses", message="Weakness tagged.")


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
        try:
            with transaction.atomic():  # an update only: a tag removed meanwhile stays removed
                form.save(commit=False).save(force_update=True)
        except WeaknessObservation.NotUpdated:
            raise Http404("This weakness tag was removed.") from None
        return _saved(request, observation.interview, "weaknesses")
    return _render_section(
        request,
        observation.interview,
        "weaknesses",
        editing_observation=observation.pk,
        edit_form=form,
    )


@require_POST
def observation_remove(request: HttpRequest, pk: int, observation_pk: int) -> HttpResponse:
    observation = _get_observation(request, pk, observation_pk)
    remove_with_undo(
        request,
        observation,
        kind=TrashItem.Kind.OBSERVATION,
        label=f"{observation.weakness.name} ({observation.interview.company})",
        back_url=f"{observation.interview.get_absolute_url()}#weaknesses",
    )
    return _saved(request, observation.interview, "weaknesses", message=None)

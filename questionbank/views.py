import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.confirm import confirmation_page
from core.forms import MAX_ID_DIGITS
from core.htmx import is_fragment, redirect_unless_fragment, render_page
from core.paging import key_first_page
from trash.models import TrashItem
from trash.undo import remove_with_undo

from . import actions, practice, similarity
from .filters import QuestionFilter
from .forms import AnswerForm, MergeForm, QuestionForm, ReviewForm, StarterForm
from .models import Answer, AnswerRevision, LookAlike, Question, Review, Tag
from .starter import STARTER_QUESTIONS
from .text import wording_hash

PAGE_SIZE = 30
MERGE_MOVES = "Its interviews, answer and practice move over and it is deleted."
MERGE_QUESTION = f"Merge the chosen question into this one? {MERGE_MOVES}"


def _user_questions(request: HttpRequest):
    return Question.objects.for_user(request.user)


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    tags = list(Tag.objects.for_user(request.user).values_list("name", flat=True))
    filterset = QuestionFilter(request.GET, queryset=_user_questions(request), tags=tags)
    results = filterset.qs
    sort = filterset.form.cleaned_data.get("sort") if filterset.is_valid() else ""
    if sort or not request.GET.get("q", "").strip():
        results = results.sorted_by(sort or "most-asked", timezone.now())
    rows = (
        _user_questions(request).without_meaning().select_related("answer").prefetch_related("tags")
    )
    page = key_first_page(
        results, rows, request.GET.get("page"), PAGE_SIZE, counted=filterset.qs.order_by()
    )
    # The filter form's HTML depends only on what was asked (and its errors) and on the tag
    # names offered: the page caches it under those (rendering it was a third of the page).
    context = {"filter": filterset, "page": page, "tags": tags}
    return render_page(request, "questionbank/question_list.html", context, partial="results")


@require_http_methods(["GET", "POST"])
def question_create(request: HttpRequest) -> HttpResponse:
    form = QuestionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        question = form.save()
        actions.look_alikes_refresh(user=request.user)
        messages.success(request, "Question added to your bank.")
        return redirect(question)
    return render(request, "questionbank/question_form.html", {"form": form})


# A question asked at hundreds of interviews lists them a page at a time, newest first.
OCCURRENCES_PER_PAGE = 20


@require_GET
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(
        _user_questions(request)
        .without_meaning()
        .select_related("answer")
        .prefetch_related("tags"),
        pk=pk,
    )
    look_alikes = Question.objects.also_asked_as(request.user, [pk])[pk]
    context = {
        "question": question,
        "answer": question.prepared_answer,
        "look_alikes": look_alikes,
        "occurrences": Paginator(
            question.asked.select_related("interview").order_by("-interview__date", "-pk"),
            OCCURRENCES_PER_PAGE,
        ).get_page(request.GET.get("page")),
        "reviews": question.reviews.all()[:20],
        "merge_question": MERGE_QUESTION,
        **_merge_candidates(request, question, look_alikes),
    }
    return render(request, "questionbank/question_detail.html", context)


@require_GET
def merge_candidates(request: HttpRequest, pk: int) -> HttpResponse:
    """The merge picker's matches for what was typed (htmx), or the page showing them."""
    question = get_object_or_404(_user_questions(request), pk=pk)
    url = f"{question.get_absolute_url()}?{urlencode({'merge_q': request.GET.get('merge_q', '')})}"
    if response := redirect_unless_fragment(request, url, anchor="merge"):
        return response
    context = {"question": question, **_merge_candidates(request, question)}
    return render(request, "questionbank/question_detail.html#merge-candidates", context)


def _merge_candidates(request: HttpRequest, question: Question, look_alikes=None) -> dict:
    """Up to 20 of the user's other questions like what was typed; before anything is typed,
    the stored look-alikes of this one (read, not searched: a trigram search of the whole bank
    for the question's own wording cost more than the rest of the page)."""
    typed = request.GET.get("merge_q", "").strip()
    if typed:
        others = _user_questions(request).without_meaning().exclude(pk=question.pk)
        return {"merge_q": typed, "candidates": others.similar_to(typed)}
    if look_alikes is None:
        look_alikes = Question.objects.also_asked_as(request.user, [question.pk])[question.pk]
    return {"merge_q": "", "candidates": [found.other for found in look_alikes]}


@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request), pk=pk)
    form = QuestionForm(request.POST or None, instance=question, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        actions.look_alikes_refresh(user=request.user)
        messages.success(request, "Question saved.")
        return redirect(question)
    return render(request, "questionbank/question_form.html", {"form": form, "question": question})


@require_http_methods(["GET", "POST"])
def question_delete(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request), pk=pk)
    if request.method == "POST":
        keeping_it = LookAlike.objects.pointing_at([question.pk])
        remove_with_undo(
            request,
            question,
            kind=TrashItem.Kind.QUESTION,
            label=question.text,
            back_url=question.get_absolute_url(),
        )
        actions.look_alikes_refresh(user=request.user, questions=keeping_it)
        return redirect("questionbank:question-list")
    return render(request, "questionbank/question_delete.html", {"question": question})


@require_POST
def question_merge(request: HttpRequest, pk: int) -> HttpResponse:
    survivor = get_object_or_404(_user_questions(request), pk=pk)
    form = MergeForm(request.POST, question=survivor)
    if form.is_valid():
        if page := confirmation_page(
            request, question=MERGE_QUESTION, button="Merge", back=survivor.get_absolute_url()
        ):
            return page
        actions.questions_merge(survivor=survivor, duplicate=form.cleaned_data["duplicate"])
        messages.success(request, "Merged: every interview, answer and practice now points here.")
    else:
        messages.error(request, "Choose one of your other questions to merge.")
    return redirect(survivor)


PAIRS_PER_PAGE = 20


@require_GET
def duplicate_list(request: HttpRequest) -> HttpResponse:
    return render_page(
        request, "questionbank/duplicates.html", _duplicates_context(request), partial="duplicates"
    )


def _duplicates_context(request: HttpRequest) -> dict:
    pairs = Question.objects.possible_duplicates(request.user)
    number = request.POST.get("page") if request.method == "POST" else request.GET.get("page")
    page = Paginator(pairs, PAIRS_PER_PAGE).get_page(number)
    return {
        "page": page,
        "cards": _with_questions(request, page.object_list),
        "rule": similarity.RULE.format(threshold=settings.SAME_QUESTION_THRESHOLD),
    }


def _with_questions(request: HttpRequest, pairs) -> list[dict]:
    """Each pair with both its questions, where and when they were asked: one query each for
    the questions and their interviews, however many pairs."""
    ids = {pk for pair in pairs for pk in (pair.first, pair.second)}
    questions = _user_questions(request).without_meaning()
    by_id = questions.prefetch_related("asked__interview").in_bulk(ids)
    return [
        {"pair": pair, "first": by_id[pair.first], "second": by_id[pair.second]}
        for pair in pairs
        if pair.first in by_id and pair.second in by_id
    ]


def _pair_questions(request: HttpRequest, keep_field: str, other_field: str):
    ids = [request.POST.get(keep_field, ""), request.POST.get(other_field, "")]
    # isdecimal, not isdigit: int("²") fails; compare numbers: "07" and "7" are one question.
    if not all(i.isdecimal() and len(i) <= MAX_ID_DIGITS for i in ids):
        raise Http404("Choose two of your questions.")
    keep, other = int(ids[0]), int(ids[1])
    if keep == other:
        raise Http404("Choose two of your questions.")
    return [get_object_or_404(_user_questions(request), pk=pk) for pk in (keep, other)]


def _after_pair_action(request: HttpRequest, message: str) -> HttpResponse:
    """The refreshed list for htmx; otherwise back where the user came from (same site only)."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("questionbank:duplicates")
    if response := redirect_unless_fragment(request, target):
        messages.success(request, message)
        return response
    template = "questionbank/duplicates.html#duplicates"
    return render(request, template, _duplicates_context(request))


@require_POST
def duplicate_merge(request: HttpRequest) -> HttpResponse:
    """Merge a suggested pair in one step, keeping the wording the user chose."""
    keep, drop = _pair_questions(request, "keep", "drop")
    if page := confirmation_page(
        request,
        question=f"Merge “{drop.text}” into “{keep.text}”, keeping that wording? {MERGE_MOVES}",
        button="Merge",
        back=keep.get_absolute_url(),
    ):
        return page
    actions.questions_merge(survivor=keep, duplicate=drop)
    return _after_pair_action(
        request, f"Merged into “{keep.text}”: its interviews, answer and practice moved there."
    )


@require_POST
def duplicate_dismiss(request: HttpRequest) -> HttpResponse:
    """ "Not the same": remembered, so the pair is never suggested again."""
    first, second = _pair_questions(request, "first", "second")
    actions.questions_not_same(user=request.user, first=first, second=second)
    return _after_pair_action(
        request, "Noted: those two will not be suggested as the same question again."
    )


@require_http_methods(["GET", "POST"])
def answer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request).select_related("answer"), pk=pk)
    answer = question.prepared_answer or Answer(question=question)
    version = answer.version
    form = AnswerForm(request.POST or None, instance=answer)
    context = {"form": form, "question": question, "answer": answer, "version": version}
    if "preview" in request.POST:  # "Preview" without JavaScript: nothing is saved
        context |= {"preview": _draft(request, question), "version": _version(request)}
    elif request.method == "POST" and form.is_valid():
        try:
            actions.answer_save(
                answer=form.instance,
                base_version=_version(request),
                editor=_editor(request),
                pin=True,
            )
        except actions.StaleAnswer as stale:
            context |= {"stale": stale.current, "version": stale.current.version}
        else:
            messages.success(request, "Answer saved.")
            return redirect(question)
    context["editor"] = _editor(request) or uuid.uuid4().hex
    return render(request, "questionbank/answer_form.html", context)


@require_POST
def answer_autosave(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request).select_related("answer"), pk=pk)
    answer = question.prepared_answer or Answer(question=question)
    version = answer.version
    form = AnswerForm(request.POST, instance=answer)
    saved = form.is_valid()
    stale = None
    if saved:
        try:
            answer = actions.answer_save(
                answer=form.instance, base_version=_version(request), editor=_editor(request)
            )
            version = answer.version
        except actions.StaleAnswer as error:
            saved, stale = False, error.current
            version = _version(request)  # this tab keeps its base until the user chooses
    context = {
        "answer": answer,
        "question": question,
        "saved": saved,
        "form": form,
        "stale": stale,
        "version": version,
    }
    return redirect_unless_fragment(request, "questionbank:answer-edit", pk=question.pk) or render(
        request, "questionbank/answer_form.html#answer-status", context
    )


def _version(request: HttpRequest) -> int | None:
    """The answer version the editing page started from (None: an old page, not checked)."""
    try:
        return max(int(request.POST.get("version", "")), 0)
    except ValueError:
        return None


def _editor(request: HttpRequest) -> str:
    """The open editor page's id: its autosaves amend only their own revision."""
    editor = request.POST.get("editor", "")
    return editor if len(editor) == 32 and editor.isalnum() else ""


@require_POST
def answer_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The answer as it will read, rendered and sanitised like everywhere else; not saved."""
    question = get_object_or_404(_user_questions(request), pk=pk)
    if not is_fragment(request):
        return redirect("questionbank:answer-edit", pk=question.pk)
    context = {"question": question, "preview": _draft(request, question)}
    return render(request, "questionbank/answer_form.html#answer-preview", context)


def _draft(request: HttpRequest, question: Question) -> Answer:
    """The answer as typed, never saved: for its preview."""
    typed = {name: request.POST.get(name, "") for name in Answer.CONTENT_FIELDS}
    return Answer(question=question, **typed)


@require_GET
def answer_revisions(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request), pk=pk)
    answer = get_object_or_404(Answer, question=question)
    revisions = answer.revisions.all()[:100]
    context = {"question": question, "answer": answer, "revisions": revisions}
    return render(request, "questionbank/answer_revisions.html", context)


def _user_revision(request: HttpRequest, pk: int, revision_pk: int) -> AnswerRevision:
    """A revision of the answer to the user's question `pk`, or 404."""
    return get_object_or_404(
        AnswerRevision.objects.for_user(request.user).select_related("answer__question"),
        pk=revision_pk,
        answer__question__pk=pk,
    )


@require_GET
def revision_diff(request: HttpRequest, pk: int, revision_pk: int) -> HttpResponse:
    """What changed from a revision to the current text, part by part, word by word."""
    revision = _user_revision(request, pk, revision_pk)
    context = {
        "question": revision.answer.question,
        "answer": revision.answer,
        "revision": revision,
        "parts": revision.changes_to(revision.answer),
    }
    return render(request, "questionbank/answer_revision_diff.html", context)


@require_POST
def revision_restore(request: HttpRequest, pk: int, revision_pk: int) -> HttpResponse:
    revision = _user_revision(request, pk, revision_pk)
    revision.answer.restore(revision)
    messages.success(
        request, f"Restored the version of {timezone.localtime(revision.created_at):%d %b, %H:%M}."
    )
    return redirect("questionbank:answer-edit", pk=pk)


@require_http_methods(["GET", "POST"])
def starter_library(request: HttpRequest) -> HttpResponse:
    form = StarterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        added, existing = actions.starter_questions_add(
            user=request.user, indexes=form.cleaned_data["chosen"]
        )
        messages.success(
            request,
            f"Added {added} question{'s' * (added != 1)} to your bank"
            + (f"; {existing} were already there." if existing else "."),
        )
        return redirect("questionbank:question-list")
    in_bank = set(_user_questions(request).values_list("normalized_hash", flat=True))
    same_as = Question.objects.starter_same_as(request.user)
    context = {"form": form, "groups": _starter_groups(in_bank, same_as)}
    return render(request, "questionbank/starter.html", context)


def _starter_groups(in_bank: set[str], same_as: list) -> list[tuple[str, list[dict]]]:
    """The starter questions by category; one the user has, in these words or others, is not
    offered again."""
    groups: dict[str, list[dict]] = {}
    for index, (category, text, hint) in enumerate(STARTER_QUESTIONS):
        groups.setdefault(Question.Category(category).label, []).append(
            {
                "index": index,
                "text": text,
                "hint": hint,
                "in_bank": wording_hash(text) in in_bank,
                "same_as": same_as[index],
            }
        )
    return list(groups.items())


@require_GET
def practice_session(request: HttpRequest) -> HttpResponse:
    return render(request, "questionbank/practice.html", _practice_context(request, request.GET))


def _practice_context(request: HttpRequest, params) -> dict:
    now = timezone.now()
    category = params.get("category", "")
    company = params.get("company", "").strip()
    questions = practice.practice_queryset(request.user, category=category, company=company)
    counts = practice.today_counts(request.user, now)
    return {
        "question": practice.next_question(
            questions, now=now, done_today=counts["done"], new_today=counts["new"]
        ),
        "counts": counts,
        "due_count": questions.due(now).count(),
        "category": category,
        "company": company,
        "categories": Question.Category.choices,
        "companies": Question.objects.companies_asked(request.user),
        "ratings": list(Review.Rating),
        "last_review": practice.last_review(request.user),
    }


def _next_card(request: HttpRequest) -> HttpResponse:
    """After a rating or its undo: the next card for htmx, else back to practice with the same
    category and company filters."""
    params = {k: request.POST[k] for k in ("category", "company") if request.POST.get(k)}
    url = reverse("questionbank:practice")
    back = f"{url}?{urlencode(params)}" if params else url
    if response := redirect_unless_fragment(request, back):
        return response
    context = _practice_context(request, request.POST)
    return render(request, "questionbank/practice.html#practice-card", context)


@require_POST
def practice_rate(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(_user_questions(request), pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        question.record_review(form.cleaned_data["rating"], seconds=form.cleaned_data["seconds"])
    else:
        messages.error(request, "That rating was not recognised; the question was not rescheduled.")
    return _next_card(request)


@require_POST
def practice_undo(request: HttpRequest, pk: int) -> HttpResponse:
    """Take back the last rating: the question is scheduled as it was before it."""
    review = get_object_or_404(
        Review.objects.for_user(request.user).select_related("question"), pk=pk
    )
    if review.question.undo_review(review):
        messages.success(request, f"Rating of “{review.question.text}” undone.")
    else:
        messages.error(request, "Only the latest rating of a question can be undone.")
    return _next_card(request)


PREP_PACK_PAGE_SIZE = 25


@require_GET
def prep_pack(request: HttpRequest) -> HttpResponse:
    company = request.GET.get("company", "").strip()
    category = request.GET.get("category", "")
    ids = [int(i) for i in request.GET.getlist("ids") if i.isdecimal() and len(i) <= MAX_ID_DIGITS]
    chosen = bool(company or category or ids)
    chosen_questions = _user_questions(request).prep_pack(
        company=company, category=category, ids=ids
    )
    title = (
        "Prep pack"
        + (f": {company}" if company else "")
        + (f": {Question.Category(category).label}" if category in Question.Category.values else "")
    )
    context = {
        "title": title,
        "chosen": chosen,
        "company": company,
        "category": category,
        "categories": Question.Category.choices,
        "companies": Question.objects.companies_asked(request.user),
    }
    if request.GET.get("format") == "markdown" and chosen:
        # The download is the whole pack, as text: nothing is converted to HTML.
        context["questions"] = chosen_questions.in_pack_order().select_related("answer")
        text = render_to_string("questionbank/prep_pack.md", context, request=request)
        response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
        filename = slugify(title) or "prep-pack"
        response["Content-Disposition"] = f'attachment; filename="{filename}.md"'
        return response
    # On screen and on paper, a page at a time: a pack of a whole category can hold hundreds.
    rows = _user_questions(request).without_meaning().select_related("answer")
    context["page"] = key_first_page(
        chosen_questions.in_pack_order(),
        rows,
        request.GET.get("page"),
        PREP_PACK_PAGE_SIZE,
        counted=chosen_questions,
    )
    return render(request, "questionbank/prep_pack.html", context)

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from . import csvfiles
from .checking import Problems
from .export import export_document
from .forms import UploadForm
from .importer import document_import, parse_json
from .markdown import journal_markdown
from .uploads import too_large


def _download(request: HttpRequest, response: HttpResponse, suffix: str) -> HttpResponse:
    day = timezone.localdate().isoformat()
    name = f"debrief-{request.user.get_username()}-{day}{suffix}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


JSON_UPLOAD = {"accept": ".json,application/json", "label": "Debrief export (.json)"}
CSV_UPLOAD = {"accept": ".csv,text/csv", "label": "Spreadsheet of questions (.csv)"}


def _forms(request: HttpRequest, **bound) -> dict:
    return {
        "json_form": bound.get("json_form") or UploadForm(**JSON_UPLOAD),
        "csv_form": bound.get("csv_form") or UploadForm(**CSV_UPLOAD),
    }


@require_GET
def data_page(request: HttpRequest) -> HttpResponse:
    return render(request, "userdata/data.html", _forms(request))


@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    response = JsonResponse(
        export_document(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    return _download(request, response, ".json")


@require_GET
def export_interviews_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        csvfiles.interviews_csv(request.user), content_type="text/csv; charset=utf-8"
    )
    return _download(request, response, "-interviews.csv")


@require_GET
def export_questions_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        csvfiles.questions_csv(request.user), content_type="text/csv; charset=utf-8"
    )
    return _download(request, response, "-questions.csv")


@require_GET
def export_markdown(request: HttpRequest) -> HttpResponse:
    text = journal_markdown(export_document(request.user))
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    return _download(request, response, ".md")


@require_POST
def import_json(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES, too_large=too_large(request), **JSON_UPLOAD)
    problems: list[str] = []
    if form.is_valid():
        try:
            document = parse_json(form.cleaned_data["file"].read())
            summary = document_import(user=request.user, document=document)
        except Problems as error:
            problems = error.problems
        else:
            messages.success(request, str(summary))
            return redirect("userdata:data")
    context = {**_forms(request, json_form=form), "json_problems": problems}
    return render(request, "userdata/data.html", context)


@require_POST
def import_questions_csv(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES, too_large=too_large(request), **CSV_UPLOAD)
    problems: list[str] = []
    if form.is_valid():
        try:
            rows = csvfiles.read_question_rows(form.cleaned_data["file"].read())
        except Problems as error:
            problems = error.problems
        else:
            added, merged, answers = csvfiles.questions_import(user=request.user, rows=rows)
            messages.success(
                request,
                f"Added {added} question{'s' if added != 1 else ''} to your bank"
                f" ({merged} already there, merged) and {answers} answer"
                f"{'s' if answers != 1 else ''}.",
            )
            return redirect("userdata:data")
    context = {**_forms(request, csv_form=form), "csv_problems": problems}
    return render(request, "userdata/data.html", context)

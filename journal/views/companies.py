"""Companies: every company interviewed at, one company's interviews, renaming a company, and
the suggestions offered while a company's name is typed."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from .. import actions
from ..forms import CompanyRenameForm
from ..models import AskedQuestion, Interview, company_url


@require_GET
def company_list(request: HttpRequest) -> HttpResponse:
    companies = Interview.objects.for_user(request.user).companies()
    page = Paginator(companies, 50).get_page(request.GET.get("page"))
    return render(request, "journal/company_list.html", {"page": page})


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

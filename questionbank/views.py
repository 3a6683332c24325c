from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import Question

PAGE_SIZE = 30


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    questions = (
        Question.objects.for_user(request.user)
        .annotate(times_asked=Count("asked"), last_asked=Max("asked__interview__date"))
        .order_by("-times_asked", "-last_asked", "text")
    )
    if query:
        questions = questions.filter(text__icontains=query)
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "questionbank/question_list.html", {"page": page, "query": query})


@require_GET
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.for_user(request.user), pk=pk)
    occurrences = question.asked.select_related("interview").order_by("-interview__date")
    context = {"question": question, "occurrences": occurrences}
    return render(request, "questionbank/question_detail.html", context)

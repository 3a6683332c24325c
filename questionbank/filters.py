import django_filters
from django import forms

from core.forms import MAX_SEARCH_LENGTH, SEARCH_ERRORS

from .models import Answer, Question

SEARCH = {"max_length": MAX_SEARCH_LENGTH, "error_messages": SEARCH_ERRORS}

SORTS = [
    ("most-asked", "Most asked"),
    ("recent", "Recently asked"),
    ("due", "Practice due"),
    ("alphabetical", "A to Z"),
]


class QuestionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label="Search", **SEARCH)
    category = django_filters.ChoiceFilter(choices=Question.Category.choices, empty_label="Any")
    tag = django_filters.CharFilter(field_name="tags__name", label="Tag", **SEARCH)
    status = django_filters.ChoiceFilter(
        choices=Answer.Status.choices, method="filter_status", label="Answer", empty_label="Any"
    )
    never_answered = django_filters.BooleanFilter(
        method="filter_never_answered",
        label="Never answered",
        widget=forms.CheckboxInput,
    )
    company = django_filters.CharFilter(method="filter_company", label="Asked at", **SEARCH)
    sort = django_filters.ChoiceFilter(
        choices=SORTS, method="filter_noop", label="Sort by", empty_label="Best match"
    )

    class Meta:
        model = Question
        fields = ["q", "category", "tag", "status", "never_answered", "company", "sort"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_status(self, queryset, name, value):
        return queryset.answer_status(value)

    def filter_never_answered(self, queryset, name, value):
        return queryset.answer_status("none") if value else queryset

    def filter_company(self, queryset, name, value):
        return queryset.asked_at(value)

    def filter_noop(self, queryset, name, value):
        return queryset  # sorting is applied by the view, after the search ranking

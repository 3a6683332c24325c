import django_filters
from crispy_forms.layout import Div
from django import forms

from core.forms import (
    MAX_SEARCH_LENGTH,
    SEARCH_ERRORS,
    OnePassSelect,
    column,
    form_helper,
    searchable,
)

from .models import Answer, Question

SEARCH = {"max_length": MAX_SEARCH_LENGTH, "error_messages": SEARCH_ERRORS}

SORTS = [
    ("most-asked", "Most asked"),
    ("recent", "Recently asked"),
    ("due", "Practice due"),
    ("alphabetical", "A to Z"),
]


class QuestionFilterForm(forms.Form):
    """The bank's filter form, laid out in responsive rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(
            Div(
                column("q", "col-12 col-md-5"),
                column("category", "col-6 col-md-3"),
                column("tag", "col-6 col-md-2"),
                column("status", "col-6 col-md-2"),
                column("company", "col-6 col-md-4"),
                column("sort", "col-6 col-md-3"),
                column("never_answered", "col-6 col-md-2 pt-md-4"),
                css_class="row g-2",
            )
        )


class QuestionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_search",
        label="Search",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "Words in the question, notes or answer"}
        ),
        validators=[searchable],
        **SEARCH,
    )
    # Each <select> in one pass (core.forms.OnePassSelect): a template per option was a third
    # of the bank page's rendering.
    category = django_filters.ChoiceFilter(
        choices=Question.Category.choices, empty_label="Any", widget=OnePassSelect
    )
    tag = django_filters.CharFilter(field_name="tags__name", label="Tag", **SEARCH)
    status = django_filters.ChoiceFilter(
        choices=Answer.Status.choices,
        method="filter_status",
        label="Answer",
        empty_label="Any",
        widget=OnePassSelect,
    )
    never_answered = django_filters.BooleanFilter(
        method="filter_never_answered",
        label="Never answered",
        widget=forms.CheckboxInput,
    )
    company = django_filters.CharFilter(
        method="filter_company",
        label="Asked at",
        widget=forms.TextInput(attrs={"placeholder": "Company"}),
        **SEARCH,
    )
    sort = django_filters.ChoiceFilter(
        choices=SORTS,
        method="filter_noop",
        label="Sort by",
        empty_label="Best match / most asked",
        widget=OnePassSelect,
    )

    class Meta:
        model = Question
        form = QuestionFilterForm
        fields = ["q", "category", "tag", "status", "never_answered", "company", "sort"]

    def __init__(self, *args, tags=(), **kwargs):
        super().__init__(*args, **kwargs)
        # A tag is chosen from the user's own tags.
        choices = [("", "Any"), *((name, name) for name in tags)]
        self.filters["tag"].extra["widget"] = OnePassSelect(choices=choices)

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

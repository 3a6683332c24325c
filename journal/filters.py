import django_filters
from django import forms

from core.forms import MAX_SEARCH_LENGTH, SEARCH_ERRORS

from .models import Interview

SEARCH = {"max_length": MAX_SEARCH_LENGTH, "error_messages": SEARCH_ERRORS}

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class InterviewFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label="Search", **SEARCH)
    outcome = django_filters.ChoiceFilter(choices=Interview.Outcome.choices, empty_label="Any")
    # "Round not recorded" is the blank value, which the filter reads as "any".
    round = django_filters.ChoiceFilter(
        choices=[(value, label) for value, label in Interview.Round.choices if value],
        empty_label="Any",
    )
    company = django_filters.CharFilter(lookup_expr="icontains", **SEARCH)
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label="From", widget=DATE_INPUT
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label="To", widget=DATE_INPUT
    )

    class Meta:
        model = Interview
        fields = ["q", "outcome", "company", "round", "date_from", "date_to"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

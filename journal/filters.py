import django_filters
from django import forms

from .models import Interview

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class InterviewFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label="Search")
    outcome = django_filters.ChoiceFilter(choices=Interview.Outcome.choices, empty_label="Any")
    # "Round not recorded" is the blank value, which the filter reads as "any".
    round = django_filters.ChoiceFilter(
        choices=[(value, label) for value, label in Interview.Round.choices if value],
        empty_label="Any",
    )
    company = django_filters.CharFilter(lookup_expr="icontains")
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

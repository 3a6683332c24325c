import django_filters
from crispy_forms.layout import Div
from django import forms

from core.forms import MAX_SEARCH_LENGTH, SEARCH_ERRORS, column, form_helper, searchable

from .models import Interview

SEARCH = {"max_length": MAX_SEARCH_LENGTH, "error_messages": SEARCH_ERRORS}

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class InterviewFilterForm(forms.Form):
    """The journal's filter form, laid out in one responsive row."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(
            Div(
                column("q", "col-12 col-md-4"),
                column("outcome", "col-6 col-md-2"),
                column("round", "col-6 col-md-2"),
                column("company", "col-12 col-md-4"),
                column("date_from", "col-6 col-md-3"),
                column("date_to", "col-6 col-md-3"),
                css_class="row g-2",
            )
        )


class InterviewFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_search",
        label="Search",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "Company, role, notes or a question"}
        ),
        validators=[searchable],
        **SEARCH,
    )
    outcome = django_filters.ChoiceFilter(choices=Interview.Outcome.choices, empty_label="Any")
    # "Round not recorded" is the blank value, which the filter reads as "any".
    round = django_filters.ChoiceFilter(
        choices=[(value, label) for value, label in Interview.Round.choices if value],
        empty_label="Any",
    )
    company = django_filters.CharFilter(lookup_expr="icontains", label="Company", **SEARCH)
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label="From", widget=DATE_INPUT
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label="To", widget=DATE_INPUT
    )

    class Meta:
        model = Interview
        form = InterviewFilterForm
        fields = ["q", "outcome", "company", "round", "date_from", "date_to"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

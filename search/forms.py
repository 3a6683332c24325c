from django import forms

from core.forms import MAX_SEARCH_LENGTH, SEARCH_ERRORS, searchable

from .kinds import KINDS


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search everything you wrote",
        required=False,
        max_length=MAX_SEARCH_LENGTH,
        error_messages=SEARCH_ERRORS,
        validators=[searchable],
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    # One kind alone, paginated ("Show all 37 interviews"); blank shows the top of every kind.
    kind = forms.ChoiceField(
        choices=[("", "Everything"), *((kind.key, kind.label) for kind in KINDS)], required=False
    )

"""The one way to build a form's crispy helper, and what every search box accepts."""

import re

from crispy_forms.bootstrap import FieldWithButtons, StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe

# Search and filter boxes: longer input is a paste gone wrong, and SQLite refuses LIKE patterns
# over 50,000 bytes (a 500), so the filter says so instead of running the query.
MAX_SEARCH_LENGTH = 200
SEARCH_ERRORS = {"max_length": f"Search for at most {MAX_SEARCH_LENGTH} characters."}

# PostgreSQL's English stop words (its `english.stop`): full-text search drops them, so a
# search of these alone finds nothing there. Every search box refuses such a query with the
# reason, on either database, rather than an unexplained empty page.
_ENGLISH_STOP = (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves what which who whom "
    "this that these those am is are was were be been being have has had having do does did "
    "doing a an the and but if or because as until while of at by for with about against between "
    "into through during before after above below to from up down in out on off over under again "
    "further then once here there when where why how all any both each few more most other some "
    "such no nor not only own same so than too very s t can will just don should now "
)
COMMON_WORDS = frozenset(_ENGLISH_STOP.split())
_WORD = re.compile(r"\w+")


def searchable(value: str) -> None:
    """A search needs at least one word that is not too common to search for."""
    words = list(dict.fromkeys(word.lower() for word in _WORD.findall(value)))
    if not words or any(word not in COMMON_WORDS for word in words):
        return
    quoted = [f"“{word}”" for word in words[:5]]
    named = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    verb = "is" if len(quoted) == 1 else "are"
    raise forms.ValidationError(
        f"{named} {verb} too common to search for; add a more specific word.",
        code="too_common",
    )


def form_helper(*layout) -> FormHelper:
    """A Bootstrap helper for a form rendered inside the template's own `<form>` tag.

    The template keeps the tag (and its `hx-` attributes) and the CSRF token; crispy renders
    the fields, in `layout` order when one is given.
    """
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    if layout:
        helper.layout = Layout(*layout)
    return helper


def field_with_submit(name: str, label: str) -> FieldWithButtons:
    """One field with its submit button beside it ("input + Add")."""
    button = StrictButton(label, type="submit", css_class="btn-outline-primary")
    return FieldWithButtons(name, button)


# The largest id a database integer column holds (a signed 64-bit BIGINT).
MAX_ID_DIGITS = len(str(2**63 - 1)) - 1


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, but an id too long for any integer column is an invalid choice.

    SQLite raises OverflowError (a 500) on such an id in the `IN (...)` query that checks the
    choices, where Django's single-object lookups simply find nothing.
    """

    def _check_values(self, value):
        for pk in value if isinstance(value, list | tuple) else []:
            digits = str(pk).strip().lstrip("+-")
            if digits.isdecimal() and len(digits) > MAX_ID_DIGITS:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(pk)[:40]},
                )
        return super()._check_values(value)


def column(name: str, css_class: str) -> Div:
    """One field in a grid column, for filter rows (`css_class` like "col-6 col-md-3")."""
    return Div(Field(name), css_class=css_class)


class OnePassSelect(forms.Select):
    """Django's <select>, its options written in one pass of plain string formatting.

    Django renders a template per option: for the ~600 time zones that was 25 ms, three times
    everything else on the settings page. The HTML is the same as Django's (tested), for a
    single choice.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        has_selected = False

        def option(option_value, label) -> str:
            nonlocal has_selected
            option_value = "" if option_value is None else str(option_value)
            selected = not has_selected and option_value in chosen
            has_selected |= selected
            mark = " selected" if selected else ""
            return f'<option value="{escape(option_value)}"{mark}>{escape(label)}</option>'

        parts = []
        for group_value, group_label in self.choices:
            if isinstance(group_label, (list, tuple)):
                inner = "".join(option(v, label) for v, label in group_label)
                parts.append(f'<optgroup label="{escape(group_value)}">{inner}</optgroup>')
            else:
                parts.append(option(group_value, group_label))
        final_attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{final_attrs}>{"".join(parts)}</select>')

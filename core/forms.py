"""The one way to build a form's crispy helper."""

from crispy_forms.bootstrap import FieldWithButtons, StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout


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

"""Asking before a destructive POST, with or without JavaScript.

A form marked `data-confirm="…"` is asked about in a dialog by static/js/confirm.js, which adds
`confirmed=1` once the user agrees. Without JavaScript the form posts without it, and the view
answers with a page asking the same question (`confirmation_page`), whose button posts the
same fields again, confirmed.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

CONFIRMED = "confirmed"


def confirmation_page(
    request: HttpRequest, *, question: str, button: str, back: str
) -> HttpResponse | None:
    """The page asking `question` when the POST was not confirmed yet; None once it was."""
    if request.POST.get(CONFIRMED) == "1":
        return None
    fields = [
        (name, value)
        for name in request.POST
        if name not in {"csrfmiddlewaretoken", CONFIRMED}
        for value in request.POST.getlist(name)
    ]
    context = {"question": question, "button": button, "back": back, "fields": fields}
    return render(request, "core/confirm.html", context)

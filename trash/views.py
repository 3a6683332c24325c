from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from core.confirm import confirmation_page

from .actions import RestoreError, trash_restore
from .models import TrashItem

EMPTY_QUESTION = "Empty the trash? What is in it is then gone for good."


@require_GET
def trash_list(request: HttpRequest) -> HttpResponse:
    items = TrashItem.objects.for_user(request.user)
    items.expired().delete()
    listed = items.listed().only("id", "kind", "label", "deleted_at")[:200]
    return render(request, "trash/trash_list.html", {"items": listed})


@require_POST
def trash_restore_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(TrashItem.objects.for_user(request.user), pk=pk)
    try:
        left_out = trash_restore(item=item)
    except RestoreError:
        messages.error(
            request,
            f"“{item.label}” cannot be put back: what it belonged to was deleted since, "
            "or it exists again.",
        )
        return redirect("trash:list")
    if left_out:
        messages.warning(
            request,
            f"Restored “{item.label}”, without {left_out} link{'s' * (left_out != 1)} to "
            "something deleted since (such as a weakness tag).",
        )
    else:
        messages.success(request, f"Restored “{item.label}”.")
    back = item.back_url
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("trash:list")


@require_POST
def trash_empty(request: HttpRequest) -> HttpResponse:
    if page := confirmation_page(
        request, question=EMPTY_QUESTION, button="Empty the trash", back=reverse("trash:list")
    ):
        return page
    count, _ = TrashItem.objects.for_user(request.user).delete()
    messages.success(request, "Trash emptied." if count else "The trash was already empty.")
    return redirect("trash:list")

"""The "Removed … Undo" message every removal shows."""

from django.contrib import messages
from django.http import HttpRequest

from .actions import trash_remove
from .models import TrashItem


def remove_with_undo(request: HttpRequest, obj, *, kind: str, label: str, back_url: str):
    """Remove `obj` to the trash and leave a message whose Undo button restores it."""
    item = trash_remove(user=request.user, obj=obj, kind=kind, label=label, back_url=back_url)
    where = " It stays in the Trash for 30 days." if kind in TrashItem.LISTED else ""
    messages.success(request, f"Removed “{label}”.{where}", extra_tags=f"undo:{item.pk}")
    return item

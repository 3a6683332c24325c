"""Template context every page needs."""

import hashlib

from django.http import HttpRequest

from .theme import Theme, chosen_theme


def drafts(request: HttpRequest) -> dict:
    """`draft_owner`: whose unsaved text this page may keep in (and offer from) the browser.

    The browser keeps copies of unsaved text under this key, so one user's text is never
    offered to the next user of the same browser. It is not secret (logout clears the
    copies), only stable per user and free of the user's id or name.
    """
    return {"draft_owner": draft_owner(getattr(request, "user", None))}


def draft_owner(user) -> str:
    """The key of `user`'s copies in the browser ("" for nobody); see `drafts`."""
    if user is None or not user.is_authenticated:
        return ""
    digest = hashlib.sha256(f"debrief-drafts:{user.pk}:{user.get_username()}".encode())
    return digest.hexdigest()[:16]


def theme(request: HttpRequest) -> dict:
    """`theme`: the saved colour-theme choice; `themes`: the choices the footer offers."""
    return {"theme": chosen_theme(request), "themes": Theme}

"""Small helpers for assertions that should not depend on incidental details."""

from urllib.parse import parse_qs, urlsplit


def query(url: str) -> dict[str, list[str]]:
    """A URL's query parameters with blank ones dropped, whatever their order."""
    return parse_qs(urlsplit(url).query)

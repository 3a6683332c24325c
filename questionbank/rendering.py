"""Markdown to safe HTML: Markdown renders, nh3 (ammonia) keeps only harmless tags."""

import threading
from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip

# Building a Markdown parser costs more than converting a short answer with it, and pages such
# as the brief render a hundred answers; a parser is not thread-safe, so each thread keeps one.
_local = threading.local()


def _parser() -> markdown.Markdown:
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = markdown.Markdown(
            extensions=["extra", "sane_lists"], output_format="html"
        )
    return parser


# The HTML depends on the text alone, and the pages that show answers (prep pack, brief,
# practice) show the same ones again and again: converting an answer and its STAR outline costs
# a few milliseconds, so a page of thirty cost more than everything else on it. At a few KB per
# entry this holds a large bank's answers in a few MB per process; a rare long text is not kept.
CACHED_LENGTH = 10_000


def render_markdown(text: str) -> str:
    return _cached(text) if len(text) <= CACHED_LENGTH else _render(text)


@lru_cache(maxsize=4096)
def _cached(text: str) -> str:
    return _render(text)


def _render(text: str) -> str:
    html = _parser().reset().convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )

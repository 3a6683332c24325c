"""Markdown to safe HTML: Markdown renders, nh3 (ammonia) keeps only harmless tags."""

import threading

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


def render_markdown(text: str) -> str:
    html = _parser().reset().convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )

import pytest

from questionbank.rendering import render_markdown


def test_markdown_renders_emphasis_lists_and_links():
    html = render_markdown("**Led** a team of *five*:\n\n- shipped\n- [blog](https://example.com)")
    assert "<strong>Led</strong>" in html
    assert "<em>five</em>" in html
    assert "<li>shipped</li>" in html
    assert 'href="https://example.com"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<iframe src='https://evil.example'></iframe>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        "<svg><script>alert(1)</script></svg>",
        '<div onclick="alert(1)">x</div>',
    ],
)
def test_hostile_markdown_is_sanitised(hostile):
    html = render_markdown(hostile).lower()
    for bad in ("<script", "onerror", "javascript:", "<iframe", "style=", "onclick", "<svg"):
        assert bad not in html

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


def test_one_rendering_leaves_nothing_behind_for_the_next():
    # The parser is reused: footnotes and abbreviations of one answer must not leak into another.
    first = render_markdown("Led the team[^1].\n\n[^1]: Five people.\n\n*[HTML]: Hyper Text")
    second = render_markdown("Plain HTML answer.")
    assert "Five people" in first
    assert "Five people" not in second and "abbr" not in second
    assert second == "<p>Plain HTML answer.</p>"


def test_rendering_is_safe_across_threads():
    import threading

    texts = [f"**answer {n}**\n\n- point {n}" for n in range(8)]
    expected = {text: render_markdown(text) for text in texts}
    errors = []

    def work(text):
        for _ in range(50):
            if render_markdown(text) != expected[text]:
                errors.append(text)

    threads = [threading.Thread(target=work, args=(t,)) for t in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors


def test_a_text_is_converted_once_and_a_long_one_is_not_kept():
    from questionbank import rendering

    text = "A **cached** answer, unique to this test: 7f3a9c"
    before = rendering._cached.cache_info()
    first = render_markdown(text)
    assert render_markdown(text) == first
    assert first == "<p>A <strong>cached</strong> answer, unique to this test: 7f3a9c</p>"
    after = rendering._cached.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    long_text = "word " * rendering.CACHED_LENGTH
    assert render_markdown(long_text).startswith("<p>word word")
    assert rendering._cached.cache_info().currsize == after.currsize

"""The words of a search and how matches are marked (no database)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from search.text import MAX_TERMS, Marker, prefix_tsquery, terms


def test_terms_are_the_distinct_lower_case_words():
    words = terms('  "Conflict" with my MANAGER, conflict!  ')
    assert words == ["conflict", "with", "my", "manager"]
    assert terms("!!! -- ::") == []
    assert len(terms(" ".join(f"w{n}" for n in range(50)))) == MAX_TERMS


def test_the_tsquery_matches_every_word_as_a_prefix():
    assert prefix_tsquery(["desig", "team"]) == "desig:* & team:*"


def test_words_are_marked_as_prefixes_and_by_stem():
    marker = Marker(("designing", "team"))
    marked = marker.mark("I designed it with my teammates; a steam engine.")
    assert marked == "I <mark>designed</mark> it with my <mark>teammates</mark>; a steam engine."


def test_words_anywhere_are_marked_where_they_are():
    assert Marker(("sign",), anywhere=True).mark("Design") == "De<mark>sign</mark>"


def test_the_text_is_escaped_before_it_is_marked():
    marked = Marker(("script",)).mark('<script>alert("x")</script> & script')
    assert "<script>" not in marked
    assert marked == (
        "&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; "
        "<mark>script</mark>"
    )


def test_an_excerpt_is_cut_around_the_first_match():
    text = "word " * 100 + "the conflict with my manager " + "more " * 100
    excerpt = Marker(("conflict",)).excerpt(text)
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert "the <mark>conflict</mark> with my manager" in excerpt
    assert len(excerpt) < 250


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=6), max_size=3))
def test_marking_never_lets_markup_through(text, words):
    marker = Marker(tuple(terms(" ".join(words))))
    for shown in [marker.mark(text), marker.excerpt(text)]:
        without_marks = shown.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in without_marks and ">" not in without_marks

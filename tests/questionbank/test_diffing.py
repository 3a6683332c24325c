"""The word-by-word diff between a revision and the current text (no database)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from questionbank.diffing import MAX_BLOCK_TOKENS, Piece, counts, diff


def sides(pieces):
    old = "".join(p.text for p in pieces if p.op != "insert")
    new = "".join(p.text for p in pieces if p.op != "delete")
    return old, new


def test_a_changed_word_is_removed_and_added_in_place():
    pieces = diff(
        "We cut costs by a third.\nThen we hired.", "We cut costs by half.\nThen we hired."
    )
    assert pieces == [
        Piece("equal", "We cut costs by "),
        Piece("delete", "a third"),
        Piece("insert", "half"),
        Piece("equal", ".\nThen we hired."),
    ]
    assert counts(pieces) == (1, 2)


def test_added_and_removed_lines():
    pieces = diff("One\nTwo\n", "One\nOne and a half\nTwo\n")
    assert pieces == [
        Piece("equal", "One\n"),
        Piece("insert", "One and a half\n"),
        Piece("equal", "Two\n"),
    ]
    assert diff("Same", "Same") == [Piece("equal", "Same")]
    assert diff("", "New") == [Piece("insert", "New")]


def test_a_huge_changed_block_is_shown_whole():
    old, new = "a " * MAX_BLOCK_TOKENS, "b " * MAX_BLOCK_TOKENS
    assert diff(old, new) == [Piece("delete", old), Piece("insert", new)]


words = st.lists(st.sampled_from(["we", "cut", "costs", " ", "\n", ".", "team", "ö"]), max_size=40)


@settings(max_examples=50, deadline=None)
@given(words, words)
def test_both_texts_are_kept_whole(a, b):
    old, new = "".join(a), "".join(b)
    pieces = diff(old, new)
    assert sides(pieces) == (old, new)
    assert all(p.text for p in pieces)


def test_punctuation_left_between_two_changes_joins_them():
    assert diff("red, green", "blue, yellow") == [
        Piece("delete", "red, green"),
        Piece("insert", "blue, yellow"),
    ]

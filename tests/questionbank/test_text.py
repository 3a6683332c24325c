import pytest

from questionbank.starter import STARTER_QUESTIONS
from questionbank.text import (
    MAX_QUESTION_LENGTH,
    normalize_question,
    overlong_lines,
    split_question_lines,
    too_long_message,
    wording_hash,
)


def test_normalising_ignores_case_whitespace_and_punctuation():
    assert normalize_question("What's your biggest  weakness?") == "what is your biggest weakness"
    assert normalize_question("  WHAT’S YOUR BIGGEST WEAKNESS ") == "what is your biggest weakness"
    assert normalize_question("Why us... and why now?!") == "why us and why now"


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("What's your biggest weakness?", "What is your biggest weakness?"),
        ("whats your biggest weakness", "What is your biggest weakness?"),
        ("Why don't you like it?", "Why do not you like it?"),
        ("Why dont you like it?", "Why do not you like it?"),
        ("You can't?", "You cannot?"),
        ("You can’t?", "You can not?"),
        ("Why won't it scale?", "Why will not it scale?"),
        ("Where'd you learn that?", "Where did you learn that?"),
        ("I'd like to know", "I would like to know"),
        ("You're leading a team", "You are leading a team"),
        ("We've shipped", "We have shipped"),
        ("You'll start Monday", "You will start Monday"),
        ("I'm curious", "I am curious"),
        ("Let's begin", "Let us begin"),
        ("How's it going?", "How is it going?"),
        ("Isn’t that risky?", "Is not that risky?"),
    ],
)
def test_contractions_are_the_same_question_as_the_long_form(short, long):
    assert normalize_question(short) == normalize_question(long)
    assert wording_hash(short) == wording_hash(long)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A possessive is not "is"; bare words that are words of their own stay themselves.
        ("What was your manager's decision?", "What was your manager is decision?"),
        ("Its purpose?", "It is purpose?"),
        ("Were you ill?", "We are you I will?"),
        ("Did you do it well?", "Did you do it we will?"),
    ],
)
def test_only_real_contractions_are_expanded(one, other):
    assert normalize_question(one) != normalize_question(other)


def test_the_hash_is_fixed_size_whatever_the_length():
    assert len(wording_hash("Why?")) == len(wording_hash("why " * 10_000)) == 64
    assert wording_hash("Why?") != wording_hash("Why not?")


def test_the_starter_library_has_no_two_wordings_of_one_question():
    keys = [normalize_question(text) for _, text, _ in STARTER_QUESTIONS]
    assert len(keys) == len(set(keys))


def test_overlong_lines_are_named_by_their_line_number():
    long = "x" * (MAX_QUESTION_LENGTH + 1)
    block = f"Tell me about yourself\n\n- {long}\n{'y' * MAX_QUESTION_LENGTH}\n"
    assert overlong_lines(block) == [(3, long)]
    message = too_long_message(long, line=3)
    assert message.startswith("Line 3 is 501 characters long (“xxxx")
    assert f"at most {MAX_QUESTION_LENGTH} characters" in message


def test_normalising_keeps_words_apart():
    assert normalize_question("front-end/back-end") == "front end back end"
    assert normalize_question("C++ or C#?") == "c or c"


def test_splitting_one_question_per_line_drops_blanks_markers_and_repeats():
    block = (
        "1. Tell me about yourself\n\n- Why this company?\n* why THIS company\n"
        "  2) A time you failed  \n"
    )
    assert split_question_lines(block) == [
        "Tell me about yourself",
        "Why this company?",
        "A time you failed",
    ]


def test_splitting_keeps_numbers_that_are_part_of_the_question():
    assert split_question_lines("5 years from now, where are you?") == [
        "5 years from now, where are you?"
    ]

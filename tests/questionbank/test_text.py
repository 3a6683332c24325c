from questionbank.text import normalize_question, split_question_lines


def test_normalising_ignores_case_whitespace_and_punctuation():
    assert normalize_question("What's your biggest  weakness?") == "whats your biggest weakness"
    assert normalize_question("  WHAT’S YOUR BIGGEST WEAKNESS ") == "whats your biggest weakness"
    assert normalize_question("Why us... and why now?!") == "why us and why now"


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

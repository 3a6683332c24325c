"""Pure text helpers for questions: no Django imports, so they are trivial to test."""

import re
import unicodedata

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NON_WORD = re.compile(r"[^\w]+")


def normalize_question(text: str) -> str:
    """The key under which two wordings count as the same question.

    Case, accents' composed forms, whitespace and punctuation do not matter:
    "What's your biggest  weakness?" and "whats your biggest weakness" are one question.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return " ".join(text.split())


def clean_question_text(text: str) -> str:
    """The wording to store: inner whitespace collapsed, ends trimmed, nothing else changed."""
    return " ".join(text.split())


def split_question_lines(block: str) -> list[str]:
    """One question per non-empty line, with list markers ("1.", "-", "*") taken off.

    Repeats within the block (after normalising) are kept once, in first-seen order.
    """
    questions: list[str] = []
    seen: set[str] = set()
    for line in block.splitlines():
        line = re.sub(r"^\s*(?:[-*\u2022]|\d+[.)])\s+", "", line)
        text = clean_question_text(line)
        key = normalize_question(text)
        if key and key not in seen:
            seen.add(key)
            questions.append(text)
    return questions

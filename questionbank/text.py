"""Pure text helpers for questions: no Django imports, so they are trivial to test."""

import hashlib
import re
import unicodedata

# A question is a sentence or two; anything longer is a paste gone wrong or notes, and the
# details belong in the question's notes.
MAX_QUESTION_LENGTH = 500
# A debrief lists what was asked in one interview; thousands of lines are a paste gone wrong.
MAX_QUESTIONS_PER_INTERVIEW = 100

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`´]")
_NON_WORD = re.compile(r"[^\w]+")
_WORD = re.compile(r"[\w']+")

# Contractions whose long form is not simply the stem plus a suffix.
_IRREGULAR = {
    "won't": "will not",
    "can't": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "let's": "let us",
    "y'all": "you all",
    "cannot": "can not",
}
_SUFFIXES = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'m": " am"}
# "'s" is "is" only after these words; elsewhere it is a possessive ("my manager's decision").
_IS_AFTER = frozenset(
    ["what", "who", "where", "when", "why", "how", "it", "that", "there", "here", "he", "she"]
)
# "'d" is "did" after a question word ("How'd you do it?"), otherwise "would" ("I'd like").
_DID_AFTER = frozenset(["what", "who", "where", "when", "why", "how"])
# Contractions typed without the apostrophe, only where the bare word has no other meaning
# ("its", "ill", "were", "well" and "id" are words of their own and stay as they are).
_BARE_WORDS = (
    "what's who's where's when's why's how's that's there's here's "
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't won't wouldn't "
    "can't couldn't shouldn't mustn't needn't "
    "i'm i've i'd you're you've you'll you'd they're they've they'll we've what're"
)
_BARE = {word.replace("'", ""): word for word in _BARE_WORDS.split(" ")}


def expand_contractions(text: str) -> str:
    """Contractions written out in full: "What's" and "Whats" become "What is".

    Expects lower case with plain apostrophes, as `normalize_question` prepares it.
    """

    def expand(match: re.Match) -> str:
        word = _BARE.get(match.group(), match.group())
        if word in _IRREGULAR:
            return _IRREGULAR[word]
        for suffix, long_form in _SUFFIXES.items():
            if word.endswith(suffix) and len(word) > len(suffix):
                return word[: -len(suffix)] + long_form
        stem, _, ending = word.rpartition("'")
        if ending == "s" and stem in _IS_AFTER:
            return f"{stem} is"
        if ending == "d" and stem:
            return f"{stem} {'did' if stem in _DID_AFTER else 'would'}"
        return word

    return _WORD.sub(expand, text)


def normalize_question(text: str) -> str:
    """The key under which two wordings count as the same question.

    Case, accents' composed forms, whitespace, punctuation and contractions do not matter:
    "What's your biggest  weakness?", "whats your biggest weakness" and "What is your
    biggest weakness" are one question.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = expand_contractions(_APOSTROPHES.sub("'", text))
    text = text.replace("'", "")
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return " ".join(text.split())


def wording_hash(text: str) -> str:
    """A fixed-size fingerprint of a wording's key, so uniqueness needs no index on long text."""
    return hashlib.sha256(normalize_question(text).encode()).hexdigest()


def clean_question_text(text: str) -> str:
    """The wording to store: inner whitespace collapsed, ends trimmed, nothing else changed."""
    return " ".join(text.split())


def _strip_marker(line: str) -> str:
    return re.sub(r"^\s*(?:[-*\u2022]|\d+[.)])\s+", "", line)


def split_question_lines(block: str) -> list[str]:
    """One question per non-empty line, with list markers ("1.", "-", "*") taken off.

    Repeats within the block (after normalising) are kept once, in first-seen order.
    """
    questions: list[str] = []
    seen: set[str] = set()
    for line in block.splitlines():
        text = clean_question_text(_strip_marker(line))
        key = normalize_question(text)
        if key and key not in seen:
            seen.add(key)
            questions.append(text)
    return questions


def overlong_lines(block: str, limit: int = MAX_QUESTION_LENGTH) -> list[tuple[int, str]]:
    """(line number counted from 1, text) of each line whose question is over `limit`."""
    return [
        (number, text)
        for number, line in enumerate(block.splitlines(), start=1)
        if len(text := clean_question_text(_strip_marker(line))) > limit
    ]


def too_long_message(text: str, *, line: int | None = None) -> str:
    """What to tell the user about an overlong question, naming it (and its line)."""
    where = f"Line {line} is" if line else "This question is"
    start = text[:60].rstrip() + "…"
    return (
        f"{where} {len(text):,} characters long (“{start}”); a question can be at most "
        f"{MAX_QUESTION_LENGTH} characters. Shorten it and put the details in its notes."
    )

"""Match a job description's requirements to the user's strengths and prepared answers.

Deterministic and explainable on the page: pure functions, no Django. The meaning of words comes
from the same place as the question bank's "same question in other words": its catalogue
(`questionbank.similarity`), and word vectors (`questionbank.wordvectors`, cheap enough to
compare every sentence of the user's evidence on each request).
"""

import re
import threading
from dataclasses import dataclass, field

import numpy as np
import snowballstemmer

from questionbank import similarity, wordvectors

_COMMON = """
a about above after all also an and any are as at be been being both but by can could do does
doing for from had has have having how if in into is it its just may more most must need needs
of on or other our ours out over own same should so some such than that the their them then
there these they this those through to too under up very was we were what when where which
while who why will with would you your able ability across etc including strong excellent good
great experience experienced work working role years year plus ideally preferred required
requirements responsibilities skills skill knowledge understanding proven track record using
use within looking seeking join
"""
STOPWORDS = frozenset(_COMMON.split())
# Porter2 (Snowball), the same stemming PostgreSQL's "english" search configuration uses.
# A stemmer keeps the word being stemmed in its own state, so threads sharing one get errors
# or each other's words: every thread (a threaded server's request) has its own.
_local = threading.local()


def _stemmer():
    if not hasattr(_local, "stemmer"):
        _local.stemmer = snowballstemmer.stemmer("english")
    return _local.stemmer


MIN_SHARED = 2
# How alike (cosine of the content-word vectors) a sentence of a strength or answer must be to a
# requirement to back it when they share too few words.
MEANING_THRESHOLD = 0.35
# Past forms that stemming does not bring back to their verb ("led" is not "lead" to Porter2).
IRREGULAR = {
    "led": "lead", "built": "build", "ran": "run", "wrote": "write", "taught": "teach",
    "drove": "drive", "driven": "drive", "grew": "grow", "grown": "grow", "made": "make",
    "began": "begin", "begun": "begin", "chose": "choose", "spoke": "speak", "thought": "think",
    "brought": "bring", "bought": "buy", "sold": "sell", "won": "win", "met": "meet",
    "found": "find", "kept": "keep", "took": "take", "gave": "give", "shipped": "ship",
}  # fmt: skip

RULE = (
    "Each line or bullet of the job description is a requirement, except its title, headings, "
    "and what the employer offers or says about itself (benefits, salary, 'we offer…', 'about "
    "us'), which are listed as left out. A requirement is backed by one of your strengths "
    "(name and evidence) or prepared answers (question and answer) when they share at least "
    f"{MIN_SHARED} of its key words (its words of three or more letters, leaving out common "
    "words, compared by stem, so 'leading' matches 'led' and 'teams' matches 'team'), or its "
    "only key word; or when the answer's question is the same common interview question as "
    "the requirement in Debrief's catalogue; or when one sentence of the evidence is at least "
    f"{MEANING_THRESHOLD:.0%} alike in meaning (word vectors). The words or the sentence that "
    "back it are shown."
)

_WORD = re.compile(r"[a-z][a-z0-9+#.-]*[a-z0-9+#]|[a-z]")


def _key(word: str) -> str | None:
    if len(word) < 3 or word in STOPWORDS:
        return None
    return _stemmer().stemWord(IRREGULAR.get(word, word))


def keywords(text: str) -> set[str]:
    return {k for w in _WORD.findall(text.lower()) if (k := _key(w))}


def words_for(text: str, stems: set[str]) -> list[str]:
    """The text's own words behind the given stems, in the order they appear, each once."""
    shown: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z]", text):
        key = _key(word.lower())
        if key in stems and key not in shown:
            shown[key] = word
    return list(shown.values())


_MARKER = re.compile(r"^\s*(?:[-*\u2022\u25cf]|\d+[.)])\s*")
_OFFER_HEADING = re.compile(
    r"\b(what we offer|benefits|perks|why join|why work|about us|about the company|who we are"
    r"|our offer|what you.?ll get|what you get|compensation|salary|the package|how to apply"
    r"|equal opportunit|our values|our culture)\b",
    re.I,
)
_REQUIREMENT_HEADING = re.compile(
    r"\b(requirements|what you.?ll do|you will|about you|responsibilities|looking for|you have"
    r"|you.?ll have|skills|qualifications|nice to have|bonus points|the role|your role"
    r"|must have|essential|desirable)\b",
    re.I,
)
_OFFER_LINE = re.compile(
    r"^(we offer|we provide|we.?ll give|we give|you.?ll get|you will get|you get|benefits|perks"
    r"|enjoy|we are|we.?re an?|our mission|join us|join our|at [A-Z]\w+,? we|about us)\b"
    r"|\b(salary|pension|holidays?|vacation|paid time off|pto|health insurance|dental|equity"
    r"|stock options|annual bonus|bonus scheme|parental leave|gym|cycle to work|free lunch"
    r"|per annum|£\d|\$\d|€\d|equal opportunit|visa sponsorship)\b",
    re.I,
)
_TITLE_WORD = re.compile(
    r"\b(engineer|developer|manager|designer|analyst|scientist|lead|director|architect"
    r"|consultant|specialist|officer|intern|head of|administrator|coordinator|associate"
    r"|executive|programmer|writer|researcher)s?\b",
    re.I,
)


def split_description(description: str) -> tuple[list[str], list[str]]:
    """(requirements, lines left out): lines and bullets, long paragraphs split into sentences.

    Left out: the title (a first line that names a job and is not a bullet), headings, and
    what the employer offers or says about itself, including everything under a heading such
    as "What we offer" until a heading such as "Requirements".
    """
    kept: list[str] = []
    left_out: list[str] = []
    offering = False
    first = True
    for raw in description.splitlines():
        if not raw.strip():
            continue
        bullet = bool(_MARKER.match(raw))
        line = _MARKER.sub("", raw).strip()
        is_first, first = first, False
        heading = line.endswith(":") or (
            not bullet
            and len(line.split()) <= 5
            and not re.search(r"[.;!?]$", line)
            and (_OFFER_HEADING.search(line) or _REQUIREMENT_HEADING.search(line))
        )
        if heading:
            if _OFFER_HEADING.search(line):
                offering = True
            elif _REQUIREMENT_HEADING.search(line):
                offering = False
            continue
        if is_first and not bullet and len(line.split()) <= 8 and _TITLE_WORD.search(line):
            left_out.append(line)
            continue
        if offering or _OFFER_LINE.search(line):
            left_out.append(line)
            continue
        parts = re.split(r"(?<=[.;!?])\s+", line) if len(line) > 160 else [line]
        kept.extend(part.strip() for part in parts if keywords(part))
    return kept, left_out


def requirements(description: str) -> list[str]:
    return split_description(description)[0]


@dataclass(frozen=True)
class Evidence:
    kind: str  # "strength" or "answer"
    title: str
    url: str
    text: str


@dataclass(frozen=True)
class Backing:
    evidence: Evidence
    shared: tuple[str, ...]  # the requirement's own words that the evidence shares
    quote: str = ""  # the sentence of the evidence that means the same, when words fell short
    entry: str = ""  # the catalogue question both are, when that is why


@dataclass
class Match:
    requirement: str
    keywords: set[str]
    backed_by: list[Backing] = field(default_factory=list)

    @property
    def backed(self) -> bool:
        return bool(self.backed_by)


def _sentences(item: Evidence) -> list[str]:
    text = item.text if keywords(item.text) else item.title  # quote what the user wrote
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n+", text) if keywords(s)]


def match(description: str, evidence: list[Evidence]) -> list[Match]:
    """Each requirement (see `split_description` for the lines left out) with what backs it."""
    wanted_lines = requirements(description)
    indexed = [(item, keywords(f"{item.title} {item.text}")) for item in evidence]
    sentences = [(n, s) for n, (item, _) in enumerate(indexed) for s in _sentences(item)]
    vectors = wordvectors.embed([s for _, s in sentences]) if sentences else np.zeros((0, 1))
    asked_as = {
        n: similarity.cue_matches(item.title)
        for n, (item, _) in enumerate(indexed)
        if item.kind == "answer"
    }
    wanted_vectors = wordvectors.embed(wanted_lines) if wanted_lines else np.zeros((0, 1))
    results = []
    for row, requirement in enumerate(wanted_lines):
        wanted = keywords(requirement)
        needed = min(MIN_SHARED, len(wanted))
        found = Match(requirement, wanted)
        entry = similarity.cue_matches(requirement)
        closeness = vectors @ wanted_vectors[row] if sentences else []
        for n, (item, words) in enumerate(indexed):
            shared = tuple(words_for(requirement, wanted & words))
            if len(shared) >= needed:
                found.backed_by.append(Backing(item, shared))
                continue
            same_entry = entry and asked_as.get(n) and asked_as[n][0][1] == entry[0][1]
            if same_entry:
                found.backed_by.append(Backing(item, shared, entry=entry[0][1].title))
                continue
            best = max(
                ((float(closeness[i]), s) for i, (m, s) in enumerate(sentences) if m == n),
                default=(0.0, ""),
            )
            if best[0] >= MEANING_THRESHOLD:
                found.backed_by.append(Backing(item, shared, quote=best[1]))
        found.backed_by.sort(key=lambda b: (-len(b.shared), bool(b.quote), b.evidence.title))
        results.append(found)
    return results

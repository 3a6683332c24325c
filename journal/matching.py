"""Match a job description's requirements to the user's strengths and prepared answers.

Deterministic and explainable on the page: pure functions, no Django.
"""

import re
import threading
from dataclasses import dataclass, field

import snowballstemmer

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

RULE = (
    "Each line or bullet of the job description is a requirement. Its key words are its words "
    "of three or more letters, leaving out common words, compared by their stem (so "
    "'leading' matches 'lead' and 'teams' matches 'team'). A requirement is backed when one "
    "of your strengths (name and evidence) or prepared answers (question and answer) shares "
    f"at least {MIN_SHARED} of its "
    "key words, or its only key word when it has just one."
)


def keywords(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z0-9+#.-]*[a-z0-9+#]|[a-z]", text.lower())
    return set(_stemmer().stemWords([w for w in words if len(w) >= 3 and w not in STOPWORDS]))


def requirements(description: str) -> list[str]:
    """Lines and bullets of the description; long paragraphs are split into sentences."""
    items: list[str] = []
    for line in description.splitlines():
        line = re.sub(r"^\s*(?:[-*\u2022\u25cf]|\d+[.)])\s*", "", line).strip()
        if not line or line.endswith(":"):  # empty, or a heading such as "You will:"
            continue
        parts = re.split(r"(?<=[.;!?])\s+", line) if len(line) > 160 else [line]
        items.extend(part.strip() for part in parts if keywords(part))
    return items


@dataclass(frozen=True)
class Evidence:
    kind: str  # "strength" or "answer"
    title: str
    url: str
    text: str


@dataclass
class Match:
    requirement: str
    keywords: set[str]
    backed_by: list[tuple[Evidence, set[str]]] = field(default_factory=list)

    @property
    def backed(self) -> bool:
        return bool(self.backed_by)


def match(description: str, evidence: list[Evidence]) -> list[Match]:
    indexed = [(item, keywords(f"{item.title} {item.text}")) for item in evidence]
    results = []
    for requirement in requirements(description):
        wanted = keywords(requirement)
        needed = min(MIN_SHARED, len(wanted))
        found = Match(requirement, wanted)
        for item, words in indexed:
            shared = wanted & words
            if len(shared) >= needed:
                found.backed_by.append((item, shared))
        found.backed_by.sort(key=lambda pair: (-len(pair[1]), pair[0].title))
        results.append(found)
    return results

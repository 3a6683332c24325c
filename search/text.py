"""The words of a search, and the matched words marked in what was found.

No Django: the same rules serve both databases and are tested alone. PostgreSQL matches each
word as a prefix of a stemmed word ("design" finds "designers", "designing" finds "designed");
SQLite matches each word anywhere inside a field. `Marker` marks what each one matched.
"""

import html
import re
from dataclasses import dataclass
from functools import cached_property

import snowballstemmer

# At most this many words are searched for (the rest of a long query adds nothing).
MAX_TERMS = 12
# An excerpt shows about this many characters around the first match.
EXCERPT_CHARS = 180

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def terms(query: str) -> list[str]:
    """The distinct lower-case words of `query`, in order (punctuation and operators dropped)."""
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(query)))[:MAX_TERMS]


def prefix_tsquery(words: list[str]) -> str:
    """A PostgreSQL `to_tsquery` text matching every word as a prefix: "desig:* & team:*".

    Built only from `\\w` characters, so no input can be a tsquery syntax error.
    """
    return " & ".join(f"{w}:*" for w in words)


def _stem(word: str) -> str:
    # A stemmer keeps state while it stems; one per call is cheap and thread-safe.
    return snowballstemmer.stemmer("english").stemWord(word)


@dataclass(frozen=True)
class Marker:
    """Marks `words` in text: as word prefixes (and their stems), or anywhere (`anywhere`)."""

    words: tuple[str, ...]
    anywhere: bool = False

    @cached_property
    def pattern(self) -> re.Pattern | None:
        if not self.words:
            return None
        if self.anywhere:
            alternatives = set(self.words)
        else:
            alternatives = {*self.words, *(_stem(w) for w in self.words)}
        alternatives = sorted((a for a in alternatives if a), key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alternatives)
        return re.compile(f"(?:{body})" if self.anywhere else rf"\b(?:{body})\w*", re.IGNORECASE)

    def finds(self, text: str) -> bool:
        pattern = self.pattern
        return bool(pattern and pattern.search(text))

    def mark(self, text: str) -> str:
        """`text` escaped for HTML, each match inside <mark>; only our own tags are unescaped."""
        pattern = self.pattern
        if pattern is None:
            return html.escape(text)
        parts, position = [], 0
        for found in pattern.finditer(text):
            parts.append(html.escape(text[position : found.start()]))
            parts.append(f"<mark>{html.escape(found.group())}</mark>")
            position = found.end()
        parts.append(html.escape(text[position:]))
        return "".join(parts)

    def excerpt(self, text: str, width: int = EXCERPT_CHARS) -> str:
        """About `width` characters of `text` around its first match, marked (escaped)."""
        text = _SPACES.sub(" ", text).strip()
        pattern = self.pattern
        found = pattern.search(text) if pattern else None
        if len(text) <= width:
            return self.mark(text)
        start = max(0, (found.start() if found else 0) - width // 3)
        if start:
            # Begin at a word, not inside one.
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < start + 20 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start + width // 2 else end
        prefix = "… " if start else ""
        suffix = " …" if end < len(text) else ""
        return html.escape(prefix) + self.mark(text[start:end]) + html.escape(suffix)

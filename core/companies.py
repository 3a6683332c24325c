"""What makes two spellings of a company one company. No Django imports: trivial to test.

Both apps need it (the journal files interviews under a company, the question bank filters by
the company a question was asked at) and `questionbank` must not import `journal`, so it lives
here.
"""

import re
import unicodedata

_PUNCTUATION = re.compile(r"[^\w&+@#]+")


def clean_company_name(name: str) -> str:
    """The spelling to store: inner whitespace collapsed and ends trimmed, nothing else."""
    return " ".join(name.replace("\x00", "").split())


def company_key(name: str) -> str:
    """The key under which two spellings are one company.

    Case, accents' composed forms, whitespace and punctuation other than & + @ # do not
    matter: "ACME corp", "Acme Corp" and "Acme Corp." are one company; "AT&T" keeps its "&".
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _PUNCTUATION.sub(" ", text).replace("_", " ")
    return " ".join(text.split())[:200]

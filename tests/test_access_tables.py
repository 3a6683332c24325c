"""Every URL that takes an object's id is tried by another user in an access table.

The access tables (`tests/<app>/test_access*.py`) request each object URL as an outsider, with
and without htmx, and check the answer is a 404 and nothing changed. A new URL with an `<int:…>`
in its route must be added to one of them; this test names the ones that are missing.
"""

import re
from pathlib import Path

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter

TESTS = Path(__file__).parent
# Apps whose URLs serve one user's objects (the admin has its own permission checks).
APPS = {"journal", "questionbank", "followups", "trash"}
REVERSED = re.compile(r"""reverse\(\s*["']([\w-]+:[\w-]+)["']""")


def object_url_patterns(patterns=None, prefix="", namespace=None):
    """(namespaced name, route) of every URL pattern with an integer (object id) argument."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from object_url_patterns(pattern.url_patterns, route, pattern.namespace)
        elif isinstance(pattern, URLPattern) and namespace in APPS and takes_an_id(pattern):
            yield f"{namespace}:{pattern.name}", route


def takes_an_id(pattern: URLPattern) -> bool:
    return any(isinstance(c, IntConverter) for c in pattern.pattern.converters.values())


def names_in_access_tables() -> set[str]:
    return {
        name
        for path in TESTS.glob("*/test_access*.py")
        for name in REVERSED.findall(path.read_text())
    }


def test_the_meta_test_sees_the_object_urls_and_the_tables():
    found = dict(object_url_patterns())
    assert found["journal:interview-detail"] == "journal/<int:pk>/"
    assert "questionbank:revision-restore" in found
    assert {"journal:interview-detail", "questionbank:question-edit"} <= names_in_access_tables()


def test_every_object_url_is_in_an_access_table():
    covered = names_in_access_tables()
    missing = [(name, route) for name, route in object_url_patterns() if name not in covered]
    assert not missing, "\n".join(
        [
            "These URLs take an object id but no access table tries them as another user:",
            *(f"  {name}  (/{route})" for name, route in missing),
            "Add a row for each, e.g. "
            '("post", reverse("<name>", args=[<the owner\'s object ids>]), {<form data>}), '
            "to the `urls` of test_another_user_gets_404_everywhere in "
            "tests/<app>/test_access.py (it must answer 404, htmx or not, and change nothing).",
        ]
    )

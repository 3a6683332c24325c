"""Export, import into an empty account, export again: the same document."""

import csv
import io
import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import UserFactory
from userdata import csvfiles
from userdata.export import export_document
from userdata.importer import document_import, parse_json

from .conftest import HOSTILE, comparable, fill_account

# Any Unicode text a browser can send and PostgreSQL can store (no NUL, no lone surrogate).
TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40
) | st.sampled_from(HOSTILE)
counter = itertools.count()


def test_round_trip_of_a_hostile_account(db):
    source = fill_account(UserFactory(), HOSTILE)
    target = UserFactory()
    first = export_document(source)
    raw = json.dumps(first, ensure_ascii=False).encode()
    summary = document_import(user=target, document=parse_json(raw))
    assert comparable(export_document(target)) == comparable(first)
    assert "2 interviews" in str(summary)
    assert "3 questions" in str(summary)
    # Every model had a row to carry (guards against a seed that silently stops covering one).
    assert all(first[key] for key in ("questions", "interviews", "weaknesses", "strengths"))
    assert first["questions"][0]["answer"]["revisions"]
    assert first["questions"][0]["reviews"]
    assert first["interviews"][0]["outcome_history"]
    assert first["drafts"]
    assert first["not_the_same"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(TEXT, min_size=1, max_size=12))
def test_round_trip_of_generated_text(db, texts):
    source = fill_account(UserFactory(username=f"source{next(counter)}"), texts)
    target = UserFactory(username=f"target{next(counter)}")
    first = export_document(source)
    document_import(user=target, document=parse_json(json.dumps(first).encode()))
    assert comparable(export_document(target)) == comparable(first)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(TEXT, min_size=1, max_size=12))
def test_questions_csv_round_trip(db, texts):
    source = fill_account(UserFactory(username=f"csvsource{next(counter)}"), texts)
    target = UserFactory(username=f"csvtarget{next(counter)}")
    exported = csvfiles.questions_csv(source)
    rows = csvfiles.read_question_rows(exported.encode())
    csvfiles.questions_import(user=target, rows=rows)
    # Wording, category, answer and notes come back; tags too when their names hold no comma.
    assert _columns(csvfiles.questions_csv(target)) == _columns(exported)
    texts_in_bank = {q.text for q in target.questions.all()}
    assert texts_in_bank == {q.text for q in source.questions.all()}


def _columns(text: str) -> list[list[str]]:
    """question, category, answer, notes."""
    return [[*row[:3], row[4]] for row in csv.reader(io.StringIO(text, newline=""))]

"""Spreadsheet files: the interviews and the questions with their answers, and a question list
brought in from a spreadsheet.

A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
return) is written with a leading apostrophe, as OWASP recommends against CSV injection; reading
a file back takes exactly one such apostrophe off again, so text survives the round trip.
"""

import csv
import io
import re

from django.contrib.postgres.search import SearchVectorField
from django.db import transaction

from journal.models import Interview
from questionbank import similarity
from questionbank.actions import look_alikes_refresh
from questionbank.models import Answer, Question, Tag
from questionbank.text import MAX_QUESTION_LENGTH, normalize_question, wording_hash

from .checking import Problems

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")

QUESTION_COLUMNS = ["question", "category", "answer", "tags", "notes", "times asked"]


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if _FORMULA.match(text) else text


def unescape_cell(text: str) -> str:
    return text[1:] if _ESCAPED.match(text) else text


def _write(header: list[str], rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def interviews_csv(user) -> str:
    """One row per interview, every field, with its questions in one cell (one per line)."""
    fields = [
        f
        for f in Interview._meta.concrete_fields
        if not f.is_relation and not f.primary_key and not isinstance(f, SearchVectorField)
    ]
    interviews = (
        Interview.objects.for_user(user)
        .prefetch_related("asked__question")
        .order_by("date", "time", "id")
    )
    header = [str(f.verbose_name) for f in fields] + ["questions asked"]

    def display(interview, field):
        if field.choices:
            return getattr(interview, f"get_{field.name}_display")()
        value = getattr(interview, field.attname)
        return "" if value is None else value

    return _write(
        header,
        (
            [display(interview, f) for f in fields]
            + ["\n".join(asked.question.text for asked in interview.asked.all())]
            for interview in interviews
        ),
    )


def questions_csv(user) -> str:
    questions = (
        Question.objects.for_user(user)
        .without_meaning()
        .select_related("answer")
        .prefetch_related("tags")
        .order_by("text")
    )
    return _write(
        QUESTION_COLUMNS,
        (
            [
                question.text,
                question.get_category_display(),
                answer.body if (answer := question.prepared_answer) else "",
                ", ".join(tag.name for tag in question.tags.all()),
                question.notes,
                question.times_asked,
            ]
            for question in questions
        ),
    )


# Reading a question list.

_CATEGORIES = {
    **{value.casefold(): value for value in Question.Category.values},
    **{label.casefold(): value for value, label in Question.Category.choices},
}
_HEADER_NAMES = {"question", "questions", "text"}


def _category(raw: str, where: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    value = _CATEGORIES.get(raw.casefold())
    if value is None:
        labels = ", ".join(label for _, label in Question.Category.choices)
        problems.append(f"{where}: “{raw[:50]}” is not a category (one of: {labels})")
    return value


def _tags(raw: str, where: str, problems: list[str]) -> list[str]:
    names = [name.strip() for name in raw.split(",") if name.strip()]
    for name in names:
        if len(name) > Tag._meta.get_field("name").max_length:
            problems.append(f"{where}: “{name[:20]}…” is longer than 50 characters")
    return names


def read_question_rows(raw: bytes) -> list[dict]:
    """The rows of a question CSV: the question in the first column (or the one headed
    "question"), then optional "category" and "answer" columns ("tags", comma-separated, and
    "notes" too when headed so). Problems, each with its row, if anything is wrong."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problems(
            ["The file is not UTF-8 text. Save the spreadsheet as “CSV UTF-8”."]
        ) from None
    if "\x00" in text:
        raise Problems(["The file contains NUL characters; it is not a CSV text file."])
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise Problems([f"The file is not valid CSV: {error}."]) from None
    columns = {"question": 0, "category": 1, "answer": 2, "tags": None, "notes": None}
    start = 1
    if rows and rows[0] and rows[0][0].strip().casefold() in _HEADER_NAMES:
        header = [cell.strip().casefold() for cell in rows[0]]
        columns = {
            "question": next(i for i, name in enumerate(header) if name in _HEADER_NAMES),
            **{
                name: header.index(name) if name in header else None
                for name in ("category", "answer", "tags", "notes")
            },
        }
        start = 2
        rows = rows[1:]

    def cell(row, name):
        index = columns[name]
        return unescape_cell(row[index]) if index is not None and index < len(row) else ""

    problems: list[str] = []
    parsed, seen = [], {}
    for number, row in enumerate(rows, start=start):
        if not any(cell.strip() for cell in row):
            continue
        where = f"row {number}"
        text = cell(row, "question")
        key = normalize_question(text)
        if not key:
            problems.append(f"{where}, question: empty; a question needs at least one word")
            continue
        if key in seen:
            problems.append(f"{where}, question: the same question as row {seen[key]}")
            continue
        seen[key] = number
        if len(text) > MAX_QUESTION_LENGTH:
            problems.append(f"{where}, question: longer than {MAX_QUESTION_LENGTH} characters")
        parsed.append(
            {
                "text": text,
                "category": _category(cell(row, "category"), f"{where}, category", problems),
                "answer": cell(row, "answer"),
                "notes": cell(row, "notes"),
                "tags": _tags(cell(row, "tags"), f"{where}, tags", problems),
            }
        )
    if problems:
        raise Problems(problems)
    if not parsed:
        raise Problems(["The file holds no questions."])
    return parsed


# Rows written per round of queries: the lookups' IN lists stay well inside SQLite's limits.
IMPORT_BATCH = 500


def questions_import(*, user, rows: list[dict]) -> tuple[int, int, int]:
    """Add the questions to the user's bank, merging by wording; (added, merged, answers).

    A fixed number of queries per IMPORT_BATCH rows, whatever their tags and answers: one
    lookup of the questions already in the bank and one of the tags, then bulk inserts. The
    questions are embedded first, so the transaction does not hold the database for it.
    """
    similarity.embed_ahead([row["text"] for row in rows])
    with transaction.atomic():
        added = answers = 0
        for start in range(0, len(rows), IMPORT_BATCH):
            batch_added, batch_answers = _import_batch(user, rows[start : start + IMPORT_BATCH])
            added += batch_added
            answers += batch_answers
        look_alikes_refresh(user=user)
    return added, len(rows) - added, answers


def _import_batch(user, rows: list[dict]) -> tuple[int, int]:
    by_hash = {wording_hash(row["text"]): row for row in rows}  # the file has no repeats
    existing = {
        question.normalized_hash: question
        for question in Question.objects.for_user(user)
        .filter(normalized_hash__in=by_hash)
        .select_related("answer")
    }
    new = [
        Question.objects.unsaved(
            user,
            row["text"],
            notes=row["notes"],
            **({"category": row["category"]} if row["category"] else {}),
        )
        for key, row in by_hash.items()
        if key not in existing
    ]
    Question.objects.bulk_create(new)
    questions = {**existing, **{question.normalized_hash: question for question in new}}

    names = {name for row in rows for name in row["tags"]}
    tags = {tag.name: tag for tag in Tag.objects.for_user(user).filter(name__in=names)}
    made = Tag.objects.bulk_create([Tag(user=user, name=n) for n in names if n not in tags])
    tags.update((tag.name, tag) for tag in made)
    Tagging = Question.tags.through
    Tagging.objects.bulk_create(
        [
            Tagging(question_id=questions[key].pk, tag_id=tags[name].pk)
            for key, row in by_hash.items()
            for name in row["tags"]
        ],
        ignore_conflicts=True,  # a merged question may carry the tag already
    )
    prepared = [
        Answer(question=questions[key], body=row["answer"])
        for key, row in by_hash.items()
        if row["answer"] and (key not in existing or existing[key].prepared_answer is None)
    ]
    Answer.objects.bulk_create(prepared)
    return len(new), len(prepared)

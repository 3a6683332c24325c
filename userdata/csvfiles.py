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
from questionbank.actions import look_alikes_refresh
from questionbank.models import Answer, Question, Tag
from questionbank.text import MAX_QUESTION_LENGTH, normalize_question

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


@transaction.atomic
def questions_import(*, user, rows: list[dict]) -> tuple[int, int, int]:
    """Add the questions to the user's bank, merging by wording; (added, merged, answers)."""
    added = merged = answers = 0
    for row in rows:
        defaults = {"category": row["category"]} if row["category"] else {}
        question, created = Question.objects.find_or_create(
            user, row["text"], notes=row["notes"], **defaults
        )
        added += created
        merged += not created
        tags = [Tag.objects.get_or_create(user=user, name=name)[0] for name in row["tags"]]
        question.tags.add(*tags)
        if row["answer"] and question.prepared_answer is None:
            Answer.objects.create(question=question, body=row["answer"])
            answers += 1
    look_alikes_refresh(user=user)
    return added, merged, answers

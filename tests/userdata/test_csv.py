import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from questionbank import similarity
from questionbank.models import Answer, Question, Tag
from userdata import csvfiles
from userdata.checking import Problems

# The upload request's own (session, user, the data version's bump) and the import's, the same
# on either database and at any size (one more when the questions look like starter questions,
# whose look-alikes are then written too).
IMPORT_QUERIES = 20


def upload(owner_client, text: str, **kwargs):
    file = SimpleUploadedFile("questions.csv", text.encode("utf-8"), "text/csv")
    return owner_client.post(reverse("userdata:import-questions-csv"), {"file": file}, **kwargs)


def test_a_spreadsheet_list_of_questions_is_imported(owner_client, owner):
    Question.objects.find_or_create(owner, "Why do you want to work here?")
    response = upload(
        owner_client,
        "Question,Category,Answer\n"
        "Tell me about yourself,About you / motivation,I build tools people trust.\n"
        "why do you want to work HERE,,\n"
        '"Design a URL shortener, then scale it",technical,\n'
        ",,\n",
        follow=True,
    )
    assert "Added 2 questions to your bank (1 already there, merged) and 1 answer." in (
        response.text
    )
    about = Question.objects.get(user=owner, text="Tell me about yourself")
    assert about.category == Question.Category.ABOUT_YOU
    assert about.answer.body == "I build tools people trust."
    design = Question.objects.get(user=owner, text="Design a URL shortener, then scale it")
    assert design.category == Question.Category.TECHNICAL
    assert Question.objects.for_user(owner).count() == 3


def test_a_single_column_without_header_is_enough(owner_client, owner):
    upload(owner_client, "What is your greatest strength?\r\nWhere do you see yourself?\r\n")
    assert sorted(Question.objects.for_user(owner).values_list("text", flat=True)) == [
        "What is your greatest strength?",
        "Where do you see yourself?",
    ]


def test_every_problem_is_reported_by_row_and_nothing_is_imported(owner_client, owner):
    response = upload(
        owner_client,
        "question,category\nGood question,astrology\n!!!,\nGood  question?,\n",
    )
    assert "Nothing was imported. 3 problems in the file:" in response.text
    assert "row 2, category: “astrology” is not a category (one of: About you" in response.text
    assert "row 3, question: empty; a question needs at least one word" in response.text
    assert "row 4, question: the same question as row 2" in response.text
    assert not Question.objects.for_user(owner).exists()


def spreadsheet(size: int) -> str:
    """`size` rows: new and already-banked questions, new and existing tags, some answers."""
    lines = ["question,category,answer,tags,notes"]
    for n in range(size):
        answer = f"Answer {n}" if n % 2 else ""
        lines.append(f'Question number {n}?,technical,{answer},"shared, tag {n % 3}",note {n}')
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("size", [6, 60])
def test_an_import_takes_the_same_queries_for_six_rows_or_sixty(
    owner_client, owner, size, django_assert_max_num_queries
):
    banked = Question.objects.find_or_create(owner, "question number 1")[0]
    banked.tags.add(Tag.objects.create(user=owner, name="shared"))
    Answer.objects.create(question=banked, body="Kept")
    Question.objects.find_or_create(owner, "Question number 2?")
    with django_assert_max_num_queries(IMPORT_QUERIES):
        response = upload(owner_client, spreadsheet(size))
    assert response.status_code == 302
    questions = Question.objects.for_user(owner)
    assert questions.count() == size
    assert questions.get(text="Question number 5?").answer.body == "Answer 5"
    assert questions.get(pk=banked.pk).answer.body == "Kept"  # an answer is never replaced
    tagged = questions.filter(tags__name="shared").count()
    assert tagged == size and Tag.objects.for_user(owner).count() == 4
    assert questions.get(text="Question number 4?").notes == "note 4"
    message = owner_client.get(reverse("userdata:data")).text
    answers = size // 2 - 1  # the odd rows, less the banked one already answered
    assert f"Added {size - 2} questions to your bank (2 already there, merged) and {answers}" in (
        message
    )


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"\xff\xfeq\x00u\x00", "The file is not UTF-8 text."),
        (b"question\n", "The file holds no questions."),
        (b"a\x00b\n", "The file contains NUL characters"),
    ],
)
def test_unreadable_files_are_refused_in_plain_words(raw, problem):
    with pytest.raises(Problems) as caught:
        csvfiles.read_question_rows(raw)
    assert caught.value.problems[0].startswith(problem)


@pytest.mark.parametrize(
    "text", ["=1+1", "+44 20", "-2", "@SUM(A1)", "'=already quoted", "'plain", "\tTab"]
)
def test_cells_a_spreadsheet_would_run_are_neutralised_and_read_back(text):
    cell = csvfiles.safe_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t"))
    assert csvfiles.unescape_cell(cell) == text


def test_exported_csv_files_hold_the_journal(owner_client, owner):
    from tests.userdata.conftest import fill_account

    fill_account(owner, ["=cmd|' /C calc'!A0", "Plain words"])
    interviews = owner_client.get(reverse("userdata:export-interviews-csv"))
    assert interviews["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in interviews["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(interviews.content.decode(), newline="")))
    assert len(rows) == 2
    assert rows[0]["outcome"] == "Offer"
    assert rows[0]["company"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["questions asked"].splitlines()[-1].startswith("Question 0: ")
    questions = owner_client.get(reverse("userdata:export-questions-csv")).content.decode()
    rows = list(csv.DictReader(io.StringIO(questions, newline="")))
    assert [row["question"] for row in rows] == sorted(row["question"] for row in rows)
    assert {row["category"] for row in rows} == {"Technical"}


def test_an_import_embeds_its_questions_before_its_transaction(owner, monkeypatch):
    # Embedding thousands of questions takes seconds: no database lock is held for it.
    depths = []
    embed = similarity.embed

    def measured(texts):
        depths.append(len(connection.atomic_blocks))
        return embed(texts)

    monkeypatch.setattr(similarity, "embed", measured)
    outside = len(connection.atomic_blocks)  # the test's own transaction
    rows = csvfiles.read_question_rows(
        b"question\nHow do you tame a llama?\nWhy alpacas, not llamas?\n"
    )
    csvfiles.questions_import(user=owner, rows=rows)
    assert depths == [outside]  # once, before the import's transaction; none inside it
    assert Question.objects.for_user(owner).count() == 2

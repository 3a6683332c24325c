import json

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from journal.models import Interview, Weakness
from questionbank.models import Question
from tests.factories import UserFactory
from userdata.checking import Problems
from userdata.export import export_document
from userdata.importer import document_import, parse_json

from .conftest import HOSTILE, fill_account


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in ("accounts", "journal", "questionbank")
        for model in apps.get_app_config(app).get_models()
    }


@pytest.fixture
def exported(db):
    return export_document(fill_account(UserFactory(username="source"), HOSTILE))


def problems_of(user, document) -> list[str]:
    with pytest.raises(Problems) as caught:
        document_import(user=user, document=document)
    return caught.value.problems


def test_every_problem_is_reported_with_its_place_and_nothing_is_imported(owner, exported):
    exported["interviews"][1]["date"] = "last Tuesday"
    exported["interviews"][0]["confidence_rating"] = 9
    exported["interviews"][0]["round"] = "tea party"
    exported["interviews"][0]["asked_questions"][0]["question"] = "  ?! "
    exported["questions"][2]["answer"] = {"body": 42, "revisions": "many"}
    exported["weaknesses"][1]["name"] = exported["weaknesses"][0]["name"].upper()
    exported["strengths"][0]["name"] = "x" * 500
    exported["drafts"][0]["data"] = "not an object"
    exported["not_the_same"] = [["Same?", "same"], "odd"]
    exported["questions"][0]["text"] = "contains a \x00 byte"
    exported["questions"][0]["card"] = {"state": "bogus"}
    before = row_counts()

    problems = problems_of(owner, exported)

    assert "interviews[1].date: not a date (YYYY-MM-DD)" in problems
    assert any(p.startswith("interviews[0].confidence_rating: ") for p in problems)
    assert any(p.startswith("interviews[0].round: ") and "valid choice" in p for p in problems)
    assert (
        "interviews[0].asked_questions[0].question: a question needs at least one word" in problems
    )
    assert "questions[2].answer.body: not text" in problems
    assert "questions[2].answer.revisions: not a list ([…])" in problems
    assert "weaknesses[1].name: the same weakness as weaknesses[0]" in problems
    assert any(p.startswith("strengths[0].name: ") for p in problems)
    assert "drafts[0].data: not an object ({…})" in problems
    assert "not_the_same[0]: the same question twice" in problems
    assert "not_the_same[1]: not a pair of questions ([“…”, “…”])" in problems
    assert "questions[0].text: contains a NUL character, which cannot be stored" in problems
    assert "questions[0].card: not a practice card Debrief can read" in problems
    assert row_counts() == before


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ([], "The file is not a Debrief export: it holds no JSON object."),
        ({"schema": "other"}, "schema: this is not a Debrief export"),
        (
            {"schema": "debrief-export", "schema_version": 99},
            "schema_version: this file is version 99; this Debrief reads version 1",
        ),
        (
            {"schema": "debrief-export", "schema_version": 1, "interviews": [{"company": "A"}]},
            "interviews[0].date: must have a value",
        ),
        (
            {"schema": "debrief-export", "schema_version": 1, "questions": {"a": 1}},
            "questions: not a list ([…])",
        ),
        (
            {"schema": "debrief-export", "schema_version": 1, "questions": [{"text": "a " * 300}]},
            "questions[0].text: longer than 500 characters",
        ),
    ],
)
def test_it_refuses_what_is_not_an_export(owner, document, problem):
    assert problem in problems_of(owner, document)


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_date_and_time_beyond_the_calendar_in_utc_is_a_problem(owner, exported, moment):
    exported["questions"][0]["reviews"][0]["reviewed_at"] = moment
    before = row_counts()

    problems = problems_of(owner, exported)

    assert problems == [
        "questions[0].reviews[0].reviewed_at: a date and time outside the years 1 to 9999"
    ]
    assert row_counts() == before


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"\xff\xfe not utf-8", "The file is not UTF-8 text; is it a Debrief JSON export?"),
        (b'{"schema": ', "The file is not valid JSON (line 1, column 12: Expecting value)."),
        (b"[" * 100_000 + b"]" * 100_000, "The file nests too deeply to be a Debrief export."),
        (
            b'{"schema_version": ' + b"9" * 5000 + b"}",
            "The file holds a number too long to be part of a Debrief export.",
        ),
    ],
)
def test_malformed_files_are_refused_in_plain_words(raw, problem):
    with pytest.raises(Problems) as caught:
        parse_json(raw)
    assert caught.value.problems == [problem]


def test_import_into_an_account_with_data_merges_and_says_what_it_added(owner, exported):
    Question.objects.find_or_create(owner, exported["questions"][1]["text"].upper() + " ")
    Weakness.objects.create(user=owner, name=exported["weaknesses"][0]["name"].upper())
    summary = document_import(user=owner, document=exported)
    assert Question.objects.for_user(owner).count() == 3
    assert Weakness.objects.for_user(owner).count() == 2
    assert Interview.objects.for_user(owner).count() == 2
    text = str(summary)
    assert text.startswith("Imported 2 questions, 1 answer, 2 practice reviews, 1 weakness, ")
    assert "Merged 1 question already in your bank instead of duplicating." in text
    assert "Merged 1 weakness already in your list" in text
    # Importing the same file again adds interviews but no new question.
    document_import(user=owner, document=exported)
    assert Question.objects.for_user(owner).count() == 3
    assert Interview.objects.for_user(owner).count() == 4


def test_the_import_page_reports_problems_and_changes_nothing(owner_client, owner, exported):
    exported["interviews"][1]["date"] = "31/02/2026"
    upload = SimpleUploadedFile("export.json", json.dumps(exported).encode(), "application/json")
    before = row_counts()
    response = owner_client.post(reverse("userdata:import-json"), {"file": upload})
    assert response.status_code == 200
    assert "Nothing was imported. 1 problem in the file:" in response.text
    assert "interviews[1].date: not a date (YYYY-MM-DD)" in response.text
    assert row_counts() == before


def test_the_import_page_imports_and_says_so(owner_client, owner, exported):
    upload = SimpleUploadedFile("export.json", json.dumps(exported).encode(), "application/json")
    response = owner_client.post(reverse("userdata:import-json"), {"file": upload}, follow=True)
    assert "Imported 3 questions" in response.text
    assert Interview.objects.for_user(owner).count() == 2


@pytest.mark.parametrize("name", ["userdata:import-json", "userdata:import-questions-csv"])
def test_a_file_over_the_limit_is_refused_clearly(owner_client, settings, name):
    settings.DEBRIEF_UPLOAD_MAX_BYTES = 1000
    upload = SimpleUploadedFile("big.json", b"x" * 5000)
    response = owner_client.post(reverse(name), {"file": upload})
    assert response.status_code == 200
    assert "That file is larger than the 1000\xa0bytes limit, so nothing was imported." in (
        response.text
    )


def test_posting_without_a_file_asks_for_one(owner_client):
    response = owner_client.post(reverse("userdata:import-json"), {})
    assert "Choose a file to import." in response.text


def test_a_binary_file_is_refused_without_a_server_error(owner_client):
    upload = SimpleUploadedFile("photo.json", bytes(range(256)) * 10)
    response = owner_client.post(reverse("userdata:import-json"), {"file": upload})
    assert response.status_code == 200
    assert "The file is not UTF-8 text" in response.text


def test_export_and_import_commands(owner, exported, tmp_path, capsys):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    call_command("import_user", "ada", str(path))
    assert "Imported 3 questions" in capsys.readouterr().out
    call_command("export_user", "ada", "--output", str(tmp_path / "again.json"))
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["username"] == "ada"
    assert len(again["interviews"]) == 2
    call_command("export_user", "ada")
    assert json.loads(capsys.readouterr().out)["schema_version"] == 1


def test_import_command_lists_problems_and_imports_nothing(owner, exported, tmp_path):
    exported["interviews"][0]["date"] = "soon"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    with pytest.raises(CommandError, match=r"interviews\[0\]\.date: not a date"):
        call_command("import_user", "ada", str(path))
    assert not Interview.objects.for_user(owner).exists()
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("import_user", "nobody", str(path))
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("export_user", "nobody")

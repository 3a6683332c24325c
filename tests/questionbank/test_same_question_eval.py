import json
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from questionbank.management.commands.same_question_eval import evaluate


def test_evaluation_counts_pairs_against_the_gold_groups():
    groups = [
        ["Tell me about yourself.", "Walk me through your background."],
        ["What is your biggest weakness?", "Where could you do better?"],
    ]
    lookalikes = [("Why do you want to leave your job?", "Why do you want this job?")]
    result = evaluate(groups, lookalikes, threshold=0.78)
    assert result["questions"] == 6 and result["pairs"] == 15
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)
    assert result["precision"] == 1.0 and result["recall"] == 1.0
    assert result["lookalikes_suggested"] == 0


def test_the_command_reports_precision_and_recall_on_the_held_out_set():
    out = StringIO()
    call_command("same_question_eval", stdout=out)
    text = out.getvalue()
    assert "bench/same_question/heldout.json" in text
    assert "Pairs: precision 0." in text and "recall 0." in text
    assert "Look-alike pairs wrongly suggested:" in text


def test_the_command_measures_a_set_file_anywhere_on_disk(tmp_path):
    path = tmp_path / "held_out.json"
    path.write_text(
        json.dumps(
            {
                "groups": [
                    {"id": "intro", "wordings": ["Tell me about yourself.", "Introduce yourself."]},
                    {"id": "leave", "wordings": ["Why are you leaving your job?", "Why quit?"]},
                ],
                "lookalike_pairs": [["Why are you leaving your job?", "Why do you want this job?"]],
            }
        )
    )
    out = StringIO()
    call_command("same_question_eval", "--file", str(path), stdout=out)
    text = out.getvalue()
    assert f"Set: {path}," in text
    assert "5 questions, 10 pairs" in text
    assert "Look-alike pairs wrongly suggested: 0 of 1" in text


def test_the_command_refuses_a_file_that_is_not_a_set(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text('{"questions": []}')
    with pytest.raises(CommandError, match="is not a set file"):
        call_command("same_question_eval", "--file", str(path), stdout=StringIO())
    with pytest.raises(CommandError, match="No set file at"):
        call_command("same_question_eval", "--file", str(tmp_path / "missing.json"))


def test_the_command_measures_the_job_matcher_on_a_chosen_set():
    out = StringIO()
    job_set = settings.BASE_DIR / "bench" / "job_match" / "heldout.json"
    call_command("same_question_eval", "--set", "dev", "--job-set", str(job_set), stdout=out)
    assert "on 31 labelled lines (heldout.json: Held out)" in out.getvalue()
    with pytest.raises(CommandError, match="No job-match set at"):
        call_command("same_question_eval", "--job-set", str(job_set.with_name("missing.json")))

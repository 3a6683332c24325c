from io import StringIO

from django.core.management import call_command

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
    assert "bench/same_question/test.json" in text
    assert "Pairs: precision 0." in text and "recall 0." in text
    assert "Look-alike pairs wrongly suggested:" in text

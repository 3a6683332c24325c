import json
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from questionbank.management.commands.category_eval import evaluate


def test_evaluate_counts_hits_and_names_the_confusions():
    result = evaluate(
        [
            {"text": "Tell me about a time you failed.", "category": "behavioural"},
            {"text": "When could you start?", "category": "salary"},
            {"text": "Why Acme?", "category": "about_you"},
        ]
    )
    assert (result["correct"], result["total"]) == (2, 3)
    assert result["confusions"] == {("about_you", "company"): 1}


def test_the_command_reports_the_accuracy_of_a_file(tmp_path, capsys):
    path = tmp_path / "labelled.json"
    path.write_text(json.dumps([{"text": "Design a URL shortener", "category": "technical"}]))
    call_command("category_eval", str(path))
    assert "1/1 correct: 100.0%" in capsys.readouterr().out


def test_the_held_out_figure_in_the_readme_is_what_the_command_measures(capsys):
    call_command("category_eval")
    correct, total = capsys.readouterr().out.split(" ")[0].split("/")
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert f"**{correct}/{total} = " in readme  # a changed rule updates the README's figure

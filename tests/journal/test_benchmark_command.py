from django.contrib.auth.models import User
from django.core.management import call_command


def test_benchmark_times_every_main_page_and_leaves_nothing_behind(db, capsys):
    call_command("benchmark", "--interviews", "12", "--questions", "40", "--runs", "1")
    out = capsys.readouterr().out
    for page in ("dashboard", "bank search", "question", "weaknesses", "weakness", "trends",
                 "strengths", "brief", "prep pack", "companies", "company"):  # fmt: skip
        assert f"\n{page} " in out, page
    assert "Rolled back the benchmark data." in out
    assert not User.objects.filter(username="benchmark-user").exists()

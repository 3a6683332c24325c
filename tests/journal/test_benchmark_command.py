from django.contrib.auth.models import User
from django.core.management import call_command


def test_benchmark_times_every_main_page_and_leaves_nothing_behind(db, capsys):
    call_command("benchmark", "--interviews", "12", "--questions", "40", "--runs", "1")
    out = capsys.readouterr().out
    for page in ("dashboard", "bank search", "question", "weaknesses", "weakness", "trends",
                 "strengths", "brief", "prep pack", "companies", "company", "practice",
                 "reminders", "settings", "your data"):  # fmt: skip
        assert f"\n{page} " in out, page
    floor = next(line for line in out.splitlines() if line.startswith("floor "))
    assert floor.split()[4] == "1.0"  # the floor is 1.0× itself
    assert "Rolled back the benchmark data." in out
    assert not User.objects.filter(username="benchmark-user").exists()

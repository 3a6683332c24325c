from django.contrib.auth import authenticate
from django.core.management import call_command
from django.db.models import Count
from django.http import HttpRequest

from journal.models import AskedQuestion, Interview, Strength, Weakness
from questionbank.models import Answer, Question, Review


def test_it_seeds_a_full_journal_and_prints_the_login(db, capsys):
    call_command("seed_demo", "--interviews", "40", "--questions", "60", "--username", "dana")
    out = capsys.readouterr().out
    assert "Log in as dana / debrief-demo" in out
    user = authenticate(HttpRequest(), username="dana", password="debrief-demo")
    assert user is not None
    interviews = Interview.objects.for_user(user)
    assert interviews.count() == 40
    assert interviews.values("company").distinct().count() > 3
    first = interviews.first()
    assert (
        interviews.at_company(first.company.upper()).count()
        == interviews.filter(company=first.company).count()
    )
    assert interviews.exclude(outcome="pending").exists()
    assert interviews.exclude(feedback="").exists() or interviews.filter(outcome="rejected")
    assert Question.objects.for_user(user).count() == 60
    # Questions repeat across companies, as they do in real job hunts.
    repeated = (
        AskedQuestion.objects.for_user(user)
        .values("question")
        .annotate(companies=Count("interview__company", distinct=True))
        .filter(companies__gt=1)
    )
    assert repeated.exists()
    assert Answer.objects.for_user(user).count() == 30
    assert Review.objects.for_user(user).exists()
    assert Strength.objects.for_user(user).filter(answers__isnull=False).exists()
    verdicts = {w.trend.verdict for w in Weakness.objects.for_user(user).with_trends()}
    assert "improving" in verdicts
    assert verdicts - {"improving"}, "some weaknesses should not improve"


def test_it_replaces_the_account_and_seeds_several_users(db, capsys):
    call_command("seed_demo", "--interviews", "5", "--questions", "12", "--users", "2")
    call_command("seed_demo", "--interviews", "5", "--questions", "12", "--users", "2")
    assert "Log in as demo2 / debrief-demo" in capsys.readouterr().out
    assert Interview.objects.filter(user__username="demo").count() == 5
    assert Interview.objects.filter(user__username="demo2").count() == 5

import datetime
import itertools

from django.utils import timezone

from accounts.models import Profile
from journal.models import ActionItem, DebriefDraft, Interview, Strength, Weakness
from questionbank.actions import asked_stats_refresh
from questionbank.models import Answer, NotSamePair, Question, Tag

HOSTILE = [
    "<script>alert('x')</script>",
    '=HYPERLINK("http://evil.example")',
    "'; DROP TABLE journal_interview; --",
    "Ünïcödé — 日本語 — emoji 🎉 — RTL \u202eevil",
    "line one\nline two\r\nline three",
    '"quoted", with, commas',
    "{{ template }} {% tag %}",
    "@SUM(1+1)",
    "-2+3",
]


def fill_account(user, texts, *, day=None):
    """An account with a row in every model a user owns, its text taken from `texts`."""
    text = itertools.cycle(texts or [""]).__next__
    day = day or timezone.localdate() - datetime.timedelta(days=3)
    moment = timezone.now().replace(microsecond=123456) - datetime.timedelta(days=2)
    profile = Profile.objects.for_user(user)
    profile.display_name = text()[:100]
    profile.time_zone = "Europe/Berlin"
    profile.email_signature = text()
    profile.save()

    questions = []
    for index in range(3):
        question, _ = Question.objects.find_or_create(
            user, f"Question {index}: {text()}", category=Question.Category.TECHNICAL, notes=text()
        )
        questions.append(question)
    NotSamePair.objects.create(user=user, first=questions[1], second=questions[2])
    tag, _ = Tag.objects.get_or_create(user=user, name=text()[:50] or "tag")
    questions[0].tags.add(tag, Tag.objects.get_or_create(user=user, name="zzz")[0])
    answer = Answer.objects.create(
        question=questions[0], body=text(), situation=text(), result=text(), status="ready"
    )
    answer.snapshot(force_new=True)
    answer.body = text()
    answer.save()
    answer.snapshot(force_new=True)
    questions[0].record_review("good", when=moment, seconds=42)
    questions[0].record_review("hard", when=moment + datetime.timedelta(days=1))

    weakness = Weakness.objects.create(user=user, name=f"1 {text()}"[:120], plan=text())
    other = Weakness.objects.create(user=user, name=f"2 {text()}"[:120], description=text())
    ActionItem.objects.create(weakness=weakness, text=text()[:300] or "act", done=True)
    ActionItem.objects.create(weakness=weakness, text="Practise out loud")
    strength = Strength.objects.create(user=user, name=text()[:120] or "Calm", evidence=text())
    strength.answers.add(answer)

    for index in range(2):
        interview = Interview.objects.create(
            user=user,
            company=text()[:200] or "Acme",
            role=text()[:200],
            date=day + datetime.timedelta(days=index),
            time=datetime.time(9, 30) if index else None,
            interviewers=text()[:300],
            notes=text(),
            outfit=text()[:300],
            dress_code=Interview.DressCode.SMART_CASUAL,
            researched_company=True,
            confidence_rating=4,
            confidence_note=text()[:500],
            went_well=text(),
            do_better=text(),
            thank_you_sent_on=day,
            feedback=text(),
            feedback_reflection=text(),
        )
        interview.record_outcome(Interview.Outcome.MOVED_FORWARD, when=moment, note=text()[:300])
        interview.record_outcome(Interview.Outcome.OFFER, when=moment + datetime.timedelta(hours=5))
        for position, question in enumerate(reversed(questions[index:])):
            interview.asked.create(
                question=question, position=position, answer_notes=text(), rating=3
            )
        interview.observations.create(
            weakness=weakness, severity=4, note=text()[:500], question=questions[1]
        )
        interview.observations.create(weakness=other, severity=2)
        interview.feedback_weaknesses.add(other)
    DebriefDraft.objects.create(
        user=user, token=__import__("uuid").uuid4(), data={"company": text(), "went_well": text()}
    )
    asked_stats_refresh(questions=[q.pk for q in questions])  # as the app's own writes do
    return user


def comparable(document: dict) -> dict:
    """The document without what legitimately differs between accounts: timestamps the
    database sets itself, the export time and the username."""
    document = {k: v for k, v in document.items() if k not in {"exported_at", "username"}}
    for question in document["questions"]:
        question.pop("created_at")
        if question["answer"]:
            question["answer"].pop("updated_at")
    for interview in document["interviews"]:
        interview.pop("created_at")
        interview.pop("updated_at")
    for weakness in document["weaknesses"]:
        weakness.pop("created_at")
        for action in weakness["actions"]:
            action.pop("created_at")
    for strength in document["strengths"]:
        strength.pop("created_at")
    for draft in document["drafts"]:
        draft.pop("updated_at")
    return document

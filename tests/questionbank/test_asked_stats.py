"""Each question's stored asked count and last-asked date equal a fresh count after every write
that adds, removes or moves an asking or changes an interview's date."""

import contextlib
import datetime
import itertools
import json
import uuid

import pytest
from django.db.models import Count, Max
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import actions as journal_actions
from journal.models import AskedQuestion, Interview
from questionbank import actions
from questionbank.models import Question
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory, UserFactory
from trash.actions import RestoreError, trash_remove, trash_restore
from trash.models import TrashItem
from userdata.export import export_document
from userdata.importer import document_import, parse_json

counter = itertools.count()
WORDINGS = [
    "Tell me about yourself",
    "Why do you want this job?",
    "Describe a conflict with a colleague",
    "What is your biggest weakness?",
    "Where do you see yourself in five years?",
]


def fresh(user) -> dict[int, tuple[int, datetime.date | None]]:
    """Counted from the askings themselves, as the bank did per view before they were stored."""
    rows = Question.objects.filter(user=user).annotate(
        n=Count("asked", distinct=True), last=Max("asked__interview__date")
    )
    return {q.pk: (q.n, q.last) for q in rows}


def stored(user) -> dict[int, tuple[int, datetime.date | None]]:
    rows = Question.objects.filter(user=user).values_list("pk", "times_asked", "last_asked_on")
    return {pk: (n, last) for pk, n, last in rows}


def assert_counts_fresh(user) -> None:
    assert stored(user) == fresh(user)


def test_the_recount_writes_the_count_and_the_latest_date(db, owner):
    early = InterviewFactory(user=owner, date=datetime.date(2026, 1, 5))
    late = InterviewFactory(user=owner, date=datetime.date(2026, 3, 9))
    question = QuestionFactory(user=owner)
    never = QuestionFactory(user=owner)
    for interview in (early, late):
        AskedQuestion.objects.create(interview=interview, question=question)
    Question.objects.filter(pk__in=[question.pk, never.pk]).update(times_asked=7)
    assert actions.asked_stats_refresh(questions=[question.pk, never.pk]) == 2
    assert stored(owner) == {question.pk: (2, datetime.date(2026, 3, 9)), never.pk: (0, None)}


# The write paths, through the actions the views call, in any order.
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("ask"), st.integers(0, 2), st.integers(0, len(WORDINGS) - 1)),
        st.tuples(st.just("unask"), st.integers(0, 20)),
        st.tuples(st.just("delete interview"), st.integers(0, 2)),
        st.tuples(st.just("delete question"), st.integers(0, 20)),
        st.tuples(st.just("restore"), st.integers(0, 5)),
        st.tuples(st.just("merge"), st.integers(0, 20), st.integers(0, 20)),
        st.tuples(st.just("redate"), st.integers(0, 2), st.integers(-400, 400)),
    ),
    min_size=1,
    max_size=10,
)


def _apply(user, operation) -> None:
    kind, *args = operation
    interviews = list(Interview.objects.for_user(user).order_by("pk"))
    questions = list(Question.objects.for_user(user).order_by("pk"))
    askings = list(AskedQuestion.objects.for_user(user).order_by("pk"))
    if kind == "ask" and interviews:
        interview = interviews[args[0] % len(interviews)]
        journal_actions.questions_record(interview=interview, texts=[WORDINGS[args[1]]])
    elif kind == "unask" and askings:
        asked = askings[args[0] % len(askings)]
        trash_remove(user=user, obj=asked, kind=TrashItem.Kind.ASKED, label="asked")
    elif kind == "delete interview" and interviews:
        interview = interviews[args[0] % len(interviews)]
        trash_remove(user=user, obj=interview, kind=TrashItem.Kind.INTERVIEW, label="interview")
    elif kind == "delete question" and questions:
        question = questions[args[0] % len(questions)]
        trash_remove(user=user, obj=question, kind=TrashItem.Kind.QUESTION, label="question")
    elif kind == "restore":
        items = list(TrashItem.objects.for_user(user).order_by("-pk"))
        if items:
            # Refused, changing nothing, when its question or interview exists again.
            with contextlib.suppress(RestoreError):
                trash_restore(item=items[args[0] % len(items)])
    elif kind == "merge" and len(questions) > 1:
        survivor = questions[args[0] % len(questions)]
        others = [q for q in questions if q.pk != survivor.pk]
        actions.questions_merge(survivor=survivor, duplicate=others[args[1] % len(others)])
    elif kind == "redate" and interviews:
        interview = interviews[args[0] % len(interviews)]
        interview.date = datetime.date(2026, 6, 1) + datetime.timedelta(days=args[1])
        interview.save(update_fields=["date"])
        journal_actions.interview_redate(interview=interview)


def test_a_question_loaded_before_a_recount_does_not_save_its_old_counts_back(db, owner):
    question = QuestionFactory(user=owner, text="Why this company?")
    stale = Question.objects.get(pk=question.pk)  # an edit form opened in another tab
    AskedQuestion.objects.create(interview=InterviewFactory(user=owner), question=question)
    actions.asked_stats_refresh(questions=[question.pk])
    stale.text = "Why this company, and why now?"
    stale.save()
    question.refresh_from_db()
    assert question.text == "Why this company, and why now?"
    assert (question.times_asked, question.last_asked_on) == fresh(owner)[question.pk]
    assert question.times_asked == 1


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_every_write_path_keeps_the_stored_counts_equal_to_a_fresh_count(db, operations):
    user = UserFactory(username=f"stats{next(counter)}")
    for day in (1, 2, 3):
        interview = InterviewFactory(user=user, date=datetime.date(2026, 5, day))
        journal_actions.questions_record(interview=interview, texts=WORDINGS[day - 1 : day + 1])
    assert_counts_fresh(user)
    for operation in operations:
        _apply(user, operation)
        assert_counts_fresh(user)


# The same paths through HTTP (and the admin, the import, the sample journal): each view calls
# the recount, not only the action underneath.


@pytest.fixture
def journal(owner):
    """Two interviews asking three questions, one of them twice."""
    first = InterviewFactory(user=owner, date=datetime.date(2026, 2, 1))
    second = InterviewFactory(user=owner, date=datetime.date(2026, 4, 1))
    shared = AskedQuestionFactory(interview=first).question
    AskedQuestionFactory(interview=second, question=shared)
    AskedQuestionFactory(interview=second)
    return first, second, shared


def _quick_debrief(client, owner, journal):
    client.post(
        reverse("journal:quick-debrief"),
        {
            "draft_token": uuid.uuid4(),
            "company": "Acme",
            "round": "other",
            "date": "2026-05-01",
            "questions": f"{journal[2].text}\nA brand new question?",
        },
    )


def _add_to_interview(client, owner, journal):
    url = reverse("journal:question-add", args=[journal[0].pk])
    client.post(url, {"text": "Another question entirely?"})


def _remove_from_interview(client, owner, journal):
    asked = journal[1].asked.get(question=journal[2])
    client.post(reverse("journal:question-remove", args=[journal[1].pk, asked.pk]))


def _delete_interview(client, owner, journal):
    client.post(reverse("journal:interview-delete", args=[journal[1].pk]))


def _restore_interview(client, owner, journal):
    _delete_interview(client, owner, journal)
    deleted = stored(owner)
    client.post(reverse("trash:restore", args=[TrashItem.objects.get().pk]))
    assert stored(owner) != deleted


def _redate_interview(client, owner, journal):
    url = reverse("journal:interview-section", args=[journal[0].pk, "basics"])
    client.post(url, {"company": journal[0].company, "date": "2026-09-09"})


def _merge(client, owner, journal):
    other = journal[1].asked.exclude(question=journal[2]).get().question
    url = reverse("questionbank:question-merge", args=[journal[2].pk])
    client.post(url, {"duplicate": other.pk, "confirmed": "1"})


def _import(client, owner, journal):
    source = UserFactory(username="source")
    interview = InterviewFactory(user=source, date=datetime.date(2026, 8, 8))
    AskedQuestionFactory(interview=interview, question__text=journal[2].text)
    document = parse_json(json.dumps(export_document(source)).encode())
    document_import(user=owner, document=document)


def _sample_journal_removed(client, owner, journal):
    Interview.objects.filter(user=owner).delete()
    Question.objects.filter(user=owner).delete()
    client.post(reverse("journal:sample-add"))
    sample = Interview.objects.filter(user=owner).first()
    # One of the user's own interviews asks a sample question: it stays, counted once.
    own = InterviewFactory(user=owner)
    journal_actions.questions_record(interview=own, texts=[sample.asked.first().question.text])
    client.post(reverse("journal:sample-remove"), {"confirmed": "1"})
    assert Question.objects.filter(user=owner, times_asked=1).exists()


@pytest.mark.parametrize(
    "path",
    [
        _quick_debrief,
        _add_to_interview,
        _remove_from_interview,
        _delete_interview,
        _restore_interview,
        _redate_interview,
        _merge,
        _import,
        _sample_journal_removed,
    ],
    ids=lambda path: path.__name__.strip("_"),
)
def test_each_write_path_keeps_the_counts(owner_client, owner, journal, path):
    before = stored(owner)
    path(owner_client, owner, journal)
    assert_counts_fresh(owner)
    # The path did change some count or date (a restore puts back what was there).
    assert (stored(owner) == before) is (path is _restore_interview)


def test_admin_writes_keep_the_counts(admin_client, owner, journal):  # pytest-django's admin
    first, second, shared = journal
    asked = second.asked.get(question=shared)
    other = QuestionFactory(user=owner)
    url = reverse("admin:journal_askedquestion_change", args=[asked.pk])
    fields = {"interview": second.pk, "question": other.pk, "position": 0, "answer_notes": ""}
    admin_client.post(url, fields)
    assert stored(owner)[other.pk] == (1, second.date)
    assert_counts_fresh(owner)
    admin_client.post(reverse("admin:journal_interview_delete", args=[first.pk]), {"post": "yes"})
    assert_counts_fresh(owner)
    admin_client.post(
        reverse("admin:journal_interview_changelist"),
        {"action": "delete_selected", "_selected_action": [second.pk], "post": "yes"},
    )
    assert not AskedQuestion.objects.exists()
    assert_counts_fresh(owner)
    assert set(stored(owner).values()) == {(0, None)}

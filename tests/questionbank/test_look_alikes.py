"""Look-alike pairs are stored when questions are written, so page views only read them."""

import io
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from questionbank import actions
from questionbank.apps import _refresh_stale_look_alikes
from questionbank.models import LookAlike, NotSamePair, Question, StarterLookAlike
from questionbank.starter import STARTER_QUESTIONS
from tests.factories import AskedQuestionFactory, InterviewFactory, QuestionFactory, UserFactory
from trash.models import TrashItem
from userdata.csvfiles import questions_import
from userdata.importer import document_import

# Several wordings of two catalogue questions and of some it does not know: more look-alikes
# per question than are kept, so what is kept depends on every other question.
WORDINGS = [
    "Tell me about yourself.",
    "Walk me through your background.",
    "Give me a quick summary of your career so far.",
    "Introduce yourself, please.",
    "Talk me through your CV.",
    "What is your biggest weakness?",
    "What would you say is your greatest weakness?",
    "Which weakness are you working on?",
    "How do you design a rate limiter for an API?",
    "How would you design an API rate limiter?",
    "Design a rate limiter for our public API.",
    "Why do you want to leave your job?",
    "Why do you want this job?",
]


@pytest.fixture
def few_kept(monkeypatch):
    """Keep two look-alikes per question, so the tests see which two are kept."""
    monkeypatch.setattr(LookAlike, "MOST_KEPT", 2)


def stored(user) -> dict[int, list[tuple[int, str]]]:
    rows = LookAlike.objects.for_user(user).order_by("question_id", "rank")
    kept: dict[int, list[tuple[int, str]]] = {}
    for row in rows:
        kept.setdefault(row.question_id, []).append((row.other_id, row.key))
    return kept


def starters(user) -> set[tuple[int, int, str]]:
    return set(StarterLookAlike.objects.for_user(user).values_list("question_id", "starter", "key"))


def from_scratch(user) -> dict[int, list[tuple[int, str]]]:
    """What a whole-bank recomputation would store now."""
    LookAlike.objects.for_user(user).delete()
    StarterLookAlike.objects.for_user(user).delete()
    actions.look_alikes_refresh(user=user, everything=True)
    return stored(user)


def assert_fresh(user) -> None:
    kept, starters_kept = stored(user), starters(user)
    assert kept == from_scratch(user)
    assert starters_kept == starters(user)
    assert not Question.objects.for_user(user).exclude(
        meaning_stamp__in=[
            Question.reading_stamp(t)
            for t in Question.objects.for_user(user).values_list("normalized_text", flat=True)
        ]
    )


def debrief(client, company: str, lines: list[str]):
    return client.post(
        reverse("journal:quick-debrief"),
        {
            "draft_token": uuid.uuid4(),
            "company": company,
            "role": "Engineer",
            "round": "technical",
            "date": "2026-11-20",
            "questions": "\n".join(lines),
        },
    )


def test_pairs_stay_right_through_every_kind_of_write(few_kept, owner_client, owner):
    debrief(owner_client, "Globex", WORDINGS[:4])
    assert_fresh(owner)
    assert stored(owner)  # four wordings of one catalogue question pair up
    assert starters(owner)  # ... and with the starter library's "Tell me about yourself."
    debrief(owner_client, "Initech", WORDINGS[4:9])
    assert_fresh(owner)
    owner_client.post(reverse("questionbank:question-create"), {"text": WORDINGS[9]})
    assert_fresh(owner)
    strength = next(n for n, (_, t, _) in enumerate(STARTER_QUESTIONS) if "strength" in t)
    owner_client.post(reverse("questionbank:starter"), {"chosen": [strength, 0]})
    assert Question.objects.filter(user=owner, text=STARTER_QUESTIONS[strength][1]).exists()
    assert_fresh(owner)
    questions_import(
        user=owner,
        rows=[
            {"text": text, "category": "", "notes": "", "answer": "", "tags": []}
            for text in WORDINGS[10:]
        ],
    )
    assert_fresh(owner)
    edited = Question.objects.get(user=owner, text=WORDINGS[1])
    owner_client.post(
        reverse("questionbank:question-edit", args=[edited.pk]),
        {"text": "How do you handle a rate limiter that blocks real users?", "category": ""},
    )
    assert_fresh(owner)
    keep, drop = Question.objects.filter(user=owner, text__in=WORDINGS[5:7]).order_by("pk")
    owner_client.post(reverse("questionbank:duplicate-merge"), {"keep": keep.pk, "drop": drop.pk})
    assert_fresh(owner)
    gone = Question.objects.get(user=owner, text=WORDINGS[0])
    owner_client.post(reverse("questionbank:question-delete", args=[gone.pk]))
    assert not LookAlike.objects.filter(other_id=gone.pk).exists()
    assert_fresh(owner)
    item = TrashItem.objects.for_user(owner).get()
    owner_client.post(reverse("trash:restore", args=[item.pk]))
    assert Question.objects.filter(pk=gone.pk).exists()
    assert_fresh(owner)


def test_not_the_same_gives_each_its_next_look_alike(few_kept, owner_client, owner):
    debrief(owner_client, "Globex", WORDINGS[:5])
    first = Question.objects.get(user=owner, text=WORDINGS[0])
    likeliest = LookAlike.objects.get(question=first, rank=0).other
    owner_client.post(
        reverse("questionbank:duplicate-dismiss"), {"first": first.pk, "second": likeliest.pk}
    )
    kept = [other for other, _ in stored(owner)[first.pk]]
    assert likeliest.pk not in kept and len(kept) == 2
    assert_fresh(owner)
    # Remembered when the whole bank is read again, and after an export is imported.
    assert likeliest.pk not in [other for other, _ in from_scratch(owner)[first.pk]]
    newcomer = UserFactory()
    document_import(
        user=newcomer,
        document=owner_client.get(reverse("userdata:export-json")).json(),
    )
    assert NotSamePair.objects.for_user(newcomer).count() == 1
    assert_fresh(newcomer)


def test_page_views_write_nothing_and_read_no_other_questions_vectors(owner_client, owner):
    interview = InterviewFactory(user=owner, company="Globex")
    for text in WORDINGS:
        AskedQuestionFactory(interview=interview, question__text=text)
    question = Question.objects.get(user=owner, text=WORDINGS[0])
    Question.objects.for_user(owner).update(meaning_stamp="older rules")
    pages, sql = {}, {}
    urls = {
        "question": question.get_absolute_url(),
        "interview": interview.get_absolute_url(),
        "duplicates": reverse("questionbank:duplicates"),
    }
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            pages[name] = owner_client.get(url).content.decode()
        sql[name] = [q["sql"] for q in queries.captured_queries]
    assert "Walk me through your background." in pages["question"].split("Also asked as…")[1]
    assert "worded differently" in pages["interview"]
    assert pages["duplicates"].count('duplicate-pair"') >= 5
    for name in urls:
        assert not [s for s in sql[name] if s.startswith(("INSERT", "UPDATE", "DELETE"))], name
    # No stored vector is read (the interview page's forms load its own questions whole).
    for name in ("question", "duplicates"):
        assert not [s for s in sql[name] if "meaning_vector" in s], name
    # Stale readings wait for the next write, `migrate` or the command, never a page view.
    assert Question.objects.filter(meaning_stamp="older rules").count() == 13


def grow(owner, interview, start: int, n: int) -> None:
    for k in range(start, start + n):
        AskedQuestionFactory(
            interview=interview, question__text=f"{WORDINGS[k % 5].rstrip('.?')}, take {k}?"
        )


@pytest.mark.parametrize("page", ["question", "interview", "duplicates"])
def test_the_query_count_does_not_grow_with_the_bank(
    owner_client, owner, page, django_assert_max_num_queries
):
    interview = InterviewFactory(user=owner)
    first = AskedQuestionFactory(interview=interview, question__text=WORDINGS[0]).question
    url = {
        "question": first.get_absolute_url(),
        "interview": interview.get_absolute_url(),
        "duplicates": reverse("questionbank:duplicates"),
    }[page]
    grow(owner, interview, 1, 3)
    with CaptureQueriesContext(connection) as small:
        owner_client.get(url)
    grow(owner, interview, 4, 20)
    assert LookAlike.objects.for_user(owner).count() > 100
    with django_assert_max_num_queries(len(small)):
        response = owner_client.get(url)
    html = response.content.decode()
    if page == "question":
        html = html.split("Also asked as…")[1].split("Same question, other wording?")[0]
    shown = html
    assert shown.count(", take ") >= 5


def test_stale_banks_are_refreshed_after_migrate_and_by_the_command(owner):
    for text in WORDINGS[:3]:
        QuestionFactory(user=owner, text=text)
    before = stored(owner)
    other = QuestionFactory(text="Tell me about yourself.")
    # As if the catalogue changed: every reading is out of date and no look-alike is kept.
    Question.objects.update(meaning_stamp="")
    LookAlike.objects.all().delete()
    _refresh_stale_look_alikes()
    assert stored(owner) == before
    assert_fresh(other.user)
    LookAlike.objects.all().delete()
    call_command("refresh_look_alikes", "--everything", stdout=io.StringIO())
    assert stored(owner) == before
    LookAlike.objects.all().delete()
    call_command("refresh_look_alikes", stdout=io.StringIO())  # nothing stale
    assert stored(owner) == {}


def test_the_starter_library_reads_stored_matches_only(owner_client, owner):
    QuestionFactory(user=owner, text="What's prompting you to look for a new role?")
    QuestionFactory(user=owner, text="Talk me through your CV.")
    url = reverse("questionbank:starter")
    with CaptureQueriesContext(connection) as queries:
        page = owner_client.get(url).content.decode()
    assert "in your bank as “Talk me through your CV.”" in page
    assert "in your bank as “What&#x27;s prompting you to look for a new role?”" in page
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [s for s in sql if "meaning_vector" in s or s.startswith(("INSERT", "UPDATE"))]
    # Edited into a question the library does not have: offered again.
    cv = Question.objects.get(user=owner, text="Talk me through your CV.")
    owner_client.post(
        reverse("questionbank:question-edit", args=[cv.pk]),
        {"text": "How do you shard a database of orders?", "category": ""},
    )
    assert "Talk me through your CV." not in owner_client.get(url).content.decode()
    for _ in range(5):
        QuestionFactory(user=owner)
    with CaptureQueriesContext(connection) as more:
        owner_client.get(url)
    assert len(more) == len(queries)

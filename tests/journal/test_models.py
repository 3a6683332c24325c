import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from journal.actions import questions_record
from journal.models import AskedQuestion, Interview
from journal.validators import validate_plausible_date
from questionbank.models import Question
from tests.factories import AskedQuestionFactory, InterviewFactory


def test_record_outcome_keeps_a_dated_history(owner):
    interview = InterviewFactory(user=owner)
    assert interview.record_outcome(Interview.Outcome.PENDING)
    assert not interview.record_outcome(Interview.Outcome.PENDING)
    when = timezone.now() + datetime.timedelta(minutes=5)
    assert interview.record_outcome(Interview.Outcome.MOVED_FORWARD, when=when)
    interview.refresh_from_db()
    assert interview.outcome == Interview.Outcome.MOVED_FORWARD
    assert [(c.outcome, c.changed_at == when) for c in interview.outcome_changes.all()] == [
        ("pending", False),
        ("moved_forward", True),
    ]


def test_questions_record_reuses_questions_and_keeps_order(owner):
    first = InterviewFactory(user=owner)
    second = InterviewFactory(user=owner)
    questions_record(interview=first, texts=["Tell me about yourself.", "Why us?"])
    questions_record(interview=second, texts=["tell me about YOURSELF", "A new one"])
    questions_record(interview=second, texts=["Tell me about yourself"])
    assert Question.objects.for_user(owner).count() == 3
    assert [a.question.text for a in second.asked.all()] == [
        "Tell me about yourself.",  # the wording first written down is kept
        "A new one",
    ]
    assert Question.objects.get(text="Tell me about yourself.").asked.count() == 2


def test_questions_of_different_users_are_separate(owner, outsider):
    questions_record(interview=InterviewFactory(user=owner), texts=["Why us?"])
    questions_record(interview=InterviewFactory(user=outsider), texts=["Why us?"])
    assert Question.objects.count() == 2


def test_moving_an_asked_question_swaps_it_with_its_neighbour(owner):
    interview = InterviewFactory(user=owner)
    a, b, c = (AskedQuestionFactory(interview=interview, position=i) for i in range(3))
    c.move(-1)
    assert list(interview.asked.all()) == [a, c, b]
    a.move(-1)  # already first: nothing happens
    assert list(interview.asked.all()) == [a, c, b]
    a.move(1)
    assert list(interview.asked.all()) == [c, a, b]


@pytest.mark.parametrize("years", [-31, 3])
def test_absurd_dates_are_refused(years):
    date = timezone.localdate() + datetime.timedelta(days=365 * years)
    with pytest.raises(ValidationError):
        validate_plausible_date(date)


def test_average_rating_skips_unrated(owner):
    interview = InterviewFactory(user=owner, confidence_rating=4, rapport_rating=3)
    assert interview.average_rating() == 3.5
    assert InterviewFactory(user=owner).average_rating() is None


def test_at_company_matches_any_case_and_spacing(owner, outsider):
    acme = InterviewFactory(user=owner, company="Acme")
    shouting = InterviewFactory(user=owner, company="ACME")
    InterviewFactory(user=owner, company="Acme Corp")
    InterviewFactory(user=outsider, company="acme")
    found = Interview.objects.for_user(owner).at_company("  acme ")
    assert set(found) == {acme, shouting}


def test_earlier_at_company_is_older_interviews_there_oldest_first(owner):
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    first = InterviewFactory(user=owner, company="Acme", date=today - 9 * day)
    second = InterviewFactory(user=owner, company="acme", date=today - 5 * day)
    interview = InterviewFactory(user=owner, company="ACME", date=today)
    later = InterviewFactory(user=owner, company="Acme", date=today + day)
    InterviewFactory(user=owner, company="Globex", date=today - 3 * day)
    assert list(interview.earlier_at_company()) == [first, second]
    assert set(interview.others_at_company()) == {first, second, later}


def test_checklists_are_labelled_by_their_fields_verbose_names(owner):
    interview = InterviewFactory(user=owner, thanked_interviewer=True)
    assert interview.conduct_items() == [
        ("Asked them questions", False),
        ("Thanked the interviewer", True),
        ("Shook hands / greeted properly", False),
    ]
    assert [label for label, _ in interview.preparation_items()][:2] == [
        "Researched the company",
        "Tailored the résumé",
    ]


def test_for_user_follows_each_models_ownership_path(owner, outsider):
    mine = AskedQuestionFactory(interview__user=owner)
    AskedQuestionFactory(interview__user=outsider)
    assert list(AskedQuestion.objects.for_user(owner)) == [mine]
    assert list(Question.objects.for_user(owner)) == [mine.question]

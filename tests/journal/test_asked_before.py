"""Right after a debrief: a new question that is one already in the bank in other words is
flagged, with a one-click merge or "not the same"."""

import datetime
import uuid

from django.urls import reverse

from journal.models import Interview
from questionbank.models import NotSamePair, Question
from tests.factories import AskedQuestionFactory, InterviewFactory


def debrief(client, company: str, questions: str):
    return client.post(
        reverse("journal:quick-debrief"),
        {
            "draft_token": uuid.uuid4(),
            "company": company,
            "role": "Engineer",
            "round": "technical",
            "date": "2026-11-20",
            "questions": questions,
        },
        follow=True,
    )


def test_a_new_wording_of_a_bank_question_is_flagged_after_the_debrief(owner_client, owner):
    globex = InterviewFactory(user=owner, company="Globex", date=datetime.date(2026, 3, 12))
    AskedQuestionFactory(interview=globex, question__text="Why are you leaving your current job?")
    response = debrief(
        owner_client, "Initech", "What's prompting you to look for a new role?\nHow do you test?"
    )
    flags = response.content.decode().split('role="note"')
    assert len(flags) == 2  # one flag: the other new question is new to the bank too
    flag = flags[1]
    # When, in words like the rest of the app, the exact date on hover.
    assert (
        'You were asked this at Globex <time datetime="2026-03-12" title="Thursday 12 March 2026">'
    ) in flag
    assert "</time>, worded differently" in flag
    assert "“Why are you leaving your current job?”" in flag
    assert "both read as “Why are you leaving your current job?”" in flag


def test_merging_from_the_flag_keeps_the_earlier_wording(owner_client, owner):
    globex = InterviewFactory(user=owner, company="Globex", date=datetime.date(2026, 3, 12))
    old = AskedQuestionFactory(interview=globex, question__text="Tell me about yourself.").question
    debrief(owner_client, "Initech", "Walk me through your background.")
    interview = Interview.objects.get(company="Initech")
    new = interview.asked.get().question
    response = owner_client.post(
        reverse("questionbank:duplicate-merge"),
        {
            "keep": old.pk,
            "drop": new.pk,
            "next": f"{interview.get_absolute_url()}#questions",
            "confirmed": "1",
        },
    )
    assert response["Location"] == f"{interview.get_absolute_url()}#questions"
    assert interview.asked.get().question == old
    assert not Question.objects.filter(pk=new.pk).exists()
    page = owner_client.get(interview.get_absolute_url()).content.decode()
    assert "asked 2×" in page and "worded differently" not in page


def test_not_the_same_silences_the_flag(owner_client, owner):
    globex = InterviewFactory(user=owner, company="Globex", date=datetime.date(2026, 3, 12))
    old = AskedQuestionFactory(interview=globex, question__text="Tell me about yourself.").question
    debrief(owner_client, "Initech", "Walk me through your background.")
    interview = Interview.objects.get(company="Initech")
    new = interview.asked.get().question
    owner_client.post(
        reverse("questionbank:duplicate-dismiss"), {"first": new.pk, "second": old.pk}
    )
    assert NotSamePair.objects.filter(first=old, second=new).exists()
    page = owner_client.get(interview.get_absolute_url()).content.decode()
    assert "worded differently" not in page

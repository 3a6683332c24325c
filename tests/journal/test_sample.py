"""The sample journal: offered to an empty journal, removed again without the user's own work."""

import pytest
from django.urls import reverse

from journal import sample
from journal.actions import questions_record
from journal.models import Interview, SampleRow, Weakness
from questionbank.models import Question
from tests.factories import InterviewFactory, ObservationFactory

pytestmark = pytest.mark.django_db
REMOVE = reverse("journal:sample-remove")


def test_an_empty_journal_is_offered_a_sample(owner_client, owner):
    html = owner_client.get(reverse("home")).text
    assert "Add a sample journal</button>" in html
    InterviewFactory(user=owner)
    assert "Add a sample journal" not in owner_client.get(reverse("home")).text


def test_adding_it_fills_the_account_marked_as_sample(owner_client, owner):
    response = owner_client.post(reverse("journal:sample-add"), follow=True)
    assert "Sample journal added: 12 interviews and 30 questions" in response.text
    assert "Remove the sample journal</button>" in response.text
    assert "Add a sample journal" not in response.text
    assert Interview.objects.for_user(owner).count() == 12
    assert SampleRow.objects.for_user(owner).filter(kind="interview").count() == 12
    assert SampleRow.objects.for_user(owner).filter(kind="question").count() == 30
    assert SampleRow.objects.for_user(owner).filter(kind="weakness").exists()
    # The sample ticks none of the getting-started steps: only what the user does counts.
    assert "0 of 5 done" in response.text


def test_it_is_never_mixed_into_a_journal_with_entries(owner_client, owner):
    InterviewFactory(user=owner)
    response = owner_client.post(reverse("journal:sample-add"), follow=True)
    assert "only offered while your journal is empty" in response.text
    assert Interview.objects.for_user(owner).count() == 1
    assert not SampleRow.objects.exists()


def test_removing_it_asks_first_then_keeps_what_the_user_wrote(owner_client, owner, outsider):
    sample.sample_journal_add(user=outsider)  # someone else's sample is theirs alone
    sample.sample_journal_add(user=owner)
    shared = Question.objects.for_user(owner).filter(asked__isnull=False).first()
    own = InterviewFactory(user=owner, company="My real one")
    questions_record(interview=own, texts=[shared.text, "What is my own question?"])
    weakness = Weakness.objects.for_user(owner).first()
    ObservationFactory(weakness=weakness, interview=own)

    page = owner_client.post(REMOVE)
    assert "Remove the sample journal?" in page.text
    assert Interview.objects.for_user(owner).count() == 13  # nothing yet

    response = owner_client.post(REMOVE, {"confirmed": "1"}, follow=True)
    assert "Sample journal removed: 12 interviews and 29 questions." in response.text
    assert "Kept what your own interviews use: 1 question, 1 weakness." in response.text
    assert list(Interview.objects.for_user(owner)) == [own]
    assert set(Question.objects.for_user(owner).values_list("text", flat=True)) == {
        shared.text,
        "What is my own question?",
    }
    assert list(Weakness.objects.for_user(owner)) == [weakness]
    assert not SampleRow.objects.for_user(owner).exists()
    assert Interview.objects.for_user(outsider).count() == 12
    assert "Remove the sample journal" not in response.text


def test_the_sample_banner_costs_constant_queries(
    owner_client, owner, django_assert_max_num_queries
):
    sample.sample_journal_add(user=owner)
    with django_assert_max_num_queries(18):
        html = owner_client.get(reverse("home")).text
    assert "Your journal holds a <strong>sample</strong>" in html

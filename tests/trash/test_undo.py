import datetime

from django.urls import reverse
from django.utils import timezone

from journal.models import ActionItem, AskedQuestion, Interview, WeaknessObservation
from questionbank.models import Answer, Question, Tag
from tests.factories import (
    AskedQuestionFactory,
    InterviewFactory,
    ObservationFactory,
    QuestionFactory,
    WeaknessFactory,
)
from trash.models import TrashItem


def undo(client, response_or_item):
    item = (
        response_or_item
        if isinstance(response_or_item, TrashItem)
        else TrashItem.objects.latest("id")
    )
    return client.post(reverse("trash:restore", args=[item.pk]))


def test_removing_an_asked_question_offers_undo_which_restores_order_and_notes(owner_client, owner):
    interview = InterviewFactory(user=owner)
    first, second, third = (
        AskedQuestionFactory(interview=interview, position=n, answer_notes=f"notes {n}")
        for n in range(3)
    )
    response = owner_client.post(
        reverse("journal:question-remove", args=[interview.pk, second.pk]),
        headers={"HX-Request": "true"},
    )
    assert 'hx-swap-oob="beforeend"' in response.text  # the Undo comes with the fragment
    assert f"Removed “{second.question.text}”." in response.text
    item = TrashItem.objects.get()
    assert f'action="/trash/{item.pk}/restore/"' in response.text
    assert list(interview.asked.values_list("pk", flat=True)) == [first.pk, third.pk]

    restored = undo(owner_client, item)
    assert restored.url == f"{interview.get_absolute_url()}#asked-{second.pk}"
    assert list(interview.asked.values_list("pk", "position", "answer_notes")) == [
        (first.pk, 0, "notes 0"),
        (second.pk, 1, "notes 1"),
        (third.pk, 2, "notes 2"),
    ]
    assert not TrashItem.objects.exists()


def test_deleting_an_interview_goes_to_the_trash_and_comes_back_whole(owner_client, owner):
    weakness = WeaknessFactory(user=owner)
    interview = InterviewFactory(user=owner, company="Acme", notes="Long notes")
    interview.record_outcome("pending")
    interview.record_outcome("offer")
    asked = AskedQuestionFactory(interview=interview, answer_notes="STAR")
    observation = ObservationFactory(weakness=weakness, interview=interview, severity=4)
    interview.feedback_weaknesses.add(weakness)

    owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    assert not Interview.objects.filter(pk=interview.pk).exists()
    assert not AskedQuestion.objects.filter(pk=asked.pk).exists()
    trash_page = owner_client.get(reverse("trash:list")).text
    assert "Acme" in trash_page
    assert "Empty the trash" in trash_page

    undo(owner_client, TrashItem.objects.get())
    restored = Interview.objects.get(pk=interview.pk)
    assert (restored.company, restored.notes, restored.outcome) == ("Acme", "Long notes", "offer")
    assert list(restored.outcome_changes.values_list("outcome", flat=True)) == ["pending", "offer"]
    assert restored.asked.get().answer_notes == "STAR"
    assert WeaknessObservation.objects.get(pk=observation.pk).severity == 4
    assert list(restored.feedback_weaknesses.all()) == [weakness]


def test_deleting_a_question_relinks_what_pointed_at_it(owner_client, owner):
    question = QuestionFactory(user=owner, text="Why Acme?", notes="research")
    Answer.objects.create(question=question, body="Because")
    question.tags.add(Tag.objects.create(user=owner, name="motivation"))
    asked = AskedQuestionFactory(interview__user=owner, question=question)
    observation = ObservationFactory(
        weakness__user=owner, interview=asked.interview, question=question
    )

    owner_client.post(reverse("questionbank:question-delete", args=[question.pk]))
    observation.refresh_from_db()
    assert observation.question is None

    undo(owner_client, TrashItem.objects.get())
    question = Question.objects.get(pk=question.pk)
    assert question.answer.body == "Because"
    assert [t.name for t in question.tags.all()] == ["motivation"]
    assert AskedQuestion.objects.get(pk=asked.pk).question_id == question.pk
    observation.refresh_from_db()
    assert observation.question_id == question.pk


def test_a_weakness_tag_and_a_plan_step_come_back(owner_client, owner):
    observation = ObservationFactory(weakness__user=owner, interview__user=owner, note="rambled")
    owner_client.post(
        reverse("journal:observation-remove", args=[observation.interview_id, observation.pk])
    )
    undo(owner_client, TrashItem.objects.get())
    assert WeaknessObservation.objects.get(pk=observation.pk).note == "rambled"

    step = ActionItem.objects.create(weakness=observation.weakness, text="Practise STAR")
    response = owner_client.post(
        reverse("journal:action-delete", args=[step.weakness_id, step.pk]), follow=True
    )
    assert "Removed “Practise STAR”." in response.text
    assert "Undo" in response.text
    undo(owner_client, TrashItem.objects.get())
    assert ActionItem.objects.get(pk=step.pk).text == "Practise STAR"


def test_an_undo_whose_parent_is_gone_says_so_and_changes_nothing(owner_client, owner):
    asked = AskedQuestionFactory(interview__user=owner)
    interview = asked.interview
    owner_client.post(reverse("journal:question-remove", args=[interview.pk, asked.pk]))
    removal = TrashItem.objects.get()
    Interview.objects.filter(pk=interview.pk).delete()
    response = owner_client.post(reverse("trash:restore", args=[removal.pk]), follow=True)
    assert "cannot be put back" in response.text
    assert TrashItem.objects.filter(pk=removal.pk).exists()
    assert not AskedQuestion.objects.filter(pk=asked.pk).exists()


def test_the_trash_keeps_30_days_and_empties_only_when_asked(owner_client, owner):
    old = InterviewFactory(user=owner, company="Old")
    recent = InterviewFactory(user=owner, company="Recent")
    for interview in (old, recent):
        owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    TrashItem.objects.filter(label__startswith="Old").update(
        deleted_at=timezone.now() - datetime.timedelta(days=31)
    )
    owner_client.get(reverse("home"))  # the two "Removed" messages are read
    page = owner_client.get(reverse("trash:list"))
    assert [item.label[:6] for item in page.context["items"]] == ["Recent"]
    assert "Old —" not in page.text
    assert TrashItem.objects.count() == 1
    owner_client.post(reverse("trash:empty"), {"confirmed": "1"})
    assert not TrashItem.objects.exists()


def test_another_users_trash_is_a_404_and_untouched(outsider_client, owner_client, owner):
    interview = InterviewFactory(user=owner, company="Secret Corp")
    owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    item = TrashItem.objects.get()
    assert outsider_client.post(reverse("trash:restore", args=[item.pk])).status_code == 404
    assert "Secret Corp" not in outsider_client.get(reverse("trash:list")).text
    outsider_client.post(reverse("trash:empty"), {"confirmed": "1"})
    assert TrashItem.objects.filter(pk=item.pk).exists()
    assert not Interview.objects.filter(pk=interview.pk).exists()


def test_the_trash_needs_a_login(client):
    response = client.get(reverse("trash:list"))
    assert response.status_code == 302
    assert "/login/" in response.url


def test_an_interview_comes_back_without_the_tags_of_a_weakness_deleted_since(owner_client, owner):
    weakness, kept = WeaknessFactory(user=owner, name="Rambling"), WeaknessFactory(user=owner)
    interview = InterviewFactory(user=owner, company="Acme")
    asked = AskedQuestionFactory(interview=interview, answer_notes="STAR")
    ObservationFactory(weakness=weakness, interview=interview)
    still = ObservationFactory(weakness=kept, interview=interview)
    interview.feedback_weaknesses.add(weakness, kept)
    owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    owner_client.post(reverse("journal:weakness-delete", args=[weakness.pk]))

    response = undo(owner_client, TrashItem.objects.get())
    restored = Interview.objects.get(pk=interview.pk)
    assert restored.asked.get().pk == asked.pk
    assert list(restored.observations.all()) == [still]
    assert list(restored.feedback_weaknesses.all()) == [kept]
    assert not TrashItem.objects.exists()
    page = owner_client.get(response.url).text
    assert "without 2 links to something deleted since" in page

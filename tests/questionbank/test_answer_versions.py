"""Two tabs on one answer: a stale save is refused, and every text stays in a revision."""

import pytest
from django.urls import reverse

from questionbank.models import Answer, AnswerRevision
from tests.factories import QuestionFactory

TAB_A, TAB_B = "a" * 32, "b" * 32


@pytest.fixture
def question(owner):
    return QuestionFactory(user=owner, text="Tell me about a failure")


def autosave(client, question, body, version, editor):
    url = reverse("questionbank:answer-autosave", args=[question.pk])
    data = {"body": body, "status": "draft", "version": version, "editor": editor}
    return client.post(url, data, headers={"HX-Request": "true"})


def test_the_editor_page_carries_the_version_and_a_fresh_editor_id(owner_client, question):
    Answer.objects.create(question=question, body="Mine", version=4)
    url = reverse("questionbank:answer-edit", args=[question.pk])
    first, second = owner_client.get(url), owner_client.get(url)
    assert 'name="version" value="4" form="answer-form"' in first.text
    editor = first.text.split('name="editor" value="')[1][:32]
    assert len(editor) == 32 and editor not in second.text


def test_a_stale_tabs_autosave_is_refused_and_shows_the_other_text(owner_client, question):
    autosave(owner_client, question, "First words", 0, TAB_A)
    autosave(owner_client, question, "Tab A's newer answer", 1, TAB_A)
    response = autosave(owner_client, question, "Tab B's older answer", 1, TAB_B)
    assert 'data-save-state="conflict"' in response.text
    assert "Not saved: changed in another tab" in response.text
    assert "Tab A&#x27;s newer answer" in response.text
    assert 'name="version" value="1"' in response.text  # tab B stays refused until it chooses
    assert Answer.objects.get(question=question).body == "Tab A's newer answer"


def test_keeping_this_tabs_text_leaves_the_other_in_a_revision(owner_client, question):
    autosave(owner_client, question, "Tab A's answer", 0, TAB_A)
    response = autosave(owner_client, question, "Tab B's answer", 1, TAB_B)
    assert 'data-save-state="saved"' in response.text
    answer = Answer.objects.get(question=question)
    assert (answer.body, answer.version) == ("Tab B's answer", 2)
    # Tab B's autosave started its own revision instead of amending tab A's.
    assert sorted(answer.revisions.values_list("body", flat=True)) == [
        "Tab A's answer",
        "Tab B's answer",
    ]


def test_one_tabs_autosaves_amend_its_own_revision(owner_client, question):
    autosave(owner_client, question, "Draft", 0, TAB_A)
    autosave(owner_client, question, "Draft, longer", 1, TAB_A)
    autosave(owner_client, question, "Draft, longer still", 2, TAB_A)
    assert list(AnswerRevision.objects.values_list("body", flat=True)) == ["Draft, longer still"]


def test_a_stale_plain_save_is_refused_then_a_second_save_keeps_it(owner_client, question):
    autosave(owner_client, question, "Saved in tab A", 0, TAB_A)
    url = reverse("questionbank:answer-edit", args=[question.pk])
    data = {"body": "Typed in tab B", "status": "ready", "version": 0, "editor": TAB_B}
    refused = owner_client.post(url, data)
    assert refused.status_code == 200
    assert "Not saved: this answer was changed elsewhere" in refused.text
    assert "Saved in tab A" in refused.text and "Typed in tab B" in refused.text
    assert 'name="version" value="1"' in refused.text
    assert Answer.objects.get(question=question).body == "Saved in tab A"

    saved = owner_client.post(url, {**data, "version": 1})
    assert saved.status_code == 302
    answer = Answer.objects.get(question=question)
    assert answer.body == "Typed in tab B"
    assert set(answer.revisions.values_list("body", flat=True)) == {
        "Saved in tab A",
        "Typed in tab B",
    }


def test_a_restore_moves_the_version_on(owner_client, question):
    autosave(owner_client, question, "One", 0, TAB_A)
    answer = Answer.objects.get(question=question)
    revision = answer.revisions.get()
    autosave(owner_client, question, "Two", 1, TAB_B)
    owner_client.post(reverse("questionbank:revision-restore", args=[question.pk, revision.pk]))
    answer.refresh_from_db()
    assert answer.body == "One" and answer.version == 3
    stale = autosave(owner_client, question, "Three", 2, TAB_B)
    assert 'data-save-state="conflict"' in stale.text


def test_the_conflict_shows_every_part_the_other_tab_wrote(owner_client, question):
    autosave(owner_client, question, "Tab A's answer", 0, TAB_A)
    Answer.objects.filter(question=question).update(result="Cut costs by a third")
    response = autosave(owner_client, question, "Tab B's answer", 0, TAB_B)
    assert 'data-save-state="conflict"' in response.text
    assert "Tab A&#x27;s answer" in response.text
    assert "Result</p>" in response.text and "Cut costs by a third" in response.text

"""The answer editor: one revision per editing session, a preview, and a diff."""

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from questionbank.models import Answer, AnswerRevision
from tests.factories import QuestionFactory

TAB_A, TAB_B = "a" * 32, "b" * 32


@pytest.fixture
def question(owner):
    return QuestionFactory(user=owner, text="Tell me about a failure")


def autosave(client, question, body, editor, **extra):
    version = Answer.objects.filter(question=question).values_list("version", flat=True).first()
    url = reverse("questionbank:answer-autosave", args=[question.pk])
    data = {"body": body, "status": "draft", "version": version or 0, "editor": editor, **extra}
    return client.post(url, data, headers={"HX-Request": "true"})


def save(client, question, body, editor):
    version = Answer.objects.filter(question=question).values_list("version", flat=True).first()
    url = reverse("questionbank:answer-edit", args=[question.pk])
    data = {"body": body, "status": "draft", "version": version or 0, "editor": editor}
    return client.post(url, data)


def bodies() -> list[str]:
    return list(AnswerRevision.objects.order_by("created_at", "id").values_list("body", flat=True))


def test_two_editing_sessions_each_ending_in_a_save_leave_two_revisions(owner_client, question):
    autosave(owner_client, question, "Draft", TAB_A)
    autosave(owner_client, question, "Draft, longer", TAB_A)
    assert save(owner_client, question, "Draft, longer, saved", TAB_A).status_code == 302
    autosave(owner_client, question, "Second go", TAB_B)
    save(owner_client, question, "Second go, saved", TAB_B)
    assert bodies() == ["Draft, longer, saved", "Second go, saved"]
    assert all(AnswerRevision.objects.values_list("pinned", flat=True))


def test_after_a_save_the_same_page_starts_a_new_revision(owner_client, question):
    autosave(owner_client, question, "Draft", TAB_A)
    save(owner_client, question, "Draft", TAB_A)  # the text was autosaved already: closes it
    autosave(owner_client, question, "Draft, then more", TAB_A)
    assert bodies() == ["Draft", "Draft, then more"]


def test_a_pause_of_ten_minutes_starts_a_new_revision(owner_client, question):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        autosave(owner_client, question, "One", TAB_A)
    with time_machine.travel(start + timezone.timedelta(minutes=9), tick=False):
        autosave(owner_client, question, "One two", TAB_A)
    # Nine minutes after the last save, not the first: still the same session.
    with time_machine.travel(start + timezone.timedelta(minutes=17), tick=False):
        autosave(owner_client, question, "One two three", TAB_A)
    assert bodies() == ["One two three"]
    with time_machine.travel(start + timezone.timedelta(minutes=28), tick=False):
        autosave(owner_client, question, "One two three four", TAB_A)
    assert bodies() == ["One two three", "One two three four"]


def test_another_tab_never_amends_this_tabs_revision(owner_client, question):
    autosave(owner_client, question, "Tab A", TAB_A)
    autosave(owner_client, question, "Tab B", TAB_B)
    autosave(owner_client, question, "Tab A again", TAB_A)
    # Tab A's later autosave cannot amend its first revision: tab B's came in between.
    assert bodies() == ["Tab A", "Tab B", "Tab A again"]


def test_the_rule_is_on_the_page(owner_client, question):
    html = owner_client.get(reverse("questionbank:answer-edit", args=[question.pk])).text
    assert "One revision per editing session" in html
    assert "The STAR outline" in html


def test_preview_renders_markdown_sanitised_without_saving(owner_client, question, htmx_headers):
    url = reverse("questionbank:answer-preview", args=[question.pk])
    body = "I **led** it.\n\n- one\n- two\n\n<script>alert(1)</script>[x](javascript:alert(1))"
    response = owner_client.post(url, {"body": body}, headers=htmx_headers)
    assert response.text.lstrip().startswith('<section id="answer-preview"')
    assert "<strong>led</strong>" in response.text and "<li>one</li>" in response.text
    assert "<script>" not in response.text and "javascript:" not in response.text
    assert not Answer.objects.filter(question=question).exists()


def test_preview_without_javascript_keeps_the_text_and_saves_nothing(owner_client, question):
    Answer.objects.create(question=question, body="Saved text", version=3)
    url = reverse("questionbank:answer-edit", args=[question.pk])
    data = {"body": "Typed *text*", "status": "draft", "version": 3, "preview": ""}
    response = owner_client.post(url, data)
    assert response.status_code == 200
    assert "Typed <em>text</em>" in response.text  # the preview
    assert "Typed *text*</textarea>" in response.text  # the field keeps what was typed
    assert 'name="version" value="3"' in response.text
    assert Answer.objects.get(question=question).body == "Saved text"
    # A plain GET of the preview URL goes back to the editor.
    preview = reverse("questionbank:answer-preview", args=[question.pk])
    assert owner_client.post(preview, {"body": "x"})["Location"] == url


def test_the_diff_shows_each_changed_part_word_by_word(owner_client, question):
    answer = Answer.objects.create(question=question, body="We cut costs by a third.")
    revision = answer.snapshot(force_new=True)
    answer.body, answer.result = "We cut costs by half.", "Saved <b>money</b>"
    answer.save()
    url = reverse("questionbank:revision-diff", args=[question.pk, revision.pk])
    html = owner_client.get(url).text
    assert (
        'We cut costs by <del><span class="visually-hidden">[removed: </span>a third'
        '<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">'
        '[added: </span>half<span class="visually-hidden">]</span></ins>.' in html
    )
    assert "1 word added, 2 removed" in html
    assert "Result</h2>" in html and "Saved &lt;b&gt;money&lt;/b&gt;" in html
    assert "Situation</h2>" not in html  # empty on both sides


def test_the_revisions_page_links_each_revision_to_its_diff(owner_client, question):
    answer = Answer.objects.create(question=question, body="One")
    first = answer.snapshot(force_new=True)
    answer.body = "Two"
    answer.save()
    answer.snapshot(force_new=True)
    html = owner_client.get(reverse("questionbank:answer-revisions", args=[question.pk])).text
    assert reverse("questionbank:revision-diff", args=[question.pk, first.pk]) in html
    assert "Compare with the current answer" in html


def test_a_diff_of_another_questions_revision_is_a_404(owner_client, owner, question):
    other = Answer.objects.create(question=QuestionFactory(user=owner), body="Other")
    revision = other.snapshot(force_new=True)
    url = reverse("questionbank:revision-diff", args=[question.pk, revision.pk])
    assert owner_client.get(url).status_code == 404

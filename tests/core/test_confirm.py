"""Destructive actions ask first: a page of their own without JavaScript, then do it."""

import re
import uuid

import pytest
from django.urls import reverse

from journal.models import DebriefDraft
from questionbank.models import Question
from tests.factories import AskedQuestionFactory, QuestionFactory
from trash.models import TrashItem

pytestmark = pytest.mark.django_db


def confirm_form(html: str) -> dict:
    """The fields the confirmation page's form posts."""
    form = html.split("data-confirm-page>", 1)[1].split("</form>")[0]
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form))
    fields.pop("csrfmiddlewaretoken", None)
    return fields


def test_a_merge_asks_first_and_merges_once_confirmed(owner_client, owner):
    keep = QuestionFactory(user=owner, text="Tell me about yourself")
    drop = AskedQuestionFactory(interview__user=owner, question__text="Walk me through it").question
    url = reverse("questionbank:question-merge", args=[keep.pk])
    page = owner_client.post(url, {"duplicate": drop.pk})
    assert page.status_code == 200
    assert "Merge the chosen question into this one?" in page.text
    assert f'<a class="btn btn-link" href="{keep.get_absolute_url()}">Cancel</a>' in page.text
    assert Question.objects.filter(pk=drop.pk).exists()  # nothing happened yet

    fields = confirm_form(page.text)
    assert fields == {"duplicate": str(drop.pk), "confirmed": "1"}
    response = owner_client.post(url, fields)
    assert response.status_code == 302
    assert not Question.objects.filter(pk=drop.pk).exists()
    assert keep.asked.count() == 1


def test_a_suggested_pair_is_merged_only_once_confirmed(owner_client, owner):
    keep = QuestionFactory(user=owner, text="Tell me about yourself")
    drop = QuestionFactory(user=owner, text="Walk me through your background")
    url = reverse("questionbank:duplicate-merge")
    page = owner_client.post(url, {"keep": keep.pk, "drop": drop.pk, "next": "/questions/"})
    assert "Merge “Walk me through your background” into “Tell me about yourself”" in page.text
    assert Question.objects.filter(pk=drop.pk).exists()
    owner_client.post(url, confirm_form(page.text))
    assert not Question.objects.filter(pk=drop.pk).exists()


def test_emptying_the_trash_asks_first(owner_client, owner):
    question = QuestionFactory(user=owner)
    owner_client.post(reverse("questionbank:question-delete", args=[question.pk]))
    assert TrashItem.objects.for_user(owner).count() == 1
    trash = owner_client.get(reverse("trash:list")).text
    assert 'data-confirm="Empty the trash? What is in it is then gone for good."' in trash
    page = owner_client.post(reverse("trash:empty"))
    assert "Empty the trash? What is in it is then gone for good." in page.text
    assert TrashItem.objects.for_user(owner).count() == 1
    response = owner_client.post(reverse("trash:empty"), confirm_form(page.text), follow=True)
    assert "Trash emptied." in response.text
    assert TrashItem.objects.for_user(owner).count() == 0


def test_discarding_a_draft_asks_first(owner_client, owner, htmx_headers):
    owner_client.post(
        reverse("journal:debrief-autosave"),
        {"draft_token": uuid.uuid4(), "company": "Acme"},
        headers=htmx_headers,
    )
    assert DebriefDraft.objects.for_user(owner).open().exists()
    page = owner_client.post(reverse("journal:debrief-discard"))
    assert "Discard this draft? What you typed will be lost." in page.text
    assert DebriefDraft.objects.for_user(owner).open().exists()
    owner_client.post(reverse("journal:debrief-discard"), confirm_form(page.text))
    assert not DebriefDraft.objects.for_user(owner).open().exists()

"""Another user's trash is a 404, and nothing changes."""

import pytest
from django.urls import reverse

from journal.models import Interview
from tests.factories import InterviewFactory
from trash.models import TrashItem


@pytest.mark.parametrize("htmx", [False, True])
def test_another_user_gets_404_everywhere(owner_client, outsider_client, owner, htmx):
    interview = InterviewFactory(user=owner)
    owner_client.post(reverse("journal:interview-delete", args=[interview.pk]))
    item = TrashItem.objects.get()
    headers = {"HX-Request": "true"} if htmx else {}
    urls = [("post", reverse("trash:restore", args=[item.pk]), {})]
    for method, url, data in urls:
        response = getattr(outsider_client, method)(url, data, headers=headers)
        assert response.status_code == 404, (method, url)
    assert TrashItem.objects.filter(pk=item.pk).exists()
    assert not Interview.objects.filter(pk=interview.pk).exists()

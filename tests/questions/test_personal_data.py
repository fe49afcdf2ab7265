"""An admin exports, or erases, everything held about one email address: alert
subscriptions and questions."""

import json

import pytest
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from alerts.models import Subscriber
from tests.factories.questions import QuestionPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
URL = "/admin/personal-data/"


@pytest.fixture
def held():
    page = QuestionPageFactory()
    Subscriber.objects.create(email="reader@example.org", language="fr",
                              confirmed_at=timezone.now())
    Subscriber.objects.create(email="other@example.org")
    FormSubmission.objects.create(page=page, form_data={
        "name": "", "email": "Reader@Example.org", "message": "A question", "consent": True})
    FormSubmission.objects.create(page=page, form_data={"email": "other@example.org"})


def test_export_gives_every_record_of_the_address_and_no_other(admin_client, held):
    response = admin_client.post(URL, {"email": "reader@example.org", "export": ""})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)["held"]
    assert [s["language"] for s in data["alert_subscriptions"]] == ["fr"]
    assert [q["message"] for q in data["questions"]] == ["A question"]


def test_erase_needs_a_tick_then_deletes_only_that_address(admin_client, held):
    refused = admin_client.post(URL, {"email": "reader@example.org", "erase": ""})
    assert refused.status_code == 200 and Subscriber.objects.count() == 2
    admin_client.post(URL, {"email": "reader@example.org", "erase": "", "confirm_erase": "on"})
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["other@example.org"]
    assert [s.form_data["email"] for s in FormSubmission.objects.all()] == ["other@example.org"]


def test_only_superusers_may(client, django_user_model, held):
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(editor)
    response = client.post(URL, {"email": "reader@example.org", "export": ""})
    assert response.status_code in (302, 403)
    assert Subscriber.objects.count() == 2

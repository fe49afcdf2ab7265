"""A reader asks the trial team a question: the page in four languages, the note on
medical advice, spam checks without any outside service, the team told by email in the
background, and questions deleted after the retention period."""

import datetime
import time

import pytest
from django.core import signing
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from questions.models import PER_ADDRESS_PER_HOUR
from tests.conftest import LANGUAGES
from tests.factories.questions import QuestionPageFactory
from tests.helpers import soup, translated
from tests.mail_server import run_worker

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
NO_ADVICE = "We cannot give medical advice."


@pytest.fixture
def page(db):
    return QuestionPageFactory()


def stamp(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt="questions.started")


def ask(client, page, language="en", capture=None, **fields):
    data = {"name": "A reader", "email": "reader@example.org", "message": "When are results out?",
            "consent": "on", "website": "", "started": stamp(), **fields}
    if capture is None:
        return client.post(page.get_url_in(language), data)
    with capture(execute=True):
        return client.post(page.get_url_in(language), data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_in_each_language_with_the_note_on_medical_advice(client, page, language):
    response = client.get(page.get_url_in(language))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]  # its form is personal: never cached
    html = soup(response)
    assert html.select_one("h1").get_text() == getattr(page, f"title_{language}")
    assert translated(NO_ADVICE, language) in html.get_text()
    for name in ("name", "email", "message", "consent"):
        field = html.select_one(f"#id_{name}")
        assert html.select_one(f"label[for=id_{name}]").get_text(strip=True), name
        assert field is not None
    assert translated("Your question", language) in html.get_text()
    consent = translated("I agree that the trial team keeps my question and my address to "
                         "answer me, and deletes them after %(months)s months.", language)
    assert html.select_one("label[for=id_consent]").get_text() == consent % {"months": 12}
    trap = html.select_one("#id_website")
    assert trap["tabindex"] == "-1" and "question-form__trap" in trap.parent["class"]


def test_a_question_is_stored_and_the_team_told_by_email(
        client, page, smtp, django_capture_on_commit_callbacks):
    response = ask(client, page, "fr", django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert page.thank_you_text_fr in soup(response).get_text()
    submission = FormSubmission.objects.get(page=page)
    assert set(submission.get_data()) >= {"name", "email", "message", "consent"}
    assert "website" not in submission.form_data and "started" not in submission.form_data
    assert smtp.messages == []  # the worker sends it, not the request
    run_worker()
    [(rcpt, message)] = smtp.messages
    assert rcpt == [page.to_address]
    assert message["Reply-To"] == "reader@example.org"
    assert "When are results out?" in message.get_content()


@pytest.mark.parametrize("fields, message", [
    ({"website": "http://spam.example"},
     "Your message could not be sent. Please leave the last field empty."),
    ({"started": lambda: stamp(0)},
     "That was very quick. Please check your question and send it again."),
    ({"started": lambda: stamp() + "x"},
     "This form was open too long or was changed. Please send it again."),
    ({"message": "x" * 100_000}, None),
    ({"name": "Eve\r\nBcc: victim@example.org"}, "Write this on one line."),
    ({"email": "reader@example.org\r\nBcc: victim@example.org"},
     "Enter an email address like name@example.org."),
    ({"email": "not an address"}, "Enter an email address like name@example.org."),
    ({"consent": ""}, "Please tick this box, or we cannot answer you."),
])
def test_bad_input_is_refused_in_the_readers_language(client, page, fields, message):
    # A stamp is made when the test runs, not when it is collected.
    fields = {name: value() if callable(value) else value for name, value in fields.items()}
    response = ask(client, page, "it", **fields)
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("[role=alert]")
    if message:
        assert translated(message, "it") in html.get_text()
    else:
        assert "100000" in html.get_text()  # says how long it is, and the limit
    assert not FormSubmission.objects.filter(page=page).exists()


def test_one_address_may_ask_only_a_few_times_an_hour(client, page):
    statuses = [ask(client, page, "sv").status_code for _ in range(PER_ADDRESS_PER_HOUR + 2)]
    assert statuses == [200] * PER_ADDRESS_PER_HOUR + [429, 429]
    last = ask(client, page, "sv")
    assert translated("You have sent several questions in the last hour. Please wait an hour "
                      "before you send another.", "sv") in last.content.decode()
    assert FormSubmission.objects.filter(page=page).count() == PER_ADDRESS_PER_HOUR


def test_questions_are_deleted_after_the_retention_period(page, settings):
    settings.QUESTION_RETENTION_MONTHS = 12
    old = FormSubmission.objects.create(page=page, form_data={"email": "old@example.org"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=366))
    recent = FormSubmission.objects.create(page=page, form_data={"email": "new@example.org"})
    call_command("delete_old_questions", verbosity=0)
    assert list(FormSubmission.objects.filter(page=page)) == [recent]
    settings.QUESTION_RETENTION_MONTHS = 1
    FormSubmission.objects.filter(pk=recent.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=40))
    call_command("delete_old_questions", verbosity=0)
    assert not FormSubmission.objects.filter(page=page).exists()

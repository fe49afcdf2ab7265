"""A reader subscribes from the footer or the alerts page, confirms by email, and
unsubscribes in one click; bad input gets a clear answer in the reader's language."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from alerts.models import Subscriber
from tests.helpers import soup, translated
from tests.mail_server import run_worker, text_and_html

from .helpers import link_in, path_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def subscribe(client, django_capture_on_commit_callbacks, language="fr", **data):
    fields = {"email": "reader@example.org", "language": language, "topic": "all", **data}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(f"/{language}/" + translated("alerts/", language), fields)


def test_every_page_has_the_footer_form_and_a_get_updates_link_without_script(client, about):
    page = soup(client.get(about.get_url_in("fr")))
    link = page.select_one("header a.updates-link")
    assert link.get_text(strip=True) == translated("Get updates", "fr")
    form = page.select_one("footer form.alerts-form")
    assert form["method"] == "post" and form["action"] == link["href"]
    for control in form.select("input[type=email], select"):
        assert page.select_one(f"label[for={control['id']}]")
    assert not page.select("script[src*=alerts]")
    # The page stays cacheable: no CSRF cookie is set by the footer form.
    assert not client.get(about.get_url_in("fr")).cookies


def test_subscribing_sends_a_confirmation_in_the_readers_language_and_nothing_else(
        client, smtp, django_capture_on_commit_callbacks):
    response = subscribe(client, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert translated("Check your inbox", "fr") in response.content.decode()
    assert smtp.messages == []  # sent by the worker, not in the request
    run_worker()
    [(_, message)] = smtp.messages
    assert message["Subject"] == translated("Please confirm your MIROCALS alerts", "fr")
    text, html = text_and_html(message)
    assert "/fr/" in link_in(text, "confirm") and 'lang="fr"' in html
    assert Subscriber.objects.get().confirmed_at is None


def test_confirming_twice_and_a_tampered_link(client, smtp, django_capture_on_commit_callbacks):
    subscribe(client, django_capture_on_commit_callbacks, topic="press")
    run_worker()
    confirm = path_of(link_in(text_and_html(smtp.messages[0][1])[0], "confirm"))
    first = client.get(confirm)
    assert first.status_code == 200
    assert translated("Your subscription is confirmed", "fr") in first.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmed_at and subscriber.topic == "press"
    second = client.get(confirm)
    assert second.status_code == 200
    assert translated("You had already confirmed it. Nothing has changed.", "fr") in (
        second.content.decode())
    tampered = client.get(confirm.replace("/confirm/", "/confirm/x"))
    assert tampered.status_code == 400
    assert translated("This link does not work", "fr") in tampered.content.decode()


def test_unsubscribing_in_one_post_and_twice(client, django_capture_on_commit_callbacks):
    subscribe(client, django_capture_on_commit_callbacks)
    subscriber = Subscriber.objects.get()
    from alerts.links import unsubscribe_url

    url = path_of(unsubscribe_url(subscriber))
    assert client.get(url).status_code == 200 and Subscriber.objects.exists()
    # RFC 8058: the mail program posts once, with no cookie and no token.
    once = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert once.status_code == 200 and not Subscriber.objects.exists()
    twice = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert twice.status_code == 200
    assert translated("You are not subscribed", "fr") in twice.content.decode()
    assert client.post(url[:-3] + "zz/").status_code == 400


@pytest.mark.parametrize("email", ["not-an-address", "reader@example.org\r\nBcc: x@example.org",
                                   "reader@", ""])
def test_bad_addresses_are_refused_in_the_readers_language(
        client, smtp, email, django_capture_on_commit_callbacks):
    response = subscribe(client, django_capture_on_commit_callbacks, language="it", email=email)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("[role=alert]")
    field = page.select_one("main #id_email")
    assert field["aria-invalid"] == "true"
    assert page.select_one(f"#{field['aria-describedby']}").get_text(strip=True) in {
        translated("Enter an email address like name@example.org.", "it"),
        translated("Enter your email address.", "it")}
    run_worker()
    assert smtp.messages == [] and not Subscriber.objects.exists()


def test_injected_choices_are_refused(client, django_capture_on_commit_callbacks):
    response = subscribe(client, django_capture_on_commit_callbacks,
                         language="sv", topic="all\r\nBcc: x@example.org")
    assert response.status_code == 400 and not Subscriber.objects.exists()


def test_a_hundred_subscriptions_in_a_minute_are_stopped(
        client, smtp, django_capture_on_commit_callbacks):
    # The clock held still: the hundred come within the minute however busy the machine is
    # (on a loaded machine they took longer, and the limit's window rightly reopened).
    with time_machine.travel(timezone.now(), tick=False):
        statuses = [subscribe(client, django_capture_on_commit_callbacks,
                              email=f"reader{n}@example.org").status_code for n in range(100)]
        last = subscribe(client, django_capture_on_commit_callbacks, language="sv")
    assert statuses.count(200) == 10 and set(statuses[10:]) == {429}
    assert translated("Too many requests", "sv") in last.content.decode()
    run_worker()
    assert len(smtp.messages) == 10


def test_one_address_gets_few_confirmations(client, smtp, django_capture_on_commit_callbacks,
                                            settings):
    from alerts import views

    statuses = []
    for n in range(6):
        client.defaults["REMOTE_ADDR"] = f"10.0.0.{n}"
        statuses.append(subscribe(client, django_capture_on_commit_callbacks).status_code)
    assert statuses == [200] * views.PER_ADDRESS_PER_HOUR + [429] * 3
    run_worker()
    assert len(smtp.to("reader@example.org")) == views.PER_ADDRESS_PER_HOUR


def test_unconfirmed_addresses_are_deleted_after_seven_days():
    old = Subscriber.objects.create(email="old@example.org")
    Subscriber.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=7, minutes=1))
    Subscriber.objects.create(email="new@example.org")
    Subscriber.objects.create(email="kept@example.org", confirmed_at=timezone.now())
    Subscriber.objects.filter(email="kept@example.org").update(
        created_at=timezone.now() - datetime.timedelta(days=30))
    call_command("delete_unconfirmed_subscribers", verbosity=0)
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "new@example.org", "kept@example.org"}

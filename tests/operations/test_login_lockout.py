"""Admin lockout (issue 14, item 5): 5 failed sign-ins for one user, or from one address,
and further attempts are refused for the cool-off, even with the right password, with a
message in the editor's language; after the cool-off the editor signs in again."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

from tests.helpers import translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]  # needs no page at all
LOGIN = "/admin/login/"
PASSWORD = "right-password-4711"
TITLE = "Too many failed sign-in attempts"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def attempt(address, username, password, language="en"):
    client = Client(raise_request_exception=False, REMOTE_ADDR=address,
                    HTTP_ACCEPT_LANGUAGE=language)
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in(response):
    return response.status_code == 302 and "/admin/login/" not in response["Location"]


def fail_five_times(address, usernames):
    for username in usernames:
        response = attempt(address, username, "wrong")
        assert not signed_in(response)


def test_five_failures_for_one_user_lock_that_user_out_from_any_address(editor):
    fail_five_times("192.0.2.1", ["editor"] * 5)
    for address in ("192.0.2.1", "198.51.100.7"):  # another address: still the same user
        response = attempt(address, "editor", PASSWORD, language="fr")
        assert response.status_code == 429
        page = response.content.decode()
        assert '<html lang="fr">' in page
        assert translated(TITLE, "fr") in page and "15 minutes" in page


def test_five_failures_from_one_address_lock_that_address_out_for_any_user(editor):
    fail_five_times("203.0.113.5", [f"guess{number}" for number in range(5)])
    response = attempt("203.0.113.5", "editor", PASSWORD, language="sv")
    assert response.status_code == 429
    assert translated(TITLE, "sv") in response.content.decode()
    # The editor, from their own address, is not affected.
    assert signed_in(attempt("198.51.100.20", "editor", PASSWORD))


def test_four_failures_do_not_lock_and_the_cool_off_ends(editor):
    fail_five_times("192.0.2.9", ["editor"] * 4)
    assert signed_in(attempt("192.0.2.9", "editor", PASSWORD))

    fail_five_times("192.0.2.9", ["editor"] * 5)
    assert attempt("192.0.2.9", "editor", PASSWORD).status_code == 429
    with time_machine.travel(datetime.timedelta(minutes=16)):
        assert signed_in(attempt("192.0.2.9", "editor", PASSWORD))


def test_the_lockout_message_is_translated_in_every_language(editor):
    fail_five_times("192.0.2.30", ["editor"] * 5)
    for language in ("en", "fr", "it", "sv"):
        page = attempt("192.0.2.30", "editor", PASSWORD, language=language).content.decode()
        assert f'<html lang="{language}">' in page
        assert translated(TITLE, language) in page
        if language != "en":
            assert TITLE not in page


def test_behind_proxies_the_client_address_is_the_one_the_proxy_saw(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(5):
        client = Client(REMOTE_ADDR="127.0.0.1",
                        HTTP_X_FORWARDED_FOR=f"10.9.9.9, 192.0.2.{50 + number}")
        client.post(LOGIN, {"username": f"guess{number}", "password": "wrong"})
    # Five readers behind the same proxy are five addresses: none is locked out.
    client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.50")
    assert signed_in(client.post(LOGIN, {"username": "editor", "password": PASSWORD}))

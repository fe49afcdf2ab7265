"""When an article goes live, each confirmed subscriber who wants it gets one email in
their language, through a real SMTP server, and never a second one."""

import pytest
from django.test import override_settings
from django.utils import timezone

from alerts.models import Delivery, Subscriber
from alerts.tasks import send_page_alerts
from news.models import Kind
from tests.factories.news import make_article
from tests.helpers import translated
from tests.mail_server import run_worker, text_and_html

from .helpers import path_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
FALLBACK_NOTE = "This page is not yet available in your language. Here is the English text."


def subscriber(email, language, topic="all", confirmed=True):
    return Subscriber.objects.create(email=email, language=language, topic=topic,
                                     confirmed_at=timezone.now() if confirmed else None)


def publish(django_capture_on_commit_callbacks, title, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        return make_article(title, summary={"en": "Results in English.",
                                            "fr": "Les résultats en français."}, **kwargs)


def test_each_subscriber_gets_the_article_once_in_their_language(
        smtp, django_capture_on_commit_callbacks):
    subscriber("fr@example.org", "fr")
    subscriber("sv@example.org", "sv")
    subscriber("press@example.org", "en", topic="press")
    subscriber("results@example.org", "it", topic="results")
    subscriber("unconfirmed@example.org", "fr", confirmed=False)
    article = publish(django_capture_on_commit_callbacks, "Trial news")
    assert smtp.messages == []  # nothing in the request: the worker sends
    run_worker()
    assert sorted(rcpt[0] for rcpt, _ in smtp.messages) == ["fr@example.org", "sv@example.org"]

    [french] = smtp.to("fr@example.org")
    assert french["Subject"] == "Trial news (fr)"
    text, html = text_and_html(french)
    assert "Les résultats en français." in text and "/fr/" in text
    assert translated(FALLBACK_NOTE, "fr") not in text

    [swedish] = smtp.to("sv@example.org")
    assert swedish["Subject"] == "Trial news"  # no Swedish title: the English one, said so
    text, html = text_and_html(swedish)
    assert translated(FALLBACK_NOTE, "sv") in text and "Results in English." in text
    assert 'lang="en"' in html

    # Published again: nobody gets it twice.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    run_worker()
    assert send_page_alerts.call(article.pk) == 0
    assert len(smtp.messages) == 2
    assert Delivery.objects.filter(page=article).count() == 2


def test_press_releases_reach_the_press_only_subscribers(smtp, django_capture_on_commit_callbacks):
    subscriber("press@example.org", "en", topic="press")
    subscriber("results@example.org", "it", topic="results")
    publish(django_capture_on_commit_callbacks, "A release", kind=Kind.PRESS)
    run_worker()
    assert [rcpt for rcpt, _ in smtp.messages] == [["press@example.org"]]


def test_one_click_unsubscribe_headers_work(client, smtp, django_capture_on_commit_callbacks):
    subscriber("fr@example.org", "fr")
    publish(django_capture_on_commit_callbacks, "Trial news")
    run_worker()
    [(_, message)] = smtp.messages
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message["List-Unsubscribe"].strip("<>")
    assert url.startswith("http") and url in text_and_html(message)[0]
    response = client.post(path_of(url), "List-Unsubscribe=One-Click",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and not Subscriber.objects.exists()


def test_later_subscribers_do_not_get_old_articles_published_again(
        smtp, django_capture_on_commit_callbacks):
    article = publish(django_capture_on_commit_callbacks, "Old news")
    subscriber("late@example.org", "en")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    run_worker()
    assert smtp.messages == []


def test_a_failed_send_is_tried_again_and_sent_once(smtp, django_capture_on_commit_callbacks):
    subscriber("fr@example.org", "fr")
    article = publish(django_capture_on_commit_callbacks, "Trial news")
    closed = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                          "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2}}}
    with override_settings(MAILERS=closed), pytest.raises(OSError):
        send_page_alerts.call(article.pk)  # nothing listens on port 9: the task fails
    assert not Delivery.objects.exists()
    assert send_page_alerts.call(article.pk) == 1
    assert send_page_alerts.call(article.pk) == 0
    assert len(smtp.messages) == 1

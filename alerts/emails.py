"""The emails of the alerts, each in the subscriber's language, plain text and HTML."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from home.languages import DEFAULT_LANGUAGE

from . import links


def _message(to, subject, template, context, headers=None):
    text = render_to_string(f"alerts/email/{template}.txt", context)
    html = render_to_string(f"alerts/email/{template}.html", context)
    # A subject is one line, whatever a page title holds.
    subject = " ".join(subject.split())
    message = EmailMultiAlternatives(subject, text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    return message


def confirmation_email(subscriber, language, topic):
    with translation.override(language):
        context = {"confirm_url": links.confirm_url(subscriber, language, topic),
                   "days": links.CONFIRMATION_DAYS, "language": language}
        return _message(subscriber.email, gettext("Please confirm your MIROCALS alerts"),
                        "confirm", context)


def page_alert_email(subscriber, page):
    """The page in the subscriber's language, or in English with a note saying so."""
    language = subscriber.language
    in_english = not page.is_translated_into(language)
    unsubscribe = links.unsubscribe_url(subscriber)
    with translation.override(language):
        url = page.get_url_in(DEFAULT_LANGUAGE if in_english else language)
        with translation.override(DEFAULT_LANGUAGE if in_english else language):
            title = page.title
            summary = getattr(page, "summary", "") or getattr(page, "intro", "") or ""
        context = {"title": title, "summary": summary, "url": _absolute(url),
                   "in_english": in_english, "unsubscribe_url": unsubscribe,
                   "language": language}
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",  # RFC 8058
        }
        return _message(subscriber.email, title, "alert", context, headers)


def _absolute(url):
    return url if url.startswith("http") else settings.WAGTAILADMIN_BASE_URL + url

"""The signed links of the alert emails: confirm (valid 7 days, carries the choices made)
and unsubscribe (valid as long as the subscription). A tampered link fails its signature."""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRMATION_DAYS = 7
_CONFIRM = "alerts.confirm"
_UNSUBSCRIBE = "alerts.unsubscribe"


class BadLink(Exception):
    """The link was changed, or is not one of ours."""


class ExpiredLink(BadLink):
    pass


def confirmation_token(subscriber, language, topic):
    return signing.dumps({"k": subscriber.key, "l": language, "t": topic}, salt=_CONFIRM)


def read_confirmation(token):
    """{"k": key, "l": language, "t": topic} of a valid confirmation token."""
    try:
        return signing.loads(token, salt=_CONFIRM,
                             max_age=datetime.timedelta(days=CONFIRMATION_DAYS))
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise BadLink from error


def unsubscribe_token(subscriber):
    return signing.dumps(subscriber.key, salt=_UNSUBSCRIBE)


def read_unsubscribe(token):
    try:
        return signing.loads(token, salt=_UNSUBSCRIBE)
    except signing.BadSignature as error:
        raise BadLink from error


def absolute(view_name, language, token):
    """The link in `language`'s URL prefix, on the site's public address."""
    with translation.override(language):
        return settings.WAGTAILADMIN_BASE_URL + reverse(view_name, args=[token])


def confirm_url(subscriber, language, topic):
    return absolute("alerts:confirm", language, confirmation_token(subscriber, language, topic))


def unsubscribe_url(subscriber):
    return absolute("alerts:unsubscribe", subscriber.language, unsubscribe_token(subscriber))

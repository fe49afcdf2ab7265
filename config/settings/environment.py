"""Typed reading of environment variables for the settings.

A wrong value stops the start with a message that names the variable, rather than
surfacing later as a mail that never leaves or a link to the wrong host.
"""

import os
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email
from django.http.request import validate_host

TRUE = {"true", "1", "yes", "on"}
FALSE = {"false", "0", "no", "off", ""}


def env_bool(name, default=False):
    value = os.environ.get(name, str(default)).strip().lower()
    if value not in TRUE | FALSE:
        raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")
    return value in TRUE


def env_int(name, default, minimum=0):
    value = os.environ.get(name, str(default)).strip()
    if not (value.isascii() and value.isdigit() and int(value) >= minimum):
        raise ImproperlyConfigured(f"{name} must be a whole number of at least {minimum}, "
                                   f"not {value!r}.")
    return int(value)


def env_email(name, default):
    """An address ("news@example.org" or "Name <news@example.org>")."""
    value = os.environ.get(name, "").strip() or default
    try:
        validate_email(parseaddr(value)[1])
    except ValidationError as error:
        raise ImproperlyConfigured(f"{name} must be an email address, not {value!r}.") from error
    return value


def https_site_address(name, allowed_hosts):
    """The site's public root, e.g. https://www.example.org, required and served over
    https by one of `allowed_hosts`; returned without a trailing slash."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Set {name} to the site's public address, e.g. https://www.example.org: "
            "production refuses to start without it (links in emails and the API use it).")
    parts = urlsplit(value)
    if (parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/")
            or parts.query or parts.fragment):
        raise ImproperlyConfigured(
            f"{name} must be the site's https root, like https://www.example.org, "
            f"not {value!r}.")
    if not validate_host(parts.hostname, allowed_hosts):
        raise ImproperlyConfigured(
            f"{name} names {parts.hostname}, which ALLOWED_HOSTS does not serve.")
    return value.rstrip("/")

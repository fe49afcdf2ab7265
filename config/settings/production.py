"""Production: HTTPS only, secrets and addresses from the environment, refuses to start
without them."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import env_bool, env_email, env_int, https_site_address

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: production refuses to start without it.")

WAGTAILADMIN_BASE_URL = https_site_address("SITE_BASE_URL", ALLOWED_HOSTS)  # noqa: F405
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

if not os.environ.get("REDIS_URL"):
    # gunicorn's workers must share the page cache, or a purge would reach only one.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),  # noqa: F405
        }
    }

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Mail (password resets, workflow notifications, error reports) leaves from the site's
# own domain unless told otherwise, never from Django's webmaster@localhost.
DEFAULT_FROM_EMAIL = env_email(
    "DEFAULT_FROM_EMAIL", f"noreply@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}")
SERVER_EMAIL = env_email("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
SMTP_OPTIONS = {
    "host": os.environ.get("EMAIL_HOST", "localhost"),
    "username": os.environ.get("EMAIL_HOST_USER", ""),
    "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
    "use_tls": env_bool("EMAIL_USE_TLS"),
    "use_ssl": env_bool("EMAIL_USE_SSL"),
    "timeout": env_int("EMAIL_TIMEOUT", 10, minimum=1),  # a stuck server must not hang a worker
}
if SMTP_OPTIONS["use_tls"] and SMTP_OPTIONS["use_ssl"]:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS (STARTTLS) or EMAIL_USE_SSL, not both.")
if "EMAIL_PORT" in os.environ:  # else 587 with TLS, 465 with SSL, 25 without
    SMTP_OPTIONS["port"] = env_int("EMAIL_PORT", 25, minimum=1)
# Django 6.1's MAILERS replaces the EMAIL_HOST, EMAIL_PORT... settings.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                       "OPTIONS": SMTP_OPTIONS}}

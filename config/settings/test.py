"""Test settings: fast hashing, in-memory cache (unless CACHE_DIR is set), real templates,
static manifest off."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-private-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True  # serve static files without collectstatic
STATIC_ROOT = None  # whitenoise serves from the finders; nothing is collected
if not os.environ.get("CACHE_DIR"):
    # pytest's own process: memory is faster and each test starts cold. A server started
    # in a subprocess beside other processes is given CACHE_DIR and shares base's file cache.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# SMTP on the port the alerts' end-to-end test gives its worker process (in-process tests
# get Django's locmem mailer instead).
SMTP_PORT = int(os.environ.get("EMAIL_PORT", 25))
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                       "OPTIONS": {"host": "127.0.0.1", "port": SMTP_PORT, "timeout": 10}}}

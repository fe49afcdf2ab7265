"""Local development: debug on, a throwaway secret key, SQLite unless DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# No mail server on a laptop: workflow notifications and other emails are printed by
# `make run` instead of failing with "Mail connection error".
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

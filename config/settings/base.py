"""Settings shared by every environment, safe for production on their own.

Everything that differs between machines comes from environment variables;
dev.py and test.py relax what a developer's laptop needs relaxed.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail-modeltranslation must come first: its migrate/makemigrations commands
    # override Django's and add the per-language columns of wagtailcore_page.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "home",
    "trial",
    "news",
    "partners",
    "alerts",
    "questions",
    "translations",
    "operations",
    "wagtail.contrib.forms",
    "django_tasks_db",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.PublicContentSecurityPolicyMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "home.http_cache.CacheHeadersMiddleware",
    # Before the session: a page from the cache costs little more than a static file.
    "home.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.PrefixedLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.site_lookup.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.staff_scope.SiteWideAdminViewsMiddleware",
    # Last, as django-axes asks: answers a locked-out login with operations.lockout.
    "axes.middleware.AxesMiddleware",
]

# Answered without looking up the Wagtail Site (home.site_lookup): the load balancer's
# liveness probe touches neither the database nor the cache.
PATHS_WITHOUT_SITE = ["/healthz", "/readyz"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default, so that a newcomer needs no database server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while the scheduler or an editor writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index on PostgreSQL uses its full-text fields and GIN indexes.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes checks each sign-in before the password does (admin and Wagtail's login).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 failed sign-ins for one user name, or from one address, and both are refused for the
# cool-off, whatever the password (operations.lockout says so in the editor's language).
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", 15)))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "operations.lockout.locked_out"
AXES_CLIENT_IP_CALLABLE = "operations.lockout.client_address"
# How many proxies of ours (nginx, Varnish) stand in front of gunicorn and append to
# X-Forwarded-For: the client's address is the one the outermost of them saw.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site's languages, written here only (code reads them through home.languages): code,
# name in its own language, and the locale of its dates and Open Graph tags. English is
# the source and the fallback of every translated field.
SITE_LANGUAGES = [
    ("en", "English", "en_GB"),
    ("fr", "Français", "fr_FR"),
    ("it", "Italiano", "it_IT"),
    ("sv", "Svenska", "sv_SE"),
]
LANGUAGE_CODE = SITE_LANGUAGES[0][0]
LANGUAGES = [(code, name) for code, name, _locale in SITE_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)

# Emails to readers and documents made by the site (PDFs) leave the request: their tasks
# are stored in the database and `manage.py db_worker --backend background` runs them.
# "default" stays immediate for Wagtail's own tasks (search and reference indexes,
# through the django-tasks backport).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Readers' questions are deleted after this many months (`manage.py delete_old_questions`).
QUESTION_RETENTION_MONTHS = int(os.environ.get("QUESTION_RETENTION_MONTHS", 12))

# The steps of `manage.py load_demo_content`, in order: each makes its app's launch content
# from its data files (<app>/content/*.toml). Calls to action and page links between them
# are filled in once all have run.
DEMO_CONTENT_STEPS = [
    "home.demo_content.pages.load",
    "trial.demo_content.load",
    "news.demo_content.load",
    "partners.demo_content.load",
    "questions.demo_content.load",
    "translations.demo_content.load",
]
# Translations are by field, not by Wagtail locale: with WAGTAIL_I18N_ENABLED on,
# page.url would follow page.locale instead of the active language.
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("en", "English")]
# Slugs in plain ASCII in every language (home.slugs), like the demo's: /fr/a-propos-de-l-essai/.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

WAGTAIL_SITE_NAME = "MIROCALS"
# The role modules `manage.py setup_site` runs, in this order (each builds on the groups
# of those before it): the staff groups, then news, then partners, then translators.
SITE_ROLE_MODULES = ["home.roles", "news.roles", "partners.permissions", "translations.roles"]
# The site's public address, for links in emails and the API's detail_url and find/
# redirects; production requires SITE_BASE_URL (https).
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "heic": "webp"}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Documents are served as downloads, so an uploaded HTML or SVG file cannot run
# in our origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# Image renditions only: the web server may serve this folder at MEDIA_URL.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Documents and image originals, which no web server may serve: Django hands them out only
# to whom home.file_privacy allows (a file of an unpublished page is private).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "home.file_storage.PrivateFileStorage"},
    "renditions": {"BACKEND": "home.file_storage.RenditionStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
# Once Django has said yes, the web server sends a private file: "X-Accel-Redirect" (nginx,
# with an internal location SENDFILE_URL aliasing PRIVATE_MEDIA_ROOT) or "X-Sendfile"
# (Apache). Unset, Django streams it.
SENDFILE_HEADER = os.environ.get("SENDFILE_HEADER", "")
SENDFILE_URL = os.environ.get("SENDFILE_URL", "/private-media/")
if SENDFILE_HEADER:
    if SENDFILE_HEADER not in ("X-Accel-Redirect", "X-Sendfile"):
        raise ImproperlyConfigured("SENDFILE_HEADER must be X-Accel-Redirect or X-Sendfile.")
    SENDFILE_BACKEND = "home.file_sending"

# Every process (runserver, gunicorn's workers, the scheduler) must share one cache, or a
# purge made by one would not reach the pages another serves: Redis when given, else
# files on this machine. The page cache keeps only addresses the site links to
# (home.cache), so MAX_ENTRIES holds every language of a few hundred pages; Django lists
# the directory before each write (about 5 ms at 3000 files).
# Redis gone, the site must still serve from the database, slower: django-redis's
# IGNORE_EXCEPTIONS turns each failed cache call into a miss (logged). A page makes dozens
# of cache calls: the short timeouts and no retry (redis-py retries 3 times with back-off)
# keep a Redis that is down or does not answer from holding every request.
if os.environ.get("REDIS_URL"):
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    CACHES = {"default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "mirocals",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5,
                    "SOCKET_TIMEOUT": 0.5,
                    "CONNECTION_POOL_KWARGS": {"retry": Retry(NoBackoff(), 0)}},
    }}
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        "OPTIONS": {"MAX_ENTRIES": 3000},
    }}

# Whole pages for anonymous readers (home.cache), emptied on every content change.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))

# Cache-Control of public pages (home.http_cache): browsers keep a page a minute (nobody
# can purge them); a caching proxy or CDN an hour, purged on every change (home.purge),
# and may serve it stale while it asks again, or for a day while the site is down.
HTTP_CACHE_MAX_AGE = int(os.environ.get("HTTP_CACHE_MAX_AGE", 60))
HTTP_CACHE_PROXY_SECONDS = int(os.environ.get("HTTP_CACHE_PROXY_SECONDS", 3600))
HTTP_CACHE_STALE_WHILE_REVALIDATE = 30
HTTP_CACHE_STALE_IF_ERROR = 24 * 3600
# A caching proxy in front (Varnish: README "Caching proxy"), told by home.purge which
# addresses went stale. wagtail.contrib.frontend_cache is not in INSTALLED_APPS: its own
# signal handlers would purge one language's URL, before the change is committed.
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {"proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }}

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# SAMEORIGIN, not DENY: Wagtail's live preview shows our own pages in a frame.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# The public pages load nothing from another origin and run no inline script.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "style-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


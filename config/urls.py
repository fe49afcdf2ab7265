from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from home import api_input as home_api_input
from home import file_views
from home import search as home_search
from home import sitemap as home_sitemap
from home import views as home_views
from home.file_storage import RENDITIONS_FOLDER
from operations import health

urlpatterns = [
    path("", home_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_sitemap.sitemap, name="sitemap"),
    path("robots.txt", home_sitemap.robots_txt, name="robots_txt"),
    # For load balancers: liveness (no database) and readiness (database and cache).
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("api/v2/", api_router.urls),
    # An API client gets JSON, not a page; only for addresses ending in "/", so that
    # /api/v2/news still redirects to /api/v2/news/.
    re_path(r"^api/(.*/)?$", home_api_input.not_found),
]

if settings.DEBUG:
    # `make run` serves what the web server serves in production: renditions, nothing else.
    urlpatterns += static(settings.MEDIA_URL + RENDITIONS_FOLDER + "/",
                          document_root=Path(settings.MEDIA_ROOT) / RENDITIONS_FOLDER)
# Private files keep their /media/ addresses, which only Django answers (home.file_views).
media = settings.MEDIA_URL.lstrip("/")
urlpatterns += [
    path(f"{media}documents/<path:name>", file_views.document_file),
    path(f"{media}original_images/<path:name>", file_views.original_image),
    path(f"{media}avatar_images/<path:name>", file_views.avatar),
]

# Every public page lives under its language prefix: /en/, /fr/, /it/, /sv/.
urlpatterns += i18n_patterns(
    # The search page's address follows the language: /en/search/, /fr/recherche/, ...
    path(_("search/"), home_search.search, name="search"),
    path(_("alerts/"), include("alerts.urls")),
    path("", include("news.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
# A database outage is a 503 in the reader's language (JSON under /api/), not a 500.
handler500 = "operations.unavailable.server_error"

"""The admin's page search, saying what it counts.

Wagtail's page search view names no model, so its result count read "1-1 of 1 None".
Wagtail lets a project give the base Page model its own viewset (registered after
Wagtail's own): this one only names the pages.
"""

from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page


class NamedPageSearchView(SearchView):
    verbose_name = Page._meta.verbose_name
    verbose_name_plural = Page._meta.verbose_name_plural


class SitePageViewSet(PageViewSet):
    search_view_class = NamedPageSearchView

"""/api/v2/news/: published news and press releases (`?kind=press`), newest first."""

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from home.api import LanguageAPIMixin

from .choices import Kind
from .listing import NEWEST_FIRST, listed
from .models import ArticlePage, NewsIndexPage


class NewsAPIViewSet(LanguageAPIMixin, PagesAPIViewSet):
    model = ArticlePage
    name = "news"
    # One page type only: `type` would be ignored, so it is refused like any unknown name.
    known_query_parameters = LanguageAPIMixin.with_language_parameter(
        PagesAPIViewSet.known_query_parameters.difference(["type"]).union(["kind"]))
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "kind", "date", "summary"]

    def get_queryset(self):
        # The site's news indexes (usually one), then their listing index, newest first:
        # filtering by `pk IN (every live page)` took 45 ms more at 10,000 articles.
        indexes = self.get_base_queryset().type(NewsIndexPage).values_list("pk", flat=True)
        articles = listed(ArticlePage.objects.filter(listed_in__in=list(indexes))).order_by(
            *NEWEST_FIRST)
        kind = self.request.GET.get("kind")
        if kind is not None:
            if kind not in Kind.values:
                raise BadRequestError(f"kind must be one of {', '.join(Kind.values)}")
            articles = articles.filter(kind=kind)
        return articles

"""The public read-only API, /api/v2/: each content area registers its endpoint here."""

from wagtail.api.v2.router import WagtailAPIRouter

from news.api import NewsAPIViewSet
from partners.api import PartnersAPIViewSet
from trial.api import TrialStatusAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("news", NewsAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
api_router.register_endpoint("trial-status", TrialStatusAPIViewSet)

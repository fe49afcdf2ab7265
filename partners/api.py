"""/api/v2/partners/: the consortium's partner pages."""

from wagtail.api.v2.views import PagesAPIViewSet

from home.api import LanguageAPIMixin

from .models import PartnerPage


class PartnersAPIViewSet(LanguageAPIMixin, PagesAPIViewSet):
    model = PartnerPage
    name = "partners"
    known_query_parameters = LanguageAPIMixin.with_language_parameter(
        PagesAPIViewSet.known_query_parameters.difference(["type"]))
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "short_name", "country", "city", "partner_type"]

    def get_queryset(self):
        return PartnerPage.objects.filter(
            pk__in=self.get_base_queryset().values_list("pk", flat=True)
        ).order_by("path")

"""/api/v2/trial-status/: where the trial stands, with its timeline."""

from wagtail.api.v2.views import BaseAPIViewSet

from home.api import LanguageAPIMixin

from .models import TrialStatus


class TrialStatusAPIViewSet(LanguageAPIMixin, BaseAPIViewSet):
    """/api/v2/trial-status/: the published trial status, with its timeline."""

    model = TrialStatus
    name = "trial-status"
    known_query_parameters = LanguageAPIMixin.with_language_parameter(
        BaseAPIViewSet.known_query_parameters)
    body_fields = BaseAPIViewSet.body_fields + [
        "status", "status_label", "banner_text", "participants", "milestones"]
    listing_default_fields = body_fields

    def get_queryset(self):
        return TrialStatus.objects.filter(live=True).order_by("pk")

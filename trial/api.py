"""/api/v2/trial-status/: where the trial stands, with its timeline."""

from wagtail.api.v2.serializers import BaseSerializer
from wagtail.api.v2.views import BaseAPIViewSet

from home.api import LanguageAPIMixin

from .models import TrialStatus

# The names API clients have known these objects by since before the trial had its own app.
PUBLIC_TYPE_NAMES = {"trial.TrialStatus": "home.TrialStatus",
                     "trial.TrialMilestone": "home.TrialMilestone"}


class TrialStatusSerializer(BaseSerializer):
    def to_representation(self, instance):
        data = super().to_representation(instance)
        for item in (data, *data.get("milestones", ())):
            meta = item.get("meta", {})
            if meta.get("type") in PUBLIC_TYPE_NAMES:
                meta["type"] = PUBLIC_TYPE_NAMES[meta["type"]]
        return data


class TrialStatusAPIViewSet(LanguageAPIMixin, BaseAPIViewSet):
    """/api/v2/trial-status/: the published trial status, with its timeline."""

    model = TrialStatus
    name = "trial-status"
    base_serializer_class = TrialStatusSerializer
    known_query_parameters = LanguageAPIMixin.with_language_parameter(
        BaseAPIViewSet.known_query_parameters)
    body_fields = BaseAPIViewSet.body_fields + [
        "status", "status_label", "banner_text", "participants", "milestones"]
    listing_default_fields = body_fields

    def get_queryset(self):
        return TrialStatus.published()

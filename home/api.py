"""What every endpoint of the public read-only API shares: the caller's language.

`?lang=fr` (default English) sets the language of every text and URL in the answer;
an unknown language is a 400 with a JSON message, like any other bad parameter.
GET only, open to every origin (CORS), and only live, public content.
"""

from django.utils import translation
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from .models import TrialStatus
from .translated_page import DEFAULT_LANGUAGE, LANGUAGE_CODES


class LanguageAPIMixin:
    http_method_names = ["get", "head", "options"]

    @classmethod
    def with_language_parameter(cls, parameters):
        return parameters.union(["lang"])

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        language = request.GET.get("lang", DEFAULT_LANGUAGE)
        if language not in LANGUAGE_CODES:
            raise BadRequestError(
                f"lang must be one of {', '.join(LANGUAGE_CODES)}")
        translation.activate(language)
        request.LANGUAGE_CODE = language

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        return response



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

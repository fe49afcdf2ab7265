"""What every endpoint of the public read-only API shares: the caller's language.

`?lang=fr` (default English) sets the language of every text and URL in the answer;
an unknown language is a 400 with a JSON message, like any other bad parameter.
GET only, open to every origin (CORS), and only live, public content.
"""

from django.utils import translation
from wagtail.api.v2.utils import BadRequestError

from .languages import DEFAULT_LANGUAGE, LANGUAGE_CODES


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

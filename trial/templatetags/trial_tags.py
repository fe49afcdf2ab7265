"""Template tags of the trial's pages: the status banner every page shows, and JSON-LD."""


from django import template
from django.utils.translation import get_language

from home.cache import cached_until_content_changes
from home.languages import DEFAULT_LANGUAGE
from trial.models import TrialStatus
from trial.results_at_a_glance import results_at_a_glance as glance_graphics

register = template.Library()



def _banner(request):
    status = TrialStatus.current()
    if status is None:
        return None
    language = get_language()
    more = status.more_page
    live_more = more is not None and more.live
    return {
        "status": status,
        "LANGUAGE_CODE": language,
        # An empty translation falls back to English: say so to screen readers.
        "banner_language": (language if getattr(status, f"banner_text_{language}", "")
                            else DEFAULT_LANGUAGE),
        "more_pk": more.pk if live_more else None,
        "more_url": more.get_url(request) if live_more else "",
        "more_title": more.title if live_more else "",
    }


@register.inclusion_tag("trial/includes/status_banner.html", takes_context=True)
def trial_status_banner(context):
    """The published trial status: read once per language and site until content changes
    (it is on every page); the link to its page is left out on that page itself."""
    request = context.get("request")
    if request is None:
        banner = _banner(request)
    else:
        key = f"trial-status-banner:{get_language()}:{request.get_host()}"
        banner = cached_until_content_changes(key, lambda: _banner(request) or {})
    if not banner:
        return {"status": None}
    current = context.get("page")
    if current is not None and current.pk == banner["more_pk"]:
        banner = {**banner, "more_url": "", "more_title": ""}
    return banner


@register.inclusion_tag("trial/includes/results_at_a_glance.html")
def results_at_a_glance():
    """The graphics that open the trial page and the lay summary (see results_at_a_glance)."""
    return {"graphics": glance_graphics()}

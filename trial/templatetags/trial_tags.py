"""Template tags of the trial's pages: the status banner every page shows, and JSON-LD."""


from django import template
from django.utils.translation import get_language

from home.languages import DEFAULT_LANGUAGE
from trial.models import TrialStatus
from trial.results_at_a_glance import results_at_a_glance as glance_graphics

register = template.Library()



@register.inclusion_tag("trial/includes/status_banner.html", takes_context=True)
def trial_status_banner(context):
    """The published trial status, in one query."""
    request = context.get("request")
    status = TrialStatus.current()
    if status is None:
        return {"status": None}
    language = get_language()
    more = status.more_page
    current = context.get("page")
    show_link = (more is not None and more.live
                 and not (current is not None and current.pk == more.pk))
    return {
        "status": status,
        "LANGUAGE_CODE": language,
        # An empty translation falls back to English: say so to screen readers.
        "banner_language": (language if getattr(status, f"banner_text_{language}", "")
                            else DEFAULT_LANGUAGE),
        "more_url": more.get_url(request) if show_link else "",
        "more_title": more.title if show_link else "",
    }


@register.inclusion_tag("trial/includes/results_at_a_glance.html")
def results_at_a_glance():
    """The graphics that open the trial page and the lay summary (see results_at_a_glance)."""
    return {"graphics": glance_graphics()}

"""Template tags of the partners app: logos, the home page's logo strip, the funders."""

from django import template

from partners.choices import FunderKind
from partners.listing import with_logos
from partners.logos import logo_picture
from partners.models import Funder, PartnerIndexPage, PartnerPage

register = template.Library()


@register.simple_tag
def partner_logo(image, alt="", lazy=True):
    return logo_picture(image, alt, lazy)  # safe HTML, built by Wagtail's Picture


@register.inclusion_tag("partners/includes/logo_strip.html", takes_context=True)
def partner_logo_strip(context):
    """The home page's strip of partner logos, each linking to its partner page."""
    request = context["request"]
    partners = with_logos(PartnerPage.published().order_by("path"))
    index = PartnerIndexPage.first_published()
    return {
        "request": request,
        "partners": [(partner, partner.get_url(request)) for partner in partners],
        "index_url": index.get_url(request) if index else "",
    }


@register.inclusion_tag("partners/includes/funders.html", takes_context=True)
def funders(context, variant="full", heading_level=2):
    """The funders, with the EU acknowledgement: `variant` "footer" (every page) or "full"
    (the partners index). One template, so the grant's wording lives in one place."""
    request = context["request"]
    items = list(Funder.objects.select_related("partner_page"))
    for funder in items:
        funder.url = funder.link(request)
    index = None
    if variant == "footer":
        index = PartnerIndexPage.first_published()
    return {
        "request": request,
        "variant": variant,
        "acknowledged": [f for f in items if f.acknowledgement],
        "groups": [
            (kind, [f for f in items if f.kind == kind])
            for kind in FunderKind.values
            if any(f.kind == kind for f in items)
        ],
        "funders": items,
        "heading": f"h{heading_level}",
        "subheading": f"h{heading_level + 1}",
        "index_url": index.get_url(request) if index else "",
    }

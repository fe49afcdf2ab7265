"""How partners are listed: with their logos, grouped by country."""

from django.db.models import Prefetch
from django.utils.translation import gettext
from wagtail.images import get_image_model

from .countries import country_name, sort_key


def with_logos(partners):
    """Partners with their logo and its renditions: three queries however many partners."""
    images = get_image_model().objects.prefetch_renditions()
    return partners.prefetch_related(Prefetch("logo", queryset=images))


def group_by_country(partners):
    """[(country name, [partners sorted by name])], countries by name, unknown country last."""
    groups = {}
    for partner in partners:
        groups.setdefault(partner.country, []).append(partner)
    ordered = sorted(
        groups.items(), key=lambda item: (not item[0], sort_key(country_name(item[0])))
    )
    return [
        (country_name(code) if code else gettext("Country not given yet"),
         sorted(members, key=lambda p: sort_key(p.title)))
        for code, members in ordered
    ]

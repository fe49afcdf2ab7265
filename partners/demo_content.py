"""Demo partners, partners index and funders; called by `load_demo_content`. Idempotent:
pages are found by English slug and funders by English name, and only what is missing is
created, so editors' changes survive."""

from django.utils import translation
from django.utils.translation import gettext

from home.page_builder import add_page, find_child, set_translations
from home.translated_page import LANGUAGE_CODES

from .demo_texts import FUNDERS, INDEX, PARTNERS
from .logos import create_placeholder_logo, prepare_renditions
from .models import Funder, PartnerIndexPage, PartnerPage

PAGE_TEXTS = ("title", "slug", "search_description", "intro", "short_name", "city", "role")


def placeholder_alt(spec):
    """"<short name> logo placeholder", in each language."""
    alts = {}
    for language in LANGUAGE_CODES:
        name = spec.get("short_name", spec["title"])[language]
        with translation.override(language):
            alts[language] = gettext("%(name)s logo placeholder") % {"name": name}
    return alts


def add_partner(index, spec):
    """A published partner page from `spec` (see demo_texts), with a placeholder logo."""
    texts = {key: spec[key] for key in PAGE_TEXTS if key in spec}
    texts["logo_alt"] = placeholder_alt(spec)
    english_name = spec["title"]["en"]
    logo = create_placeholder_logo(
        english_name, title=f"{english_name} logo placeholder", file_stem=spec["slug"]["en"])
    return add_page(index, PartnerPage, texts, logo=logo, country=spec.get("country", ""),
                    partner_type=spec.get("partner_type", ""))


def load(home, pages_by_key):
    index = PartnerIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(home, PartnerIndexPage, INDEX, show_in_menus=True)
    pages_by_key["partners"] = index
    for spec in PARTNERS:
        partner = find_child(index, spec["slug"]["en"])
        if partner is None:
            partner = add_partner(index, spec)
        else:
            prepare_renditions(partner.logo)
        pages_by_key[f"partner-{spec['key']}"] = partner
    for position, spec in enumerate(FUNDERS):
        if Funder.objects.filter(name_en=spec["name"]["en"]).exists():
            continue
        partner = pages_by_key.get(f"partner-{spec.get('partner')}")
        funder = Funder(kind=spec["kind"], amount=spec.get("amount"),
                        show_eu_emblem=spec.get("show_eu_emblem", False),
                        partner_page=partner, sort_order=position)
        set_translations(funder, {k: spec[k] for k in ("name", "description", "acknowledgement")
                                  if k in spec})
        funder.save()

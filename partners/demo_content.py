"""The partners' demo-content step: the partners index, a page per partner and the funders,
from partners/content/ (index.toml, organisations/<key>.toml, funders.toml).

Idempotent: pages are found by English slug and funders by English name, and only what is
missing is made, so editors' changes survive.
"""

from django.utils import translation
from django.utils.translation import gettext

from home.content_files import read, read_listed
from home.page_builder import add_page, find_child, set_translations, texts_of
from home.translated_page import DEFAULT_LANGUAGE, LANGUAGE_CODES

from .logos import create_placeholder_logo, prepare_renditions
from .models import Funder, PartnerIndexPage, PartnerPage

INDEX_FIELDS = ("title", "slug", "search_description", "intro")
PAGE_TEXTS = ("title", "slug", "search_description", "intro", "short_name", "city", "role")
FUNDER_TEXTS = ("name", "description", "acknowledgement")


def placeholder_alt(spec):
    """"<short name> logo placeholder", in each language."""
    alts = {}
    for language in LANGUAGE_CODES:
        name = spec.get("short_name", spec["title"])[language]
        with translation.override(language):
            alts[language] = gettext("%(name)s logo placeholder") % {"name": name}
    return alts


def add_partner(index, spec):
    """A published partner page from `spec` (as in organisations/*.toml), with a
    placeholder logo."""
    texts = texts_of(spec, PAGE_TEXTS)
    texts["logo_alt"] = placeholder_alt(spec)
    english_name = spec["title"][DEFAULT_LANGUAGE]
    logo = create_placeholder_logo(english_name, title=f"{english_name} logo placeholder",
                                   file_stem=spec["slug"][DEFAULT_LANGUAGE])
    return add_page(index, PartnerPage, texts, logo=logo, country=spec.get("country", ""),
                    partner_type=spec.get("partner_type", ""))


def load(launch):
    data = read("partners", "index")
    index = PartnerIndexPage.objects.child_of(launch.home).first()
    if index is None:
        index = add_page(launch.home, PartnerIndexPage, texts_of(data, INDEX_FIELDS),
                         show_in_menus=True)
    launch.pages["partners"] = index
    for key, spec in read_listed("partners", "organisations", data["organisations"]):
        partner = find_child(index, spec["slug"][DEFAULT_LANGUAGE])
        if partner is None:
            partner = add_partner(index, spec)
        else:
            prepare_renditions(partner.logo)
        launch.pages[f"partner-{key}"] = partner
    for position, spec in enumerate(read("partners", "funders")["funder"]):
        if Funder.objects.filter(name_en=spec["name"][DEFAULT_LANGUAGE]).exists():
            continue
        partner = launch.pages.get(f"partner-{spec.get('partner')}")
        funder = Funder(kind=spec["kind"], amount=spec.get("amount"),
                        show_eu_emblem=spec.get("show_eu_emblem", False),
                        partner_page=partner, sort_order=position)
        set_translations(funder, texts_of(spec, FUNDER_TEXTS))
        funder.save()

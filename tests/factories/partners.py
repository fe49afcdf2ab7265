"""Partners for the tests: the partners section, partner pages and funders."""

import factory
from factory.django import DjangoModelFactory

from home.slugs import ascii_slug
from partners.choices import FunderKind, PartnerType
from partners.logos import create_placeholder_logo
from partners.models import Funder, PartnerIndexPage, PartnerPage
from tests.factories.home import SectionPageFactory, TranslatedPageFactory, first_or_new


class PartnerIndexPageFactory(SectionPageFactory):
    """The partners section, with its partners' roles."""

    title = "Partners"
    slug = factory.Sequence(lambda n: f"partners-{n}")
    intro = "Who runs the trial."

    class Meta:
        model = PartnerIndexPage


def partner_index():
    return first_or_new(PartnerIndexPageFactory)


class PartnerPageFactory(TranslatedPageFactory):
    """A partner (a hospital by default) in the partners section, with a placeholder logo as
    the launch content gives it; its group and logo collection are made with the page, as
    in the admin."""

    title = factory.Sequence(lambda n: f"Partner hospital {n}")
    parent = factory.LazyFunction(partner_index)
    country = "FR"
    city = "Lyon"
    partner_type = PartnerType.HOSPITAL
    role = factory.LazyAttribute(lambda o: f"{o.title} runs a trial centre.")
    website = "https://example.org/"
    logo = factory.LazyAttribute(lambda o: create_placeholder_logo(
        o.title, title=f"{o.title} logo placeholder", file_stem=ascii_slug(o.title)))

    class Meta:
        model = PartnerPage


class FunderFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Funder {n}")
    name_fr = factory.LazyAttribute(lambda o: f"{o.name} (fr)")
    kind = FunderKind.PUBLIC
    website = "https://example.org/funder/"

    class Meta:
        model = Funder

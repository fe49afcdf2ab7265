"""Consortium partners (a partners index and one page per partner) and the trial's funders."""

from babel import Locale
from babel.numbers import format_currency
from django.core.exceptions import TooManyFieldsSent
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from home.translated_page import TranslatedPage

from .badge import link_box
from .choices import FunderKind, PartnerType
from .countries import country_choices, country_name
from .forms import PartnerFilterForm
from .listing import group_by_country, with_logos
from .panels import MissingFieldsPanel


class PartnerIndexPage(TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro")]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partners index")

    def partners(self):
        return with_logos(self.published_children(PartnerPage))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = list(self.partners())
        try:
            query = request.GET
        except TooManyFieldsSent:
            query = {"country": "?"}  # an absurd query string is just a filter matching nothing
        form = PartnerFilterForm(query, partners=partners)
        shown = form.filter(partners) if form.is_valid() else []
        context.update(
            filter_form=form,
            filter_invalid=not form.is_valid(),
            filtering=form.is_filtering,
            partner_groups=group_by_country(shown),
            partner_count=len(shown),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A country or type the form does not offer is an address that does not exist.
        if response.context_data.get("filter_invalid"):
            response.status_code = 404
        return response


class PartnerPage(TranslatedPage):
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True,
        help_text=_("The usual short form of the name, if there is one, for example AP-HP."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    logo_alt = models.CharField(
        _("logo text alternative"), max_length=200, blank=True,
        help_text=_("What the logo says, for people who cannot see it, for example "
                    "“Logo of the University of Sheffield”."),
    )
    country = models.CharField(_("country"), max_length=2, blank=True, choices=country_choices)
    city = models.CharField(_("city"), max_length=100, blank=True)
    partner_type = models.CharField(
        _("type of partner"), max_length=40, blank=True, choices=PartnerType.choices
    )
    role = models.TextField(
        _("role in MIROCALS"), blank=True,
        help_text=_("What this partner did in the trial, in one to three plain sentences."),
    )
    description = models.TextField(
        _("short description"), blank=True,
        help_text=_("Who the partner is, in one to three plain sentences."),
    )
    website = models.URLField(
        _("institutional page"), blank=True, max_length=500,
        help_text=_("The partner's own page, in this language. Leave empty if the "
                    "institution has no page in this language: the English one is shown."),
    )

    content_panels = TranslatedPage.content_panels + [
        MissingFieldsPanel(),
        FieldPanel("short_name"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("city"), FieldPanel("partner_type")],
            heading=_("Where and what"),
        ),
        FieldPanel("role"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("role"),
        index.SearchField("description"),
        index.FilterField("country"),
        index.FilterField("partner_type"),
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "role", "description")
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []
    api_fields = [APIField(name) for name in (
        "short_name", "country", "city", "partner_type", "role", "description", "website")]

    class Meta:
        verbose_name = _("partner")

    def get_social_image(self):
        return self.logo

    def default_description(self):
        return self.description or self.role or gettext(
            "%(name)s, a partner of the MIROCALS trial consortium") % {"name": self.title}

    def get_structured_data(self, request):
        data = {
            **super().get_structured_data(request),
            "@type": "Organization",
            "description": self.description or self.role,
        }
        if self.short_name:
            data["alternateName"] = self.short_name
        if self.website:
            data["sameAs"] = self.website
        if self.country:
            data["address"] = {"@type": "PostalAddress", "addressCountry": self.country.upper(),
                               **({"addressLocality": self.city} if self.city else {})}
        return data

    @property
    def country_name(self):
        return country_name(self.country)

    @property
    def display_short_name(self):
        """The short name, or the name itself where there is none."""
        return self.short_name or self.title

    @property
    def index_page(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["link_box"] = link_box(self, request)
        return context


class Funder(Orderable):
    """Who paid for the trial: shown on the partners index and in the footer of every page."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=FunderKind.choices,
                            default=FunderKind.PUBLIC)
    description = models.TextField(_("description"), blank=True)
    amount = models.PositiveBigIntegerField(
        _("amount in euros"), null=True, blank=True,
        help_text=_("Only an amount stated in a published source."),
    )
    acknowledgement = models.TextField(
        _("acknowledgement"), blank=True,
        help_text=_("The sentence the grant requires every page to show, if any."),
    )
    show_eu_emblem = models.BooleanField(
        _("show the EU emblem"), default=False,
        help_text=_("EU grants require the emblem next to the acknowledgement."),
    )
    website = models.URLField(_("website"), blank=True, max_length=500)
    partner_page = models.ForeignKey(
        PartnerPage, verbose_name=_("partner page"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("If this funder is also a consortium partner, link to its page here."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("amount"),
        FieldPanel("acknowledgement"),
        FieldPanel("show_eu_emblem"),
        FieldPanel("website"),
        PageChooserPanel("partner_page", "partners.PartnerPage"),
    ]

    class Meta(Orderable.Meta):
        # Funders added without a position keep the order they were added in; without the
        # tie-break, PostgreSQL may list an edited one last.
        ordering = ["sort_order", "pk"]
        verbose_name = _("funder")
        verbose_name_plural = _("funders")

    def __str__(self):
        return self.name

    def organization_data(self):
        """schema.org Organization, for the home page's ResearchProject JSON-LD."""
        return {"@type": "Organization", "name": self.name}

    def structured_data(self):
        """schema.org MonetaryGrant, for the trial page's MedicalTrial JSON-LD."""
        grant = {"@type": "MonetaryGrant", "name": self.name, "funder": self.organization_data()}
        if self.amount is not None:
            grant["amount"] = {"@type": "MonetaryAmount", "currency": "EUR",
                               "value": self.amount}
        return grant

    @property
    def amount_display(self):
        """The amount as a reader of the active language writes it: €5,980,435 / 5 980 435 €."""
        if self.amount is None:
            return ""
        locale = Locale.parse(translation.get_language() or "en")
        pattern = locale.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
        return format_currency(self.amount, "EUR", format=pattern, locale=locale,
                               currency_digits=False)

    def link(self, request=None):
        """The funder's page on this site if it is a partner, else its own website."""
        if self.partner_page_id and self.partner_page.live:
            return self.partner_page.get_url(request)
        return self.website

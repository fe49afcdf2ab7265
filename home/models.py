from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.search import index

from .blocks import BodyBlock
from .extensions import research_project_facts
from .translated_page import TranslatedPage


class HomePage(TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_structured_data(self, request):
        """The research project; its funders and sponsor come from the apps that keep them
        (home.extensions)."""
        return {
            **super().get_structured_data(request),
            "@type": "ResearchProject",
            "name": "MIROCALS",
            "alternateName": "Modifying Immune Responses and Outcomes in ALS",
            "foundingDate": "2015-09",
            **research_project_facts(self, request),
        }


class StandardPage(TranslatedPage):
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two plain sentences.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="link")
class FooterLinks(BaseSiteSetting):
    """The pages the footer of every page links to."""

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("accessibility statement"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("privacy notice"),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("contact"),
    )

    panels = [
        PageChooserPanel("accessibility_page"),
        PageChooserPanel("privacy_page"),
        PageChooserPanel("contact_page"),
    ]

    class Meta:
        verbose_name = _("footer links")


"""The trial's own content: one status record (the banner of every page), the trial page,
lay summaries of results (EU Regulation 536/2014, Annex V) and the glossary."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    PageLogEntry,
    Revision,
    RevisionMixin,
)
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.dates import reader_date
from home.file_views import send_private_file
from home.languages import DEFAULT_LANGUAGE
from home.rich_text import mark_external_links
from home.translated_page import TranslatedPage
from partners.models import Funder

from .glossary import GlossaryEntry, glossary_entries, link_terms
from .pdf_panel import PdfPanel
from .readability_panel import ReadabilityPanel

TRIAL_STATUSES = [
    ("not_yet_recruiting", _("Not yet recruiting")),
    ("recruiting", _("Recruiting")),
    ("recruitment_closed", _("Recruitment closed")),
    ("completed", _("Treatment and follow-up complete")),
    ("results_published", _("Results published")),
]
# schema.org's MedicalStudyStatus values for each of our statuses.
SCHEMA_ORG_STUDY_STATUS = {
    "not_yet_recruiting": "https://schema.org/NotYetRecruiting",
    "recruiting": "https://schema.org/Recruiting",
    "recruitment_closed": "https://schema.org/ActiveNotRecruiting",
    "completed": "https://schema.org/Completed",
    "results_published": "https://schema.org/ResultsAvailable",
}
DATE_PRECISIONS = [("day", _("Day")), ("month", _("Month")), ("year", _("Year only"))]


class MilestoneDateField(models.DateField):
    """A date field whose admin error tells the editor which format to use."""

    def formfield(self, **kwargs):
        kwargs.setdefault("error_messages", {
            "invalid": _("Enter a real date in the form YYYY-MM-DD, for example 2019-09-30."),
        })
        return super().formfield(**kwargs)


class TrialStatus(DraftStateMixin, RevisionMixin, ClusterableModel):
    """Where the trial stands: one record, shown in the banner of every page.

    Every save is a revision (the admin's history), and publishing it purges cached pages
    (see home.signal_handlers)."""

    status = models.CharField(_("status"), max_length=32, choices=TRIAL_STATUSES)
    banner_text = models.CharField(
        _("banner line"), max_length=200,
        help_text=_("One short, plain sentence shown on every page, for example: "
                    "“The trial has ended. Its results were published in 2025.”"),
    )
    participants = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True,
        help_text=_("How many people took part. Leave empty while unknown."),
    )
    more_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("page the banner links to"),
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("banner_text"),
        FieldPanel("participants"),
        PageChooserPanel("more_page"),
        InlinePanel("milestones", label=_("Timeline"), heading=_("Timeline")),
    ]

    api_fields = [
        APIField("status"),
        APIField("status_label", serializer=serializers.CharField(source="get_status_display")),
        APIField("banner_text"),
        APIField("participants"),
        APIField("milestones"),
    ]

    class Meta:
        verbose_name = _("trial status")
        verbose_name_plural = _("trial status")

    def __str__(self):
        return gettext("Trial status: %(status)s") % {"status": self.get_status_display()}

    def clean(self):
        super().clean()
        # One record says where the trial stands; a second would contradict it.
        if TrialStatus.objects.exclude(pk=self.pk).exists():
            raise ValidationError(_("The trial already has a status record: edit that one "
                                    "instead."))

    @classmethod
    def published(cls):
        """The published records: how every page, the API and the banner read the status."""
        return cls.objects.filter(live=True).order_by("pk")

    @classmethod
    def current(cls):
        """The published record (the first, if an editor made more than one), with the page
        its banner links to."""
        return cls.published().select_related("more_page").first()

    @property
    def schema_org_status(self):
        return SCHEMA_ORG_STUDY_STATUS.get(self.status)

    def timeline(self):
        # pk settles rows that share a sort_order (none, in databases made before the
        # demo content set it): else PostgreSQL and SQLite disagree.
        return sorted(self.milestones.order_by("sort_order", "pk"),
                      key=lambda milestone: milestone.date)


class TrialMilestone(Orderable):
    trial_status = ParentalKey(TrialStatus, on_delete=models.CASCADE, related_name="milestones")
    date = MilestoneDateField(_("date"))
    precision = models.CharField(
        _("how much of the date is known"), max_length=5, choices=DATE_PRECISIONS, default="day",
        help_text=_("Show only what is known: for “September 2015”, enter 2015-09-01 and "
                    "choose “Month”."),
    )
    label = models.CharField(_("what happened"), max_length=250)

    panels = [FieldPanel("date"), FieldPanel("precision"), FieldPanel("label")]
    api_fields = [APIField("date"), APIField("precision"), APIField("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return f"{self.display_date}: {self.label}"

    @property
    def display_date(self):
        """The date as far as it is known, in the reader's language."""
        return reader_date(self.date, self.precision)

    @property
    def label_is_translated(self):
        """False when the label shown is the English fallback."""
        language = translation.get_language()
        return language == DEFAULT_LANGUAGE or bool(getattr(self, f"label_{language}", ""))

    @property
    def machine_date(self):
        """The same date for <time datetime>: 2015, 2015-09 or 2015-09-01."""
        length = {"year": 4, "month": 7}.get(self.precision, 10)
        return self.date.isoformat()[:length]


UK_AND_FRANCE_REGIONS = [
    ("GB-ENG", _("England")),
    ("GB-SCT", _("Scotland")),
    ("GB-WLS", _("Wales")),
    ("GB-NIR", _("Northern Ireland")),
    ("FR", _("France")),
    ("IT", _("Italy")),
    ("SE", _("Sweden")),
    ("IE", _("Ireland")),
]
COUNTRY_NAMES = {
    "GB": _("United Kingdom"), "FR": _("France"), "IT": _("Italy"), "SE": _("Sweden"),
    "IE": _("Ireland"),
}

NCT_NUMBER = RegexValidator(r"^NCT\d{8}$", _("A ClinicalTrials.gov number looks like "
                                                "NCT12345678."))
EUDRACT_NUMBER = RegexValidator(r"^\d{4}-\d{6}-\d{2}$", _("A EudraCT number looks like "
                                                          "2015-005347-14."))


class TrialPage(TranslatedPage):
    """The page about the trial: what, why, how, who, where, when, and its registrations."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two plain sentences.")
    )
    what_and_why = RichTextField(_("what was tested, and why"), blank=True,
                                 features=RICH_TEXT_FEATURES)
    design = RichTextField(_("how the trial worked"), blank=True, features=RICH_TEXT_FEATURES,
                           help_text=_("The design in plain words: randomised, double-blind, "
                                       "placebo, treatment, duration."))
    eligibility = RichTextField(_("who could take part"), blank=True,
                                features=RICH_TEXT_FEATURES)
    trial_name = models.CharField(
        _("name of the trial"), max_length=200, blank=True,
        help_text=_("Its acronym and full name, as registered."),
    )
    condition = models.CharField(
        _("condition studied"), max_length=200, blank=True,
        help_text=_("The illness, by its full name, for search engines."),
    )
    condition_short_names = models.CharField(
        _("short names of the condition"), max_length=100, blank=True,
        help_text=_("Separated by commas, for example: ALS, MND."),
    )
    phase = models.CharField(_("phase"), max_length=40, blank=True)
    nct_number = models.CharField(_("ClinicalTrials.gov number"), max_length=11, blank=True,
                                  validators=[NCT_NUMBER])
    eudract_number = models.CharField(_("EudraCT number"), max_length=14, blank=True,
                                      validators=[EUDRACT_NUMBER])
    sponsor = models.CharField(_("sponsor"), max_length=200, blank=True,
                               help_text=_("The organisation legally responsible for the trial."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more about the trial"))

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("what_and_why"),
        FieldPanel("design"),
        FieldPanel("eligibility"),
        InlinePanel("centres", label=_("Centres"), heading=_("Centres")),
        FieldPanel("trial_name"),
        FieldPanel("condition"),
        FieldPanel("condition_short_names"),
        FieldPanel("phase"),
        FieldPanel("nct_number"),
        FieldPanel("eudract_number"),
        FieldPanel("sponsor"),
        FieldPanel("body"),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("what_and_why"),
        index.SearchField("design"),
        index.SearchField("body"),
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    parent_page_types = ["home.HomePage"]

    class Meta:
        verbose_name = _("trial page")

    @property
    def nct_url(self):
        return f"https://clinicaltrials.gov/study/{self.nct_number}" if self.nct_number else ""

    @property
    def eudract_url(self):
        if not self.eudract_number:
            return ""
        return ("https://www.clinicaltrialsregister.eu/ctr-search/search?query="
                f"{self.eudract_number}")

    def centre_groups(self):
        """Centres by country, then by region: named where known, counted where not."""
        countries = {}
        for centre in self.centres.order_by("sort_order", "pk"):  # pk: see timeline()
            country = countries.setdefault(centre.country_code, {
                "name": COUNTRY_NAMES.get(centre.country_code, centre.country_code),
                "count": 0, "regions": {},
            })
            country["count"] += centre.number
            region = country["regions"].setdefault(centre.region, {
                "name": centre.get_region_display(), "count": 0, "named": [], "unnamed": 0,
            })
            region["count"] += centre.number
            if centre.hospital:
                region["named"].append(centre)
            else:
                region["unnamed"] += centre.number
        for country in countries.values():
            country["regions"] = list(country["regions"].values())
            # A country of one region (France) needs no breakdown by region.
            country["by_region"] = len(country["regions"]) > 1
        return list(countries.values())

    @staticmethod
    def funders():
        """The consortium's funders, as the partners app keeps them (one source of truth)."""
        return list(Funder.objects.all())

    def structured_data(self, request, status=None, funders=(), groups=()):
        """schema.org MedicalTrial, in the active language, as a dict for json.dumps."""
        language = translation.get_language()
        data = {
            "@context": "https://schema.org",
            "@type": "MedicalTrial",
            "name": self.trial_name or self.title,
            "url": self.get_canonical_url(request),
            "inLanguage": language if self.is_translated_into(language) else DEFAULT_LANGUAGE,
            "description": self.search_description or self.intro,
            "trialDesign": [
                "https://schema.org/RandomizedTrial",
                "https://schema.org/DoubleBlindedTrial",
                "https://schema.org/PlaceboControlledTrial",
            ],
        }
        if self.phase:
            data["phase"] = self.phase
        if self.condition:
            condition = {"@type": "MedicalCondition", "name": self.condition}
            short_names = [n.strip() for n in self.condition_short_names.split(",") if n.strip()]
            if short_names:
                condition["alternateName"] = short_names
            data["healthCondition"] = condition
        identifiers = []
        if self.nct_number:
            identifiers.append({"@type": "PropertyValue", "propertyID": "ClinicalTrials.gov",
                                "value": self.nct_number, "url": self.nct_url})
        if self.eudract_number:
            identifiers.append({"@type": "PropertyValue", "propertyID": "EudraCT",
                                "value": self.eudract_number, "url": self.eudract_url})
        if identifiers:
            data["identifier"] = identifiers
        if self.sponsor:
            data["sponsor"] = {"@type": "Organization", "name": self.sponsor}
        if funders:
            data["funding"] = [funder.structured_data() for funder in funders]
        if groups:
            data["studyLocation"] = [{"@type": "Country", "name": str(group["name"])}
                                     for group in groups]
        if status is not None and status.schema_org_status:
            data["status"] = status.schema_org_status
        return data

    def get_structured_data(self, request):
        # get_context has loaded what the data needs: reuse it rather than query again.
        if not hasattr(self, "_structured_data"):
            self._structured_data = self.structured_data(
                request, TrialStatus.current(), self.funders(), self.centre_groups())
        return self._structured_data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        status = TrialStatus.current()
        funders = self.funders()
        groups = self.centre_groups()
        self._structured_data = self.structured_data(request, status, funders, groups)
        context.update({
            "trial_status": status,
            "timeline": status.timeline() if status else [],
            "centre_groups": groups,
            "centre_total": sum(group["count"] for group in groups),
            "funders": funders,
            "lay_summaries": (self.published_children(LaySummaryPage)
                              if self.pk else []),
            "glossary": GlossaryPage.first_published(),
        })
        return context


class TrialCentre(Orderable):
    """A centre named by city and hospital, or (names unknown) a number of centres."""

    page = ParentalKey(TrialPage, on_delete=models.CASCADE, related_name="centres")
    region = models.CharField(_("country or nation"), max_length=6,
                              choices=UK_AND_FRANCE_REGIONS)
    city = models.CharField(_("city"), max_length=100, blank=True)
    hospital = models.CharField(
        _("hospital"), max_length=200, blank=True,
        help_text=_("Leave empty when the names are not confirmed: the page then only counts "
                    "the centres."),
    )
    number = models.PositiveSmallIntegerField(
        _("number of centres"), default=1, validators=[MinValueValidator(1)],
        help_text=_("1 for a named hospital; for unnamed centres, how many there are."),
    )

    panels = [FieldPanel("region"), FieldPanel("city"), FieldPanel("hospital"),
              FieldPanel("number")]

    class Meta(Orderable.Meta):
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.hospital or f"{self.number} × {self.get_region_display()}"

    def clean(self):
        if self.hospital and self.number != 1:
            raise ValidationError({"number": _("A named hospital counts as 1 centre.")})

    @property
    def country_code(self):
        return self.region.split("-")[0]


# The ten elements of a lay summary (EU Regulation 536/2014, Annex V): model field, anchor,
# the plain-language heading readers see, and what the editor should write.
LAY_SECTIONS = [
    ("identification", "trial-identification", _("Which trial is this?"),
     _("1. Trial identification: name, registry numbers, dates.")),
    ("sponsor_contact", "sponsor-and-contact", _("Who ran the trial, and how to contact them"),
     _("2. Sponsor and contact details.")),
    ("where_when_why", "where-when-why", _("Where, when and why was the trial done?"),
     _("3. Where and when the trial took place, and its main aims.")),
    ("participants", "who-took-part", _("Who took part?"),
     _("4. How many people, their ages and sex, and who could take part.")),
    ("medicines", "medicines", _("Which medicines were used?"),
     _("5. The medicines and how they were given.")),
    ("side_effects", "side-effects", _("What side effects did people have?"),
     _("6. Side effects, with numbers a reader can check.")),
    ("overall_results", "overall-results", _("What were the overall results?"),
     _("7. The overall results, with their uncertainty, without promotion.")),
    ("comments", "what-the-results-mean", _("What do the results mean?"),
     _("8. Comments on the outcome.")),
    ("further_trials", "further-trials", _("Are more trials planned?"),
     _("9. Whether further trials are planned.")),
    ("more_information", "more-information", _("Where can I find more information?"),
     _("10. Where to find more: publication, registries, contacts.")),
]
LAY_SECTION_FIELDS = [field for field, _anchor, _heading, _help in LAY_SECTIONS]


def lay_section_field(name):
    """A required rich-text section; English is required, other languages fall back to it."""
    heading, help_text = next((h, t) for f, _a, h, t in LAY_SECTIONS if f == name)
    return RichTextField(heading, features=RICH_TEXT_FEATURES, help_text=help_text)


class LaySummaryPage(RoutablePageMixin, TranslatedPage):
    """A summary of a trial's results for the public (EU Regulation 536/2014, Annex V)."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two plain sentences.")
    )
    change_note = models.CharField(
        _("what changed in this version"), max_length=250, blank=True,
        help_text=_("Shown in the public version history when you publish. Write it anew "
                    "for each version."),
    )
    identification = lay_section_field("identification")
    sponsor_contact = lay_section_field("sponsor_contact")
    where_when_why = lay_section_field("where_when_why")
    participants = lay_section_field("participants")
    medicines = lay_section_field("medicines")
    side_effects = lay_section_field("side_effects")
    overall_results = lay_section_field("overall_results")
    comments = lay_section_field("comments")
    further_trials = lay_section_field("further_trials")
    more_information = lay_section_field("more_information")

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"),
        ReadabilityPanel(LAY_SECTIONS, heading=_("Readability")),
        *[FieldPanel(field) for field in LAY_SECTION_FIELDS],
        FieldPanel("change_note"),
        PdfPanel(),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField(field) for field in ["intro", *LAY_SECTION_FIELDS]
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    parent_page_types = ["trial.TrialPage"]

    class Meta:
        verbose_name = _("lay summary of results")
        verbose_name_plural = _("lay summaries of results")

    def sections(self):
        """Each section in the reader's language; `fallback` marks English shown instead."""
        language = translation.get_language()
        return [
            {"field": field, "anchor": anchor, "heading": heading,
             "html": getattr(self, field),
             "fallback": (language != DEFAULT_LANGUAGE
                          and not getattr(self, f"{field}_{language}", ""))}
            for field, anchor, heading, _help in LAY_SECTIONS
        ]

    def version_history(self):
        """Each publication of this page, newest first, with the editor's change note."""
        if self.pk is None:  # previewed before it was first saved
            return []
        language = translation.get_language()
        entries = (PageLogEntry.objects.filter(page=self, action="wagtail.publish")
                   .select_related("revision").order_by("-timestamp", "-pk"))
        versions = []
        for entry in entries:
            content = entry.revision.content if entry.revision else {}
            note = (content.get(f"change_note_{language}")
                    or content.get(f"change_note_{DEFAULT_LANGUAGE}") or "")
            versions.append({"published_at": entry.timestamp, "note": note})
        return versions

    def linked_sections(self, entries):
        """sections(), their rich text ready to show, each glossary entry of `entries`
        linked at its first use; and the anchors of the entries linked."""
        sections, linked = self.sections(), set()
        for section in sections:
            # Rich text is sanitised when saved (as Wagtail's |richtext filter assumes).
            markup = mark_external_links(expand_db_html(section["html"]))
            section["html"] = mark_safe(link_terms(markup, entries, linked))
        return sections, linked

    def pdf_context(self):
        """What templates/trial/lay_summary_pdf.html shows, in the active language: the
        same sections and version history as the page, and the glossary's entries for the
        terms used, which the terms link to inside the PDF."""
        glossary = GlossaryPage.with_terms()
        terms = list(glossary.terms.all()) if glossary else []
        entries = [GlossaryEntry(term.anchor, term.forms(), f"#term-{term.anchor}")
                   for term in terms]
        sections, linked = self.linked_sections(entries)
        return {
            "page": self,
            "sections": sections,
            "terms": [term for term in terms if term.anchor in linked],
            "versions": self.version_history(),
            "web_address": self.get_url_in(translation.get_language(), full=True),
        }

    def shown_pdf(self):
        """The PDF a reader of the active language gets (theirs, else the English one), if
        one is stored; None while it is being made, or if it could not be."""
        language = translation.get_language()
        if self.pk is None:
            return None
        pdfs = {pdf.language: pdf for pdf in self.pdfs.filter(
            language__in={language, DEFAULT_LANGUAGE}).exclude(file="")}
        pdf = pdfs.get(language if self.is_translated_into(language) else DEFAULT_LANGUAGE)
        return pdf if pdf is not None and pdf.is_stored else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = glossary_entries(GlossaryPage.with_terms(), request)
        context["sections"], _linked = self.linked_sections(entries)
        context["versions"] = self.version_history()
        context["pdf"] = self.shown_pdf()
        if context["pdf"] is not None:
            context["pdf_url"] = self.get_url(request) + self.reverse_subpage("pdf")
        return context

    def get_cached_paths(self):
        # A front-end cache purges the PDF's address with the page's.
        return ["/", "/pdf/"]

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The stored PDF, behind the page's own checks: Wagtail routes here only while the
        page is live, and applies its view restrictions first."""
        pdf = self.shown_pdf()
        if pdf is None:
            context = self.get_context(request)
            return TemplateResponse(request, "trial/lay_summary_pdf_missing.html", context,
                                    status=404)
        response = send_private_file(request, pdf.file.name, "application/pdf")
        response["Content-Disposition"] = f'inline; filename="{pdf.download_name}"'
        response["Content-Language"] = pdf.language
        return response


PDF_FOLDER = "lay-summaries/"
# How the PDF's link says its language, inside a sentence.
IN_LANGUAGE = {"en": _("in English"), "fr": _("in French"), "it": _("in Italian"),
               "sv": _("in Swedish")}


class LaySummaryPdf(models.Model):
    """The PDF of a lay summary in one language (trial.lay_summary_pdfs makes it when the
    page is published), or why it could not be made."""

    page = models.ForeignKey(LaySummaryPage, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # In the private storage: no web server serves it; LaySummaryPage.pdf does.
    file = models.FileField(_("file"), upload_to=PDF_FOLDER, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), null=True, blank=True)
    # The live revision it was made from: the same one is not made twice.
    revision = models.ForeignKey(Revision, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    made_at = models.DateTimeField(_("made at"), null=True, blank=True)
    failure = models.CharField(
        _("why it could not be made"), max_length=300, blank=True,
        help_text=_("In English, as the message catalogue has it; empty when it was made."))

    class Meta:
        verbose_name = _("lay summary PDF")
        verbose_name_plural = _("lay summary PDFs")
        constraints = [models.UniqueConstraint(fields=["page", "language"],
                                               name="one_lay_summary_pdf_per_language")]

    def __str__(self):
        return f"{self.page_id}: {self.language}"

    @property
    def is_stored(self):
        return bool(self.file) and default_storage.exists(self.file.name)

    @property
    def download_name(self):
        slug = getattr(self.page, f"slug_{self.language}", "") or self.page.slug_en
        return f"{slug}-{self.language}.pdf"

    @property
    def in_language(self):
        return IN_LANGUAGE.get(self.language, self.language)

    @property
    def failure_message(self):
        """The reason, in the active language (it is stored as the catalogue's msgid)."""
        return gettext(self.failure) if self.failure else ""


class GlossaryPage(TranslatedPage):
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two plain sentences.")
    )

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("terms", label=_("Terms"), heading=_("Terms")),
    ]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro")]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    parent_page_types = ["home.HomePage", "trial.TrialPage"]

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    @classmethod
    def with_terms(cls):
        """The live glossary and its terms, in two queries."""
        return cls.published().prefetch_related("terms").order_by("pk").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = list(self.terms.order_by("sort_order", "pk"))  # see timeline()
        return context


class GlossaryTerm(Orderable):
    page = ParentalKey(GlossaryPage, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(_("term"), max_length=120)
    other_forms = models.CharField(
        _("other forms"), max_length=250, blank=True,
        help_text=_("Other spellings or short forms that should link here, separated by "
                    "commas, for example: MND, motor neurone disease."),
    )
    definition = models.TextField(_("definition"), help_text=_("Plain words, one to three "
                                                               "short sentences."))

    panels = [FieldPanel("term"), FieldPanel("other_forms"), FieldPanel("definition")]

    class Meta(Orderable.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        """Stable in every language: the slug of the English term."""
        return slugify(getattr(self, f"term_{DEFAULT_LANGUAGE}") or self.term)

    def forms(self):
        """The words that link to this entry, in the active language."""
        others = [form.strip() for form in self.other_forms.split(",") if form.strip()]
        return [self.term, *others]

"""News items and press releases, their index with filters and feeds, and press contacts."""

import datetime

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.models import register_snippet

from home.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentDownloadBlock
from home.cache import cached_until_content_changes
from home.languages import LANGUAGE_CODES
from home.translated_page import TranslatedPage

from .attachments_api import AttachmentsField
from .choices import Kind
from .feeds import ArticleFeed, feed_choices
from .listing import NEWEST_FIRST, OLDEST_FIRST, in_order, listed, newest
from .press_kit import KitImage, ReleasePdf, kit_images  # noqa: F401  (models of this app)
from .preview_links import PreviewLink, PreviewOpen  # noqa: F401  (models of this app)
from .release_pdf_views import pdf_response

ARTICLES_PER_PAGE = 10


@register_snippet
class PressContact(index.Indexed, models.Model):
    """A person or office journalists can call; reused across press releases."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [FieldPanel(f) for f in ("name", "role", "organisation", "email", "phone")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    @property
    def phone_uri(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class RelatedLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"


class ArticlePage(RoutablePageMixin, TranslatedPage):
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateField(
        _("publication date"), default=datetime.date.today, null=True, blank=True,
        db_index=True,
        help_text=_("The date shown to readers; leave empty only if it is not known. To "
                    "publish at a set minute (embargo): in the Status side panel choose “Set "
                    "schedule”, enter the go-live date/time, then “Schedule to publish” or "
                    "submit for approval."),
    )
    # `date`, or the earliest date when it is unknown: an indexed, never-null sort key, so
    # that "newest first" reads the index instead of sorting every article.
    sort_date = models.DateField(editable=False, db_index=True, default=datetime.date.min)
    # Copies of the page's parent and `live` flag, kept in step by news.signal_handlers: with the
    # composite indexes below, a listing reads a page of articles without sorting them all.
    listed_in = models.ForeignKey(
        "wagtailcore.Page", null=True, editable=False, on_delete=models.SET_NULL,
        related_name="+", db_index=False,
    )
    listed_live = models.BooleanField(default=False, editable=False)
    summary = models.TextField(_("summary"), help_text=_("One or two plain sentences."))
    dateline = models.CharField(
        _("dateline"), max_length=100, blank=True,
        help_text=_("Press releases: where the release is issued from, e.g. Nîmes."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("lead image"),
    )
    lead_image_alt = models.CharField(
        _("lead image alternative text"), max_length=250, blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=250, blank=True)
    lead_image_credit = models.CharField(_("lead image credit"), max_length=120, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    related_links = StreamField(
        [("link", RelatedLinkBlock())], blank=True, verbose_name=_("related links")
    )
    attachments = StreamField(
        [("document", DocumentDownloadBlock())], blank=True, verbose_name=_("attachments")
    )
    notes_to_editors = RichTextField(
        _("notes to editors"), blank=True, features=RICH_TEXT_FEATURES
    )
    press_contacts = StreamField(
        [("contact", SnippetChooserBlock(PressContact, label=_("Press contact")))],
        blank=True, verbose_name=_("press contacts"),
    )

    content_panels = TranslatedPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("dateline")],
            heading=_("Publication"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt"),
             FieldPanel("lead_image_caption"), FieldPanel("lead_image_credit")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("related_links"),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("notes_to_editors"), FieldPanel("press_contacts"),
             InlinePanel("kit_images", label=_("Press kit images"))],
            heading=_("For journalists"),
        ),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "summary")
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    api_fields = [APIField(name) for name in (
        "kind", "date", "dateline", "summary", "body", "related_links")] + [
        APIField("attachments", serializer=AttachmentsField())]

    exclude_fields_in_copy = ["listed_in", "listed_live"]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["listed_in", "listed_live", "sort_date", "page_ptr"],
                         name="news_listing_idx"),
            models.Index(fields=["listed_in", "listed_live", "kind", "sort_date", "page_ptr"],
                         name="news_listing_kind_idx"),
        ]

    def save(self, *args, **kwargs):
        self.sort_date = self.date or datetime.date.min
        if kwargs.get("update_fields") is not None and "date" in kwargs["update_fields"]:
            kwargs["update_fields"] = [*kwargs["update_fields"], "sort_date"]
        return super().save(*args, **kwargs)

    @property
    def is_press_release(self):
        return self.kind == Kind.PRESS

    @property
    def published_at(self):
        """The moment to give feeds: the real go-live time on the publication date, else
        midnight of that date (items older than this site); None when the date is unknown."""
        if self.date is None:
            return None
        first = self.first_published_at
        if first and timezone.localdate(first) == self.date:
            return first
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def neighbours(self):
        """(older, newer) published articles in the index's order (newest first, undated
        last), for the links at the foot of the page."""
        if self.pk is None:  # a preview of a page not yet saved has no place in the list
            return None, None
        siblings = listed(ArticlePage.objects.filter(listed_in_id=self.listed_in_id))
        day, Q = self.sort_date, models.Q
        # The first condition alone is a range of the listing index, where the database
        # starts reading; with the "or" alone it would walk from one end of the list.
        older = siblings.filter(
            Q(sort_date__lte=day), Q(sort_date__lt=day) | Q(pk__lt=self.pk)
        ).order_by(*NEWEST_FIRST).values_list("pk", flat=True).first()
        newer = siblings.filter(
            Q(sort_date__gte=day), Q(sort_date__gt=day) | Q(pk__gt=self.pk)
        ).order_by(*OLDEST_FIRST).values_list("pk", flat=True).first()
        rows = ArticlePage.objects.in_bulk([pk for pk in (older, newer) if pk])
        return rows.get(older), rows.get(newer)

    open_graph_type = "article"

    def get_social_image(self):
        return self.lead_image

    def get_structured_data(self, request):
        data = {
            **super().get_structured_data(request),
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "articleSection": str(self.get_kind_display()),
            "mainEntityOfPage": self.get_canonical_url(request),
            "publisher": {"@type": "Organization", "name": "MIROCALS"},
        }
        if self.published_at:
            data["datePublished"] = self.published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.lead_image:
            rendition = self.lead_image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = request.build_absolute_uri(rendition.url)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Five queries on every view of an article: kept until content changes.
        older, newer, index = cached_until_content_changes(
            f"article-around:{self.pk}",
            lambda: (*self.neighbours(), self.get_parent())) if self.pk else (
            None, None, self.get_parent())
        context["older"], context["newer"], context["news_index"] = older, newer, index
        context["kit_images"] = kit_images(self)
        if self.is_press_release and self.pk is not None:
            context["pdf_url"] = self.get_url(request) + self.reverse_subpage("pdf")
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The live release as a PDF in the reader's language. Wagtail routes here only
        while the page is live and public: the PDF keeps the page's embargo."""
        return pdf_response(request, self, self.live_revision_id)

    def get_cached_paths(self):
        # A front-end cache purges the PDF's address with the page's.
        return ["/", "/pdf/"]


class NewsIndexPage(RoutablePageMixin, TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        """Published articles below this index, newest first."""
        return listed(ArticlePage.objects.filter(listed_in=self)).order_by(*NEWEST_FIRST)

    def years(self):
        """The years that have articles, newest first; kept until the next content change."""
        return cached_until_content_changes(
            f"news-years:{self.pk}",
            lambda: [d.year for d in self.articles().dates("date", "year", order="DESC")])

    def filtered_articles(self, params):
        """Apply ?kind= and ?year=; a value that cannot match any article is a 404."""
        articles = self.articles()
        kind = params.get("kind", "")
        if kind:
            if kind not in Kind.values:
                raise Http404("unknown kind")
            articles = articles.filter(kind=kind)
        year = params.get("year", "")
        if year:
            if not (year.isascii() and year.isdigit() and len(year) == 4 and int(year) > 0):
                raise Http404("bad year")
            # sort_date is in the listing index; undated articles sort on year 1, not shown.
            articles = articles.filter(sort_date__year=int(year), date__isnull=False)
        return articles, kind, year

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, kind, year = self.filtered_articles(request.GET)
        paginator = Paginator(articles.values_list("pk", flat=True), ARTICLES_PER_PAGE)
        # Counting reads every listed article's index entry: once per content change is
        # enough, as for the years.
        paginator.count = cached_until_content_changes(
            f"news-count:{self.pk}:{kind}:{year}", articles.count)
        try:
            page_number = request.GET.get("page", "1")
            if not (page_number.isascii() and page_number.isdigit()):
                raise PageNotAnInteger
            articles_page = paginator.page(int(page_number))
        except (PageNotAnInteger, EmptyPage) as error:
            if page_number == "1":  # no article at all is an empty list, not a 404
                articles_page = None
            else:
                raise Http404("no such page") from error
        if articles_page is not None:
            articles_page.object_list = in_order(articles, articles_page.object_list)
        context.update(
            articles_page=articles_page,
            kind=kind,
            year=year,
            kinds=Kind.choices,
            years=self.years(),
            filter_query="&".join(f"{k}={v}" for k, v in (("kind", kind), ("year", year)) if v),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/<slug:stream>/<slug:feed_format>/", name="feed")
    def feed(self, request, stream, feed_format):
        return ArticleFeed.for_request(self, request, stream, feed_format)

    @path("embed/", name="embed")
    def embed(self, request):
        """The latest items as a tiny page that partners may show in an <iframe> (or fetch
        and include server-side): no script, absolute links that open in the whole window."""
        articles, _kind, _year = self.filtered_articles(request.GET.dict() | {"year": ""})
        count = request.GET.get("count", "5")
        if not (count.isascii() and count.isdigit() and 1 <= int(count) <= 20):
            raise Http404("count must be between 1 and 20")
        response = self.render(
            request, template="news/embed.html",
            context_overrides={"articles": newest(articles, int(count))},
        )
        response.xframe_options_exempt = True
        response._csp_config = {**settings.SECURE_CSP, "frame-ancestors": ["*"]}
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def purge_urls(self):
        """The index in every language, with its feeds and embed (its later pages and
        filters are the same address with a query string: the proxy drops them with it)."""
        urls = super().purge_urls()
        for code in LANGUAGE_CODES:
            with translation.override(code):
                urls += [self.feed_url(stream, fmt) for stream, fmt, _title in feed_choices()]
                urls.append(self.get_full_url() + self.reverse_subpage("embed"))
        return urls

    def feed_url(self, stream, feed_format, request=None):
        """Absolute URL of a feed of this index in the active language."""
        return self.get_full_url(request) + self.reverse_subpage(
            "feed", kwargs={"stream": stream, "feed_format": feed_format})

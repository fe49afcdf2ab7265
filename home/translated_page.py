"""What every page type of the site shares: routing by translated slug, and the
languages a page really exists in.

Translations are per field (wagtail-modeltranslation): one Page row holds
`title_en`, `title_fr`, ... A page counts as translated into a language once its
title in that language is filled; until then it is served in English under that
language's prefix, with a notice, and its canonical URL is the English one.
"""

import copy
import hashlib

from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction
from wagtail.models.panels import CommentPanelPlaceholder
from wagtail.url_routing import RouteResult

from .cache import cached_until_content_changes
from .languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from .page_forms import ChoosableMediaPageForm
from .page_permissions import ApprovedPagePermissionTester
from .schedule_panel import ScheduleInTimeZonePanel
from .slugs import ascii_slug


def child_slug_lookup(slug, language):
    """Match a child by its slug in `language`, or by its English slug when it has none."""
    match = Q(**{f"slug_{language}": slug})
    if language != DEFAULT_LANGUAGE:
        untranslated = Q(**{f"slug_{language}__isnull": True}) | Q(**{f"slug_{language}": ""})
        match |= untranslated & Q(**{f"slug_{DEFAULT_LANGUAGE}": slug})
    return match


def languages_of(page):
    """The languages any page (specific or not) really exists in, English first."""
    return [
        code
        for code in LANGUAGE_CODES
        if code == DEFAULT_LANGUAGE or getattr(page, f"title_{code}", None)
    ]


def validate_translated_slugs(page):
    """{slug_<lang>: error} for each language whose slug a sibling already uses.

    Replaces wagtail-modeltranslation's check, which loads every sibling four times:
    adding the 10,001st article must not read 40,000 pages.
    """
    if page.depth is None or page.depth <= 1:
        return {}
    siblings = Page.objects.sibling_of(page, inclusive=False)
    errors = {}
    for language in LANGUAGE_CODES:
        slug = getattr(page, f"slug_{language}", None) or page.slug_en
        if slug and siblings.filter(child_slug_lookup(slug, language)).exists():
            errors[f"slug_{language}"] = _("This slug is already in use")
    return errors


class TranslatedPage(Page):
    """Abstract base of every page type."""

    # The translated fields a reader sees first, which site search reads in the reader's
    # language to rank the page (home.search); each page type adds its own lead text.
    reader_text_fields = ("title", "search_description")
    base_form_class = ChoosableMediaPageForm
    # Wagtail's own settings panels, with the time zone shown in the schedule dialog.
    settings_panels = [ScheduleInTimeZonePanel(), CommentPanelPlaceholder()]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return ApprovedPagePermissionTester(user, self)

    def full_clean(self, *args, **kwargs):
        # A page made without a slug (in code, by an import) gets one from its English
        # title, in ASCII: Wagtail's own would drop its apostrophes.
        if not self.slug_en and self.title_en:
            self.slug_en = ascii_slug(self.title_en)
        super().full_clean(*args, **kwargs)

    def route(self, request, path_components):
        # Which page a path reaches is kept until content changes (home.cache): serving a
        # page then reads that one page, not every level of the tree (2 queries a level).
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        found = {}

        def target():
            found["route"] = route = self.route_to_child(request, path_components)
            return route.page

        path = hashlib.sha256("/".join(path_components).encode("utf-8", "surrogatepass"))
        key = f"route-page:{self.pk}:{translation.get_language()}:{path.hexdigest()}"
        page = cached_until_content_changes(key, target)
        if "route" in found:
            return found["route"]
        # The kept page is shared by this process's requests: each serves its own copy.
        page = copy.copy(page)
        # The tree consumed one slug a level; a routable page (an article's PDF, a news
        # index's feeds) resolves the rest of the path itself.
        return page.route(request, path_components[page.depth - self.depth:])

    def route_to_child(self, request, path_components):
        # wagtail-modeltranslation's route() loads every child and compares slugs in
        # Python; one indexed SQL lookup keeps routing constant with 10,000 children.
        slug = path_components[0]
        if "\x00" in slug:  # PostgreSQL refuses NUL in a query: no page has one anyway
            raise Http404
        child = (
            self.get_children()
            .filter(child_slug_lookup(slug, translation.get_language()))
            .specific()
            .first()
        )
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    def get_view_restrictions(self):
        # Wagtail asks before serving any page (2 queries); whether the page or an
        # ancestor is restricted is kept until content changes, and almost none is.
        restrictions = super().get_view_restrictions
        if self.pk and not cached_until_content_changes(
                f"restricted:{self.pk}", lambda: restrictions().exists()):
            return PageViewRestriction.objects.none()
        return restrictions()

    @classmethod
    def published(cls):
        """The live, public pages of exactly this type. Filtering on the page type lets the
        database start from these few pages; otherwise SQLite may walk the page tree, all
        10,000 articles included, to find them."""
        return cls.objects.exact_type(cls).live().public()

    def published_children(self, page_type):
        """This page's live, public children of `page_type`, in tree order. Read as
        treebeard's get_children() reads them, an indexed range of (depth, path), not
        Wagtail's child_of() (`path LIKE`), which SQLite cannot answer from an index."""
        first, last = Page.alphabet[0], Page.alphabet[-1]
        return page_type.published().filter(
            depth=self.depth + 1,
            path__range=(self.path + first * Page.steplen, self.path + last * Page.steplen),
        ).order_by("path")

    @classmethod
    def first_published(cls):
        """The site's page of this type (its news index, its glossary)."""
        return cls.published().order_by("pk").first()

    @property
    def translated_languages(self):
        """The languages this page really exists in, English first."""
        return languages_of(self)

    def is_translated_into(self, language):
        return language in self.translated_languages

    def get_url_in(self, language, request=None, full=False):
        """This page's URL under `language`'s prefix and translated slugs."""
        with translation.override(language):
            return self.get_full_url(request) if full else self.get_url(request)

    def purge_urls(self):
        """What a caching proxy must forget when this page changes (home.purge): its
        address in every language (untranslated, it is served in English under each);
        a page that serves more addresses (feeds) adds them."""
        return [url for url in (self.get_url_in(code, full=True) for code in LANGUAGE_CODES)
                if url]

    def get_canonical_url(self, request=None):
        language = translation.get_language()
        if not self.is_translated_into(language):
            language = DEFAULT_LANGUAGE
        return self.get_url_in(language, request, full=True)

    @property
    def content_language(self):
        """The language the reader gets: the active one, or English as the fallback."""
        language = translation.get_language()
        return language if self.is_translated_into(language) else DEFAULT_LANGUAGE

    @property
    def description_field(self):
        """Where the meta description comes from: the editor's search description, else
        the page's own lead text; None for the site's default."""
        for field in ("search_description", "intro", "summary"):
            if getattr(self, field, ""):
                return field
        return None

    @property
    def meta_description(self):
        field = self.description_field
        text = getattr(self, field) if field else self.default_description()
        return Truncator(strip_tags(text)).chars(160)

    def default_description(self):
        return _("A clinical trial of low-dose interleukin-2 in ALS/MND")

    def get_social_image(self):
        """The Wagtail image of this page's link previews; None gives the site's card."""
        return None

    def get_structured_data(self, request):
        """schema.org data for this page, as a dict for JSON-LD."""
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "url": self.get_canonical_url(request),
            "inLanguage": self.content_language,
            "description": self.meta_description,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_is_translated"] = self.is_translated_into(translation.get_language())
        context["page_canonical_url"] = self.get_canonical_url(request)
        return context

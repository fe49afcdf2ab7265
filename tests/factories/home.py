"""The site's base for the tests: a bare site, and translated pages published as an editor
publishes them (a revision, then publish), in English unless a test fills in other
languages (`title_fr=...`, `slug_fr=...`) or asks for `translated=True`."""

import factory
import wagtail_factories
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from home.models import FooterLinks, HomePage, StandardPage
from home.page_builder import add_page, stream_data
from home.slugs import ascii_slug

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]


def stream(*blocks):
    """StreamField JSON from (type, value) pairs, as the launch content writes them."""
    return stream_data(blocks)


def flat_texts(texts):
    """{field: {lang: value}} -> {field_lang: value}: the shape of the older helpers'
    arguments, turned into a factory's keyword arguments."""
    flat = {}
    for field, values in texts.items():
        if isinstance(values, dict) and DEFAULT_LANGUAGE in values:
            flat.update({f"{field}_{code}": value for code, value in values.items()})
        else:
            flat[field] = values
    # A StreamField's [(type, value), ...] becomes its JSON, as the launch content's loader
    # writes it.
    return {name: stream(*value) if isinstance(value, list) else value
            for name, value in flat.items()}


def home_page():
    """The default site's home page, made with the site when there is none."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    return HomePageFactory()


def bare_site():
    """What every database test starts from: the home page of the default site and the
    site's groups, rights and workflows; no launch content."""
    # Page rows made by Wagtail's own migrations predate the translation columns.
    call_command("update_translation_fields", verbosity=0)
    home = home_page()
    call_command("setup_site", verbosity=0)
    return home


def _in_other_languages():
    return {
        **{f"title_{code}": factory.LazyAttribute(lambda o, c=code: f"{o.title} ({c})")
           for code in OTHER_LANGUAGES},
        **{f"slug_{code}": factory.LazyAttribute(lambda o, c=code: f"{o.slug}-{c}")
           for code in OTHER_LANGUAGES},
    }


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """Any page type of the site; `publish=False` leaves it a draft."""

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: ascii_slug(o.title))
    parent = factory.LazyFunction(home_page)
    publish = True

    class Meta:
        abstract = True

    class Params:
        # A title and a slug of its own in every language: "Page 1 (fr)", "page-1-fr".
        translated = factory.Trait(**_in_other_languages())

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        kwargs.pop("publish", None)
        with translation.override(DEFAULT_LANGUAGE):
            return model_class(**kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent")
        return add_page(parent, model_class, {}, publish=kwargs.pop("publish"), **kwargs)


class SectionPageFactory(TranslatedPageFactory):
    """A section of the site (news, partners), with its roles set up as `setup_site` sets
    them up on a deployed site once the section exists (`roles=False`: not)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def roles(page, create, extracted, **kwargs):
        if create and extracted is not False:
            call_command("setup_site", verbosity=0)


def first_or_new(page_factory):
    """The site's first page of the factory's type, made when there is none."""
    return page_factory._meta.model.objects.order_by("path").first() or page_factory()


class HomePageFactory(TranslatedPageFactory):
    """The root of the site, in four languages, made the default site's root."""

    title = "Home"
    parent = factory.LazyFunction(Page.get_first_root_node)
    slug = "home"
    title_fr = "Accueil"
    title_it = "Home (it)"
    title_sv = "Hem"
    slug_fr = slug_it = slug_sv = "home"
    intro = "A trial of a medicine for ALS/MND."
    intro_fr = "Un essai d'un médicament contre la SLA."
    intro_it = "Uno studio di un farmaco per la SLA."
    intro_sv = "En studie av ett läkemedel mot ALS."

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Wagtail's placeholder "Welcome" page holds the slug "home": replace it.
        for child in kwargs["parent"].get_children():
            child.delete()
        home = super()._create(model_class, *args, **kwargs)
        site, _created = Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home,
                      "site_name": "MIROCALS"},
        )
        # The site's settings exist on a running site (the launch content saves them):
        # made here, not by a test's first page view, whose save would purge the caches
        # that view just filled.
        FooterLinks.for_site(site)
        return home


class StandardPageFactory(TranslatedPageFactory):
    intro = ""

    class Meta:
        model = StandardPage


def paths_in_every_language(*pages):
    """{language: [each page's address in it]}, as the site links them: for a test that
    opens the pages from outside this process (a browser on a served copy of the site)."""
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            paths[code] = [page.get_url() for page in pages]
    return paths

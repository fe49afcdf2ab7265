"""The first demo-content step: the home page, the standard pages below it and the footer
links, from home/content/ (home.toml, pages/<key>.toml).

Idempotent: a page is found by its English slug, and only what is missing is made, so
editors' changes survive. A new page's body is filled in once every step has made its
pages, because its calls to action may point at any of them.
"""

from django.utils import translation
from wagtail.models import Page, Site

from home.content_files import read, read_listed
from home.models import FooterLinks, HomePage, StandardPage
from home.page_builder import add_page, find_child, set_translations, stream_data, texts_of
from home.translated_page import DEFAULT_LANGUAGE, LANGUAGE_CODES

PAGE_FIELDS = ("title", "slug", "search_description", "intro")


def load(launch):
    data = read("home", "home")
    home, home_is_new = home_page(data)
    launch.home = home
    new_bodies = [(home, data["body"])] if home_is_new else []
    for key, spec in read_listed("home", "pages", data["pages"]):
        page = find_child(home, spec["slug"][DEFAULT_LANGUAGE])
        if page is None:
            page = add_page(home, StandardPage, texts_of(spec, PAGE_FIELDS), publish=False,
                            show_in_menus=spec.get("show_in_menus", False))
            new_bodies.append((page, spec["body"]))
        launch.pages[key] = page
    footer_links(home, launch.pages)
    launch.afterwards(lambda: publish_bodies(new_bodies, launch.pages))


def home_page(data):
    """The site's home page, made (with the default site) when there is none."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific, False
    root = Page.get_first_root_node()
    slugs = {f"slug_{code}": "home" for code in LANGUAGE_CODES}
    with translation.override(DEFAULT_LANGUAGE):
        # Wagtail's placeholder "Welcome" page holds the slug "home": replace it.
        for child in root.get_children():
            child.delete()
        home = HomePage(**slugs)
        set_translations(home, texts_of(data, ("title", "search_description", "intro")))
        root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home,
                  "site_name": "MIROCALS"},
    )
    return home, True


def publish_bodies(new_bodies, pages_by_key):
    with translation.override(DEFAULT_LANGUAGE):
        for page, body in new_bodies:
            for language, blocks in body.items():
                setattr(page, f"body_{language}", stream_data(blocks, pages_by_key))
            page.save_revision().publish()


def footer_links(home, pages_by_key):
    site = Site.objects.get(root_page=home)
    links = FooterLinks.for_site(site)
    links.accessibility_page = links.accessibility_page or pages_by_key.get("accessibility")
    links.privacy_page = links.privacy_page or pages_by_key.get("privacy")
    links.contact_page = links.contact_page or pages_by_key.get("contact")
    links.save()

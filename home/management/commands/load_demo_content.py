"""Load the demo content, in four languages, from shared facts only. Safe to run again:
what exists is left as it is (editors' changes survive), what is missing is added.

The trial's own pages are built here; every other app that has a `demo_content` module
with a `load(home, pages_by_key)` function adds its own content after them.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management import BaseCommand, call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from home.demo_content import pages as texts
from home.demo_content import trial as trial_content
from home.models import FooterLinks, HomePage, StandardPage
from home.page_builder import add_page, find_child, set_translations, stream_data
from home.translated_page import DEFAULT_LANGUAGE, LANGUAGE_CODES


class Command(BaseCommand):
    help = "Create the demo pages (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        # Page rows made by Wagtail's own migrations predate the translation columns.
        call_command("update_translation_fields", verbosity=0)
        home, home_is_new = self.home_page()
        pages_by_key, new_bodies = {}, []
        if home_is_new:
            new_bodies.append((home, texts.HOME["body"]))
        for spec in texts.PAGES:
            page = find_child(home, spec["slug"][DEFAULT_LANGUAGE])
            if page is None:
                fields = {k: spec[k] for k in ("title", "slug", "search_description", "intro")}
                page = add_page(home, StandardPage, fields, publish=False,
                                show_in_menus=spec.get("show_in_menus", False))
                new_bodies.append((page, spec["body"]))
            pages_by_key[spec["key"]] = page
        # The trial page, its lay summary, the glossary and the trial status.
        trial_content.load(home, pages_by_key)
        # Bodies last: their calls to action point at pages made above.
        for page, body in new_bodies:
            self.publish_body(page, body, pages_by_key)
        self.footer_links(home, pages_by_key)
        for app in apps.get_app_configs():
            if app.name != "home" and find_spec(f"{app.name}.demo_content"):
                import_module(f"{app.name}.demo_content").load(home, pages_by_key)
        call_command("set_translation_url_paths", verbosity=0)
        call_command("setup_site", verbosity=0)
        self.stdout.write(f"Demo content ready: {len(pages_by_key) + 1} pages in "
                          f"{', '.join(LANGUAGE_CODES)}.")

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific, False
        root = Page.get_first_root_node()
        slugs = {f"slug_{code}": "home" for code in LANGUAGE_CODES}
        fields = {k: texts.HOME[k] for k in ("title", "search_description", "intro")}
        with translation.override(DEFAULT_LANGUAGE):
            # Wagtail's placeholder "Welcome" page holds the slug "home": replace it.
            for child in root.get_children():
                child.delete()
            home = HomePage(**slugs)
            set_translations(home, fields)
            root.add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home,
                      "site_name": "MIROCALS"},
        )
        return home, True

    def publish_body(self, page, body, pages_by_key):
        with translation.override(DEFAULT_LANGUAGE):
            for language, blocks in body.items():
                setattr(page, f"body_{language}", stream_data(blocks, pages_by_key))
            page.save_revision().publish()

    def footer_links(self, home, pages_by_key):
        site = Site.objects.get(root_page=home)
        links = FooterLinks.for_site(site)
        links.accessibility_page = links.accessibility_page or pages_by_key.get("accessibility")
        links.privacy_page = links.privacy_page or pages_by_key.get("privacy")
        links.contact_page = links.contact_page or pages_by_key.get("contact")
        links.save()

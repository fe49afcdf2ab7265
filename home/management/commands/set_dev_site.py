"""Point the default Site at the address `make run` serves, 127.0.0.1:<port>, so that
canonical links, language alternates, feed links, the sitemap and the API's html_url name
the host and port actually served. Development only: production keeps the Site an
administrator configured (Settings → Sites)."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default Site to 127.0.0.1:<port> (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host, port, **options):
        if not settings.DEBUG:
            raise CommandError("set_dev_site only runs with DEBUG on (development).")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("No default site yet: run load_demo_content first.")
        if (site.hostname, site.port) != (host, port):
            site.hostname, site.port = host, port
            site.save()  # Wagtail forgets its cached site root paths on save
        if options["verbosity"] > 1:
            self.stdout.write(f"Site: {site.root_url}/")

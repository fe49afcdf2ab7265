"""Print, as JSON, what a database holds of the site: pages, their URLs in every language,
revisions, log entries, references, permissions and the trial's records.

Run as a script with the code of the current directory (any layout of the project, before
or after the trial got its own app), e.g. `python tests/trial/site_snapshot.py`, with
DJANGO_SETTINGS_MODULE and DATABASE_URL set. Used by test_data_survives_the_move.py.
"""

import json
import os
import sys

import django

sys.path.insert(0, os.getcwd())  # the project to inspect is the current directory
django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Permission  # noqa: E402
from django.core import serializers  # noqa: E402
from django.core.serializers.json import DjangoJSONEncoder  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import (  # noqa: E402
    GroupPagePermission,
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    Site,
)

# The trial's models, wherever they live (`home` before the move, `trial` after).
TRIAL_MODELS = ["trialstatus", "trialmilestone", "trialpage", "trialcentre", "laysummarypage",
                "glossarypage", "glossaryterm"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def label(content_type):
    return f"{content_type.app_label}.{content_type.model}" if content_type else None


def trial_model(name):
    for app_label in ("trial", "home"):
        try:
            return apps.get_model(app_label, name)
        except LookupError:
            continue
    raise LookupError(name)


def rows(model):
    """Every row of `model`, its own fields only, as plain data."""
    return [{"pk": row["pk"], **row["fields"]} for row in json.loads(
        serializers.serialize("json", model.objects.order_by("pk")))]


def page_urls(page):
    urls = {}
    for language in LANGUAGES:
        with translation.override(language):
            urls[language] = page.get_url()
    return urls


def snapshot():
    setup_test_environment()  # the test client, with ALLOWED_HOSTS relaxed
    client = Client(HTTP_HOST="localhost")
    pages = []
    for page in Page.objects.order_by("path"):
        urls = page_urls(page) if page.depth > 1 else {}
        pages.append({
            "id": page.pk, "path": page.path, "type": label(page.content_type),
            "class": type(page.specific).__name__, "live": page.live,
            "latest_revision": page.latest_revision_id, "live_revision": page.live_revision_id,
            **{f"{field}_{language}": getattr(page, f"{field}_{language}")
               for field in ("title", "slug", "url_path") for language in LANGUAGES},
            "urls": urls,
            "served": {language: client.get(url).status_code
                       for language, url in urls.items() if page.live and url},
        })
    return {
        "pages": pages,
        "trial_records": {name: rows(trial_model(name)) for name in TRIAL_MODELS},
        "revisions": [
            {"id": r.pk, "type": label(r.content_type), "base_type": label(r.base_content_type),
             "object_id": r.object_id, "content": r.content,
             "object": type(r.content_object).__name__}
            for r in Revision.objects.order_by("pk")],
        "page_log": [[e.pk, label(e.content_type), e.page_id, e.action, e.revision_id]
                     for e in PageLogEntry.objects.order_by("pk")],
        "model_log": [[e.pk, label(e.content_type), e.object_id, e.action, e.revision_id]
                      for e in ModelLogEntry.objects.order_by("pk")],
        "references": sorted(
            [label(r.content_type), label(r.base_content_type), r.object_id,
             label(r.to_content_type), r.to_object_id, r.content_path]
            for r in ReferenceIndex.objects.all()),
        "permissions": sorted([label(p.content_type), p.codename, sorted(
            p.group_set.values_list("name", flat=True))] for p in Permission.objects.all()),
        "page_permissions": sorted([p.group.name, p.page_id, p.permission.codename]
                                   for p in GroupPagePermission.objects.all()),
        "sites": [[s.hostname, s.port, s.root_page_id, s.is_default_site]
                  for s in Site.objects.order_by("pk")],
    }


if __name__ == "__main__":
    print(json.dumps(snapshot(), cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True))

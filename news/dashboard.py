"""The admin dashboard's panel of scheduled go-lives: per article, when it goes live,
which languages it is written in, and how many times its preview links were opened.

Two queries however many releases are scheduled: the scheduled revisions (the languages
are read from each revision's own content, not by loading the page), and the openings
counted per release.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

from home.languages import LANGUAGE_CODES

from .models import ArticlePage
from .preview_links import PreviewOpen


def scheduled_releases():
    revisions = (Revision.objects
                 .filter(approved_go_live_at__isnull=False,
                         content_type=ContentType.objects.get_for_model(ArticlePage))
                 .order_by("approved_go_live_at")
                 .only("object_id", "approved_go_live_at", "content"))
    rows = [{
        "page_id": int(revision.object_id),
        "title": revision.content.get("title_en") or revision.content.get("title", ""),
        "go_live_at": revision.approved_go_live_at,
        "languages": [code for code in LANGUAGE_CODES
                      if revision.content.get(f"title_{code}")],
        "edit_url": reverse("wagtailadmin_pages:edit", args=(revision.object_id,)),
    } for revision in revisions]
    opens = dict(PreviewOpen.objects
                 .filter(link__release_id__in=[row["page_id"] for row in rows])
                 .values_list("link__release_id").annotate(count=Count("pk")))
    for row in rows:
        row["missing"] = [code for code in LANGUAGE_CODES if code not in row["languages"]]
        row["opens"] = opens.get(row["page_id"], 0)
    return rows


class ScheduledReleasesPanel(Component):
    name = "scheduled_releases"
    template_name = "news/admin/scheduled_panel.html"
    order = 90  # above Wagtail's own panels: the next go-live matters most

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["releases"] = scheduled_releases()
        return context

"""Admin: the trial status snippet, and the readability report of lay summaries."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import (
    admin_views,
    media_permissions,
    staff_scope,  # noqa: F401 - registers the hooks of what partner accounts see
)
from .admin_page_search import SitePageViewSet
from .file_privacy import refuse_documents_not_for_this_reader
from .models import TrialStatus
from .schedule_messages import say_when_it_goes_live

media_permissions.register()


class OneRecordPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds a second trial status: the admin shows no "Add" button once one exists."""

    def user_has_permission(self, user, action):
        if action == "add" and self.model.objects.exists():
            return False
        return super().user_has_permission(user, action)


register_permission_policy(TrialStatus, OneRecordPermissionPolicy(TrialStatus))


class TrialStatusViewSet(SnippetViewSet):
    model = TrialStatus
    icon = "info-circle"
    menu_label = _("Trial status")
    menu_order = 250
    add_to_admin_menu = True


register_snippet(TrialStatusViewSet)


@hooks.register("register_admin_urls")
def readability_report_urls():
    return [
        path("reports/readability/", admin_views.readability_report,
             name="home_readability_report"),
    ]


class ReadabilityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def readability_report_menu_item():
    return ReadabilityReportMenuItem(
        _("Readability of lay summaries"), reverse("home_readability_report"),
        name="readability", icon_name="glasses", order=1300,
    )


# Every document download asks who may have the file (an embargoed release's PDF: nobody
# but the people who may edit the release).
hooks.register("before_serve_document", refuse_documents_not_for_this_reader)


# After a publish or an approval for later, the message says when the page goes live.
hooks.register("after_edit_page", say_when_it_goes_live)
hooks.register("after_create_page", say_when_it_goes_live)


@hooks.register("register_admin_viewset")
def page_viewset():
    """Replaces Wagtail's viewset of the base Page model (registered with order -1)."""
    return SitePageViewSet()

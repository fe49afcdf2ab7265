"""Admin: the trial status snippet, and the readability report of lay summaries; on the
site: the status banner of every page, and the sponsor in the home page's JSON-LD."""

from django.shortcuts import redirect
from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.extensions import RESEARCH_PROJECT_HOOK, SLOT_HOOKS

from . import admin_views
from .models import TrialPage, TrialStatus


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


def status_address_before_the_trial_app(request, rest):
    """The status record's admin pages were under snippets/home/ until the trial got its own
    app: an editor's bookmark still leads there."""
    url = reverse(TrialStatusViewSet().get_url_name("list")) + rest
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{url}?{query}" if query else url, permanent=True)


@hooks.register("register_admin_urls")
def old_status_urls():
    return [re_path(r"^snippets/home/trialstatus/(?P<rest>.*)$",
                    status_address_before_the_trial_app)]


@hooks.register("register_admin_urls")
def readability_report_urls():
    return [
        path("reports/readability/", admin_views.readability_report,
             name="trial_readability_report"),
    ]


class ReadabilityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def readability_report_menu_item():
    return ReadabilityReportMenuItem(
        _("Readability of lay summaries"), reverse("trial_readability_report"),
        name="readability", icon_name="glasses", order=1300,
    )


@hooks.register(SLOT_HOOKS["banner"])
def status_banner():
    return "trial/slots/banner.html"


@hooks.register(RESEARCH_PROJECT_HOOK)
def research_project_sponsor(page, request):
    trial = TrialPage.first_published()
    if trial is None or not trial.sponsor:
        return {}
    return {"sponsor": {"@type": "Organization", "name": trial.sponsor}}

"""Admin: funders and the report of what is left to complete; on the site: the funders in
every page's footer and the home page's JSON-LD, the partner logos on the home page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.extensions import RESEARCH_PROJECT_HOOK, SLOT_HOOKS, Chrome

from .models import Funder
from .views import REPORT_PERMISSIONS, ToCompleteView


class FunderViewSet(SnippetViewSet):
    model = Funder
    icon = "pick"
    menu_label = _("Funders")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "kind", "amount"]


register_snippet(FunderViewSet)


@hooks.register("register_admin_urls")
def register_to_complete_urls():
    return [
        path("reports/partners-to-complete/", ToCompleteView.as_view(),
             name="partners_to_complete"),
        path("reports/partners-to-complete/results/",
             ToCompleteView.as_view(results_only=True), name="partners_to_complete_results"),
    ]


class ToCompleteMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy(Page).user_has_any_permission(request.user, REPORT_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def register_to_complete_menu_item():
    return ToCompleteMenuItem(_("Partners to complete"), reverse("partners_to_complete"),
                              name="partners-to-complete", icon_name="warning", order=1300)


@hooks.register(SLOT_HOOKS["footer"])
def funders_in_footer():
    return Chrome("partners/slots/footer.html")


@hooks.register(SLOT_HOOKS["home_sections"], order=200)
def partner_logo_strip():
    return Chrome("partners/slots/home_sections.html")


@hooks.register(RESEARCH_PROJECT_HOOK)
def research_project_funders(page, request):
    funders = Funder.objects.all()
    return {"funder": [funder.organization_data() for funder in funders]} if funders else {}

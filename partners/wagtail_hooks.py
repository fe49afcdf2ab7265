from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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

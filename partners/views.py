"""Admin report "Partners and funders to complete": what demo content left empty."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .completeness import funder_gaps, partner_gaps
from .models import Funder, PartnerPage

# Those who publish pages (Communications, superusers) complete partners and funders.
REPORT_PERMISSIONS = ["publish"]


@dataclass
class Entry:
    title: str
    kind: str
    edit_url: str
    gaps: list = field(default_factory=list)

    @property
    def gaps_display(self):
        return ", ".join(str(gap) for gap in self.gaps)


class ToCompleteView(ReportView):
    page_title = _("Partners and funders to complete")
    header_icon = "warning"
    index_url_name = "partners_to_complete"
    index_results_url_name = "partners_to_complete_results"
    paginate_by = 100
    # Neither a partner's account (its own page only) nor an Editor (news only) sees it.
    permission_policy = PagePermissionPolicy(Page)
    any_permission_required = REPORT_PERMISSIONS
    columns = [
        TitleColumn("title", label=_("Name"), get_url=lambda entry: entry.edit_url),
        Column("kind", label=_("Kind")),
        Column("gaps_display", label=_("Left to complete")),
    ]
    list_export = ["title", "kind", "gaps_display"]
    export_headings = {"title": _("Name"), "kind": _("Kind"), "gaps_display": _("Left to complete")}
    no_results_message = _("Every partner and funder is complete.")

    def get_filename(self):
        return "partners-to-complete"

    def get_queryset(self):
        entries = []
        partners = PartnerPage.objects.select_related("logo__collection").order_by("path")
        for partner in partners:
            entries.append(Entry(partner.title, str(_("Partner")),
                                 reverse("wagtailadmin_pages:edit", args=(partner.pk,)),
                                 partner_gaps(partner)))
        for funder in Funder.objects.all():
            entries.append(Entry(funder.name, str(_("Funder")),
                                 reverse("wagtailsnippets_partners_funder:edit",
                                         args=(funder.pk,)),
                                 funder_gaps(funder)))
        return [entry for entry in entries if entry.gaps]

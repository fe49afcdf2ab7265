"""The admin side of preview links: Communications create and revoke them (Press
previews → Preview links) and see who opened which link and when (→ Openings)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .preview_links import PreviewLink, PreviewOpen


class CreateLinkView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class LinkIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (super().get_base_queryset().select_related("release")
                .annotate(open_count=Count("opens")))


class PreviewLinkViewSet(ModelViewSet):
    model = PreviewLink
    icon = "link"
    menu_label = _("Preview links")
    form_fields = ["release", "label", "grace_hours", "revoked"]
    add_view_class = CreateLinkView
    index_view_class = LinkIndexView
    list_filter = ["revoked"]
    list_display = [
        "label", "release",
        Column("address", label=_("Address to send"), accessor=lambda link: link.get_full_url()),
        Column("opens", label=_("Opened"), accessor="open_count"),
        "revoked", "created_at",
    ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Openings are a record: nobody adds, changes or deletes one by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


register_permission_policy(PreviewOpen, ReadOnlyPolicy(PreviewOpen))


class OpenIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("link__release")


class PreviewOpenViewSet(ModelViewSet):
    model = PreviewOpen
    icon = "view"
    menu_label = _("Openings")
    form_fields = ["link", "language"]
    list_filter = ["link", "language"]
    list_display = [
        Column("link", label=_("Preview link"), accessor="link.label"),
        Column("release", label=_("Release"), accessor="link.release"),
        "opened_at", "language",
    ]
    index_view_class = OpenIndexView


class PressPreviewsGroup(ModelViewSetGroup):
    menu_label = _("Press previews")
    menu_icon = "link"
    items = (PreviewLinkViewSet("press_preview_links"), PreviewOpenViewSet("press_preview_opens"))

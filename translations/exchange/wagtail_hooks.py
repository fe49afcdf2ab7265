"""The admin's ways to translation files: a menu item, the page header's menu, the page
explorer's bulk actions, and each snippet's listing menu."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.widgets import Button

from .links import export_url, import_url
from .objects import can_edit, exchangeable_models, keeps_drafts
from .urls import urlpatterns


@hooks.register("register_admin_urls")
def translation_files_urls():
    return urlpatterns


class TranslationFilesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_admin_menu_item")
def translation_files_menu_item():
    return TranslationFilesMenuItem(_("Translation files"), reverse("translations_files"),
                                    name="translation-files", icon_name="doc-full",
                                    order=450)


def _buttons(obj, user):
    if type(obj) not in exchangeable_models() or not can_edit(user, obj):
        return
    yield Button(_("Export for translation"), export_url([obj]), icon_name="download",
                 priority=90)
    if keeps_drafts(obj):
        yield Button(_("Import translation"), import_url(obj), icon_name="upload",
                     priority=91)


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    yield from _buttons(page.specific_deferred, user)


@hooks.register("register_snippet_listing_buttons")
def snippet_listing_buttons(snippet, user, next_url=None):
    yield from _buttons(snippet, user)


@hooks.register("register_bulk_action")
class ExportPagesBulkAction(PageBulkAction):
    """Select pages in the explorer, then "Export for translation": one file for all."""

    display_name = _("Export for translation")
    action_type = "export_for_translation"
    aria_label = _("Export the selected pages for translation")
    action_priority = 90
    template_name = "translations/exchange/export.html"  # never shown: get() redirects

    def check_perm(self, page):
        return can_edit(self.request.user, page.specific_deferred)

    def get(self, request, *args, **kwargs):
        pages, _without_access = self.get_actionable_objects()
        pages = [page.specific_deferred for page in pages]
        pages = [page for page in pages if type(page) in exchangeable_models()]
        if not pages:
            return redirect(reverse("translations_files"))
        return redirect(export_url(pages))

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return 0, 0

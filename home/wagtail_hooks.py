"""Admin hooks of the site's base: rights on images and documents, what partner accounts
see, and who may download a document."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import (
    media_permissions,
    staff_scope,  # noqa: F401 - registers the hooks of what partner accounts see
)
from .admin_page_search import SitePageViewSet
from .file_privacy import refuse_documents_not_for_this_reader
from .personal_data import personal_data_view
from .schedule_messages import say_when_it_goes_live

media_permissions.register()


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


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [path("personal-data/", personal_data_view, name="personal_data")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return SuperuserMenuItem(_("Personal data"), reverse("personal_data"), name="personal-data",
                             icon_name="user", order=900)

"""What the site shows to accounts that are not its content staff (partner accounts).

Content staff are the accounts that may add or publish some page: Editors,
Communications, superusers. A partner's account may only change its own page, and sees
only that: no report, no page chooser, no bulk action, no workflow preview — the
admin's site-wide views, which name every page, drafts and embargoed releases included.
(Wagtail's move confirmation, which names any page to anyone, is checked for everybody.)
Pages restricted to logged-in readers are for staff too, not for any account that logs in.
"""

from django.http import Http404
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Page, PageViewRestriction
from wagtail.permissions import policy_registry

# Admin addresses (below the admin's root) whose views list or name pages or files across
# the site. The admin API's image and document lists ignore collections.
SITE_WIDE_ADMIN_VIEWS = ("reports/", "choose-page/", "bulk/", "pages/workflow/preview/",
                         "api/main/images/", "api/main/documents/")


def is_content_staff(user):
    return user.is_active and policy_registry.get_by_type(Page).user_has_any_permission(
        user, ["add", "publish"])


class SiteWideAdminViewsMiddleware:
    """Refuses the admin's site-wide views to accounts that are not content staff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        admin_root = reverse("wagtailadmin_home")
        if not request.path_info.startswith(admin_root):
            return None
        below = request.path_info.removeprefix(admin_root)
        if (below.startswith(SITE_WIDE_ADMIN_VIEWS) and request.user.is_authenticated
                and not is_content_staff(request.user)):
            return permission_denied(request)
        return None


@hooks.register("construct_reports_menu")
def reports_for_staff_only(request, menu_items):
    if not is_content_staff(request.user):
        menu_items[:] = []


@hooks.register("before_move_page")
def move_confirmation_for_those_who_may_move(request, page, destination):
    """Wagtail's move confirmation shows any page's draft title before checking anything."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


@hooks.register("before_serve_page")
def login_restriction_opens_to_staff_only(page, request, serve_args, serve_kwargs):
    """Wagtail opens a "private, logged-in users" page to any account; here only to staff.
    Others get the page-not-found answer an anonymous reader of an unknown page gets."""
    if not request.user.is_authenticated or is_content_staff(request.user):
        return
    restrictions = page.get_view_restrictions()
    if any(r.restriction_type == PageViewRestriction.LOGIN for r in restrictions):
        raise Http404("restricted to the site's staff")

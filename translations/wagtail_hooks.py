"""Admin: the Translations report, the state panel of edit views, the marks of the page
explorer, the dashboard's counts; on the site: the notice of an out-of-date translation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.extensions import PAGE_FORM_HOOK, SLOT_HOOKS

from .dashboard import TranslationsPanel

# Wagtail loads only the app's own wagtail_hooks: the files for translators register theirs.
from .exchange import wagtail_hooks as exchange_hooks  # noqa: F401
from .explorer import with_marks
from .panels import KEEP_FIELD
from .report import TranslationsReportView
from .roles import REPORT_PERMISSION, may_change_english, protect_english
from .signal_handlers import KEEP_TRANSLATIONS_ATTRIBUTE


@hooks.register(SLOT_HOOKS["notice"])
def out_of_date_notice():
    return "translations/slots/notice.html"


# Not below reports/: home.staff_scope keeps those for staff who add or publish pages, and
# translators (who edit every page, so may see every title) need it too.
@hooks.register("register_admin_urls")
def translations_report_urls():
    return [
        path("translations/report/", TranslationsReportView.as_view(),
             name="translations_report"),
        path("translations/report/results/",
             TranslationsReportView.as_view(results_only=True),
             name="translations_report_results"),
    ]


class TranslationsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def translations_report_menu_item():
    return TranslationsReportMenuItem(_("Translations"), reverse("translations_report"),
                                      name="translations", icon_name="globe", order=1400)


@hooks.register(PAGE_FORM_HOOK)
def english_read_only_for_translators(form):
    protect_english(form)


def _keep_translations_if_asked(request, obj):
    if request.method == "POST" and request.POST.get(KEEP_FIELD) \
            and may_change_english(request.user):
        setattr(obj, KEEP_TRANSLATIONS_ATTRIBUTE, True)


@hooks.register("before_edit_page")
def keep_page_translations(request, page):
    _keep_translations_if_asked(request, page)


@hooks.register("before_edit_snippet")
def keep_snippet_translations(request, instance):
    _keep_translations_if_asked(request, instance)


@hooks.register("construct_explorer_page_queryset")
def explorer_translation_marks(parent_page, pages, request):
    return with_marks(pages)


@hooks.register("construct_homepage_panels")
def translations_dashboard_panel(request, panels):
    if request.user.has_perm(REPORT_PERMISSION):
        panels.append(TranslationsPanel())

"""What the news adds to every page (feed links) and to the home page (latest items)."""

from wagtail import hooks

from home.extensions import SLOT_HOOKS, Chrome

from .dashboard import ScheduledReleasesPanel
from .preview_admin import PressPreviewsGroup


@hooks.register(SLOT_HOOKS["head"])
def feed_links():
    return Chrome("news/slots/head.html")


@hooks.register(SLOT_HOOKS["home_sections"], order=100)
def latest_news():
    return Chrome("news/slots/home_sections.html")


@hooks.register("register_admin_viewset")
def press_previews():
    return PressPreviewsGroup()


@hooks.register("construct_homepage_panels")
def scheduled_releases_panel(request, panels):
    # Who may see preview links (Communications) sees what is about to go live.
    if request.user.has_perm("news.view_previewlink"):
        panels.append(ScheduledReleasesPanel())

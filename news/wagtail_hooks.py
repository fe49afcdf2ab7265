"""What the news adds to every page (feed links) and to the home page (latest items)."""

from wagtail import hooks

from home.extensions import SLOT_HOOKS, Chrome


@hooks.register(SLOT_HOOKS["head"])
def feed_links():
    return Chrome("news/slots/head.html")


@hooks.register(SLOT_HOOKS["home_sections"], order=100)
def latest_news():
    return Chrome("news/slots/home_sections.html")

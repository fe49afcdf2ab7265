from wagtail import hooks

from home.extensions import SLOT_HOOKS


@hooks.register(SLOT_HOOKS["notice"])
def out_of_date_notice():
    return "translations/slots/notice.html"

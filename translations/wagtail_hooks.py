from wagtail import hooks

from home.extensions import SLOT_HOOKS

# Wagtail loads only the app's own wagtail_hooks: the files for translators register theirs.
from .exchange import wagtail_hooks as exchange_hooks  # noqa: F401


@hooks.register(SLOT_HOOKS["notice"])
def out_of_date_notice():
    return "translations/slots/notice.html"

"""What the alerts add to every page: a "Get updates" link in the header and the short
subscription form in the footer; and the subscribers in the admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.extensions import SLOT_HOOKS, Chrome

from . import personal_data  # noqa: F401 (registers its hook)
from .models import Subscriber


@hooks.register(SLOT_HOOKS["header"])
def get_updates_link():
    return Chrome("alerts/slots/header.html")


@hooks.register(SLOT_HOOKS["footer"], order=-10)
def footer_form():
    return Chrome("alerts/slots/footer.html")


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    add_to_admin_menu = False
    list_display = ["email", "language", "topic", "created_at", "confirmed_at"]
    list_filter = ["language", "topic"]
    search_fields = ["email"]
    inspect_view_enabled = True


register_snippet(SubscriberViewSet)

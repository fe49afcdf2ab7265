"""After a page is published or approved for later, say when it goes live.

Wagtail says only "has been updated" after approving a page whose go-live time is in the
future, and "has been scheduled" without a date after publishing one: an editor could
believe it is already public, or not know the minute. The message names the moment, in
the editor's language and time zone: "scheduled for 9 May 2025 at 00:30 CEST".
"""

from django.contrib import messages as django_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from .dates import reader_date


def scheduled_moment(moment):
    """9 May 2025 at 00:30 CEST, in the active language and time zone."""
    local = timezone.localtime(moment)
    return _("%(date)s at %(time)s %(zone)s") % {
        "date": reader_date(local.date()), "time": local.strftime("%H:%M"),
        "zone": local.tzname(),
    }


def say_when_it_goes_live(request, page):
    """For the after_edit_page and after_create_page hooks: if this request published or
    approved a version that goes live later, its message says when."""
    go_live = (Page.objects.filter(pk=page.pk)
               .values_list("latest_revision__approved_go_live_at", flat=True).first())
    if go_live is None or go_live <= timezone.now():
        return
    storage = django_messages.get_messages(request)
    # Django's storage holds this request's own messages in _queued_messages: drop
    # Wagtail's success message, which ours replaces.
    storage._queued_messages = [
        message for message in storage._queued_messages
        if message.level != django_messages.SUCCESS
    ]
    messages.success(
        request,
        _("Page '%(page_title)s' is scheduled for %(moment)s.") % {
            "page_title": page.get_admin_display_title(), "moment": scheduled_moment(go_live),
        },
        buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                                 _("Edit"))],
    )

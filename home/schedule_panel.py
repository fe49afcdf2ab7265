"""Wagtail's "Set schedule" dialog (status side panel), naming the time zone of its times.

The dialog shows none: the site runs on Paris time while an editor in London thinks in
London time. Under each field it now says which zone the time is in: the site's, or the
one the editor chose in their account (Wagtail's admin works in that one).
"""

from babel.dates import get_timezone_location
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from wagtail.admin.panels import PublishingPanel


def utc_offset(moment):
    """+01:00, -05:00, +05:30."""
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


def time_zone_help():
    zone = timezone.get_current_timezone_name()
    locale = translation.to_locale(translation.get_language() or "en")
    return _("Time in %(city)s (%(zone)s, now UTC%(offset)s). You can change the time zone "
             "in your account's preferences.") % {
        "city": get_timezone_location(zone, locale=locale, return_city=True),
        "zone": zone,
        "offset": utc_offset(timezone.localtime()),
    }


class ScheduleInTimeZonePanel(PublishingPanel):
    """Wagtail's publishing schedule, with the time zone under each of its fields."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for child in self.children:
            # Lazy: worked out when shown, in the editor's language and time zone.
            child.help_text = lazy(time_zone_help, str)()

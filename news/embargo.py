"""How a release's embargo is written for readers: "Embargoed until 10 May 2026 at 00:30
CEST (UTC+02:00)", in the active language, the zone named and its offset given."""

from django.utils import timezone
from django.utils.translation import gettext as _

from home.schedule_messages import scheduled_moment


def embargo_notice(go_live):
    offset = timezone.localtime(go_live).strftime("%z")
    return _("Embargoed until %(moment)s (UTC%(offset)s)") % {
        "moment": scheduled_moment(go_live), "offset": f"{offset[:3]}:{offset[3:]}"}

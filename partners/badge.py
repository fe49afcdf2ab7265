"""The "Link to this page" box: the page's address and a badge a partner can paste."""

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext

BADGE_WIDTH, BADGE_HEIGHT = 200, 56


def badge_path(language):
    # The unhashed static name: a badge pasted on another site must survive our redeploys.
    return f"{settings.STATIC_URL}images/partners/mirocals-partner-badge-{language}.svg"


def link_box(page, request):
    language = translation.get_language()
    url_parts = page.get_url_parts(request)
    if url_parts is None:  # a page not yet in the tree, seen in the admin's preview
        return None
    _site_id, root_url, path = url_parts
    page_url = root_url + path
    badge_url = root_url + badge_path(language)
    # On the partner's site the badge is a link to this page: its text says where it leads.
    alt = gettext("MIROCALS clinical trial partner: read about our role")
    snippet = format_html(
        '<a href="{}"><img src="{}" width="{}" height="{}" alt="{}"></a>',
        page_url, badge_url, BADGE_WIDTH, BADGE_HEIGHT, alt,
    )
    return {
        "page_url": page_url,
        "badge_src": badge_path(language),
        "badge_preview_alt": gettext("The badge: “MIROCALS trial partner”"),
        "badge_width": BADGE_WIDTH,
        "badge_height": BADGE_HEIGHT,
        "snippet": snippet,  # escaped again in the template: it is shown as text
    }

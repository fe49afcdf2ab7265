"""Rich text as the trial's pages show it: external links say they lead to another site."""

import re

from django.utils.html import escape
from django.utils.translation import gettext

_EXTERNAL_LINK = re.compile(r'<a\s+href="(https?://[^"]+)"\s*>(.*?)</a>', re.IGNORECASE | re.DOTALL)


def mark_external_links(markup):
    """rel="noopener" and a visually hidden "(opens another site)" on links to other sites."""
    hint = escape(gettext("(opens another site)"))

    def replace(match):
        return (f'<a href="{match.group(1)}" rel="noopener">{match.group(2)}'
                f'<span class="visually-hidden"> {hint}</span></a>')

    return _EXTERNAL_LINK.sub(replace, markup or "")

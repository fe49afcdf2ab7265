"""Reading the links in an email."""

import re


def link_in(text, kind):
    return re.search(rf"https?://\S+/{kind}/\S+/", text).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)

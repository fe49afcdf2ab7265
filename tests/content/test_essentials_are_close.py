"""The essentials are close: from every page type, in four languages, a reader reaches "what
did the trial find" (the results article, or the results section of the lay summary) in at
most two activations of a link. Every activation costs a switch user or a tired hand."""

from urllib.parse import urljoin, urlsplit

import pytest

from tests import launch_content as demo
from tests.helpers import soup
from tests.page_types import LANGUAGES, page_paths

pytestmark = pytest.mark.django_db

MOST_ACTIVATIONS = 2


def goals(language):
    paths = page_paths(language)
    return {(paths["press release"], ""), (paths["lay summary"], "overall-results")}


class Site:
    """The links a reader can activate on each page (visible, on this site), fetched once."""

    def __init__(self, client):
        self.client, self.cache = client, {}

    def links(self, address):
        path = urlsplit(address).path + (f"?{urlsplit(address).query}"
                                         if urlsplit(address).query else "")
        if path not in self.cache:
            response = self.client.get(path)
            html = response.get("Content-Type", "").startswith("text/html")
            found = []
            if html:
                for link in soup(response).select("body a[href]"):
                    if link.find_parent(attrs={"hidden": True}):
                        continue
                    target = urlsplit(urljoin(path, link["href"]))
                    if target.scheme in ("", "http") and target.netloc in ("", "testserver"):
                        found.append((target.path + (f"?{target.query}" if target.query else ""),
                                      target.fragment))
            self.cache[path] = found
        return self.cache[path]


def activations_to_results(site, start, language):
    """The fewest activations from `start` to the results, up to MOST_ACTIVATIONS (else None)."""
    wanted = goals(language)
    if (start, "") in wanted:
        return 0
    frontier = {(start, "")}
    for step in range(1, MOST_ACTIVATIONS + 1):
        reached = {link for address, _fragment in frontier for link in site.links(address)}
        if reached & wanted:
            return step
        frontier = reached
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_results_are_at_most_two_activations_from_every_page_type(client, language):
    site = Site(client)
    far = {page_type: path for page_type, path in page_paths(language).items()
           if activations_to_results(site, path, language) is None}
    assert not far, f"more than {MOST_ACTIVATIONS} activations from: {far}"


def test_the_walk_counts_activations(client):
    """The results article itself is 0 away; the home page lists it: 1."""
    site, paths = Site(client), page_paths("fr")
    assert activations_to_results(site, paths["press release"], "fr") == 0
    assert activations_to_results(site, paths["home"], "fr") == 1
    assert demo.PRESS_RELEASE["slug"]["fr"] in paths["press release"]

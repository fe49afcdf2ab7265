"""The real thing: Debian's Varnish with the VCL of deploy/varnish/, in front of gunicorn
serving the demo content, and the scheduler in a process of its own. Before an embargoed
release goes live nothing of it is in Varnish, though the pages that will list it are;
seconds after the scheduler publishes it, every language's address and every listing
served through Varnish shows it."""

import time
from pathlib import Path

import pytest

from tests import live_site
from tests.live_site import fetch

pytestmark = pytest.mark.skipif(
    not Path(live_site.VARNISHD).exists(),
    reason="Varnish is not installed (apt install varnish; CI installs it)")

LANGUAGES = ["en", "fr", "it", "sv"]
TITLE = "Varnish embargoed results"

def shows_release(text, slug):
    return TITLE in text or slug in text


@pytest.fixture
def varnished_site(tmp_path):
    """(Varnish's address, the channels' paths, the release's slug); the scheduler starts
    when the test asks, so that the pages are cached before go-live."""
    varnish_port, gunicorn_port = live_site.free_port(), live_site.free_port()
    env = live_site.site_env(tmp_path, FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}")
    live_site.build_site(env)
    setup = live_site.schedule_release(env, TITLE)
    processes = []
    try:
        processes.append(live_site.start_gunicorn(env, gunicorn_port))
        processes.append(live_site.start_varnish(gunicorn_port, varnish_port))
        url = f"http://127.0.0.1:{varnish_port}"
        live_site.wait_until_up(url + "/en/")
        yield {"url": url, "env": env, "processes": processes, **setup}
    finally:
        live_site.stop(*processes)


def test_an_embargoed_release_reaches_every_channel_through_varnish_at_go_live(
        varnished_site):
    url, slug = varnished_site["url"], varnished_site["slug"]
    channels = varnished_site["channels"]
    listings = {name: path for name, path in channels.items() if not name.startswith("release")}

    # Before go-live: the release answers 404, never kept; the listings are kept by
    # Varnish (a second request is a hit), and none of them names the release.
    for name, path in channels.items():
        status, headers, text = fetch(url + path)
        if name.startswith("release"):
            assert status == 404, name
            assert "public" not in headers.get("Cache-Control", ""), name
        else:
            assert status == 200, name
            assert not shows_release(text, slug), name
    for name, path in listings.items():
        status, headers, text = fetch(url + path)
        assert headers["X-Cache"] == "HIT", name
        assert not shows_release(text, slug), name

    # Public pages say what a proxy may keep, and answer a conditional request with 304.
    status, headers, _text = fetch(url + channels["news index fr"])
    for directive in ("public", "max-age=", "s-maxage=", "stale-while-revalidate=",
                      "stale-if-error="):
        assert directive in headers["Cache-Control"]
    assert fetch(url + channels["news index fr"],
                 headers={"If-None-Match": headers["ETag"]})[0] == 304

    # Still nothing of it once the scheduler runs, until its minute.
    env = varnished_site["env"]
    varnished_site["processes"].append(live_site.start_scheduler(env))
    live_site.manage(env, "publish_scheduled")
    for name, path in channels.items():
        assert not shows_release(fetch(url + path)[2], slug), name

    # Its minute comes: the scheduler publishes it, Varnish is told, every channel shows it.
    live_site.bring_forward(env, slug)
    go_live = time.monotonic()
    missing = dict(channels)
    deadline = go_live + 30
    while missing and time.monotonic() < deadline:
        time.sleep(0.5)
        for name, path in list(missing.items()):
            status, _headers, text = fetch(url + path)
            if status == 200 and shows_release(text, slug):
                del missing[name]
    assert not missing, f"still without the release 30 s after go-live: {sorted(missing)}"
    print(f"every channel through Varnish showed it {time.monotonic() - go_live:.1f} s "
          "after go-live")
    # And what shows it is kept again: the listings are hits once more.
    for name, path in listings.items():
        status, headers, text = fetch(url + path)
        if headers["X-Cache"] != "HIT":
            status, headers, text = fetch(url + path)
        assert headers["X-Cache"] == "HIT" and shows_release(text, slug), name


    # PURGE is allowed from this machine only (the VCL's ACL names loopback alone).
    assert 'acl purgers {\n    "127.0.0.1";\n    "::1";\n}' in live_site.VCL.read_text()
    assert fetch(url + "/en/", method="PURGE")[0] == 200
    assert fetch(url + "/en/")[1]["X-Cache"] == "MISS"
    # The admin's login page is personal: private, no-store, never a hit.
    for _ in range(2):
        status, headers, _text = fetch(url + "/admin/login/")
        assert status == 200 and headers["X-Cache"] == "MISS"
        assert "private" in headers["Cache-Control"] and "no-store" in headers["Cache-Control"]

"""axe-core's audit, shared by every browser test that runs it: one `Axe` per process (it
reads axe-core's script once), one way to walk pages and one report naming each page."""

from axe_playwright_python.sync_playwright import Axe

_AXE = []


def _axe():
    if not _AXE:
        _AXE.append(Axe())
    return _AXE[0]


def violations(page):
    """axe-core's report on `page` as it is now; empty when it finds no violation."""
    results = _axe().run(page)
    return results.generate_report() if results.violations_count else ""


def assert_no_violations(page, where=""):
    report = violations(page)
    assert not report, f"{where or page.url}\n{report}"


def assert_pages_pass_axe(page, site_url, paths):
    """Open each path (or (path, expected status)) and audit it; every page with a
    violation is named in one failure, not only the first."""
    problems = []
    for entry in paths:
        path, status = entry if isinstance(entry, tuple) else (entry, 200)
        response = page.goto(site_url + path)
        assert response.status == status, path
        report = violations(page)
        if report:
            problems.append(f"{path}\n{report}")
    assert not problems, "\n".join(problems)

"""Targets for readers who cannot aim well: every link, button and form field on every page
type, in four languages, is at least 44×44 CSS px (WCAG 2.5.5, AAA), unless it is a link
inside a sentence of running text (the exception WCAG 2.5.5 allows)."""

import pytest

from tests.page_types import LANGUAGES, expected_status, page_paths

pytestmark = pytest.mark.browser

MINIMUM = 44

# Every target on the page smaller than MINIMUM in either direction, unless it is an inline
# link whose block holds other words (a link in a sentence).
SMALL_TARGETS = """(minimum) => {
  const targets = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[tabindex]:not([tabindex='-1'])");
  const small = [];
  const path = (node) => {  // where the target is, for the failure message
    const names = [];
    for (; node && node !== document.body && names.length < 3; node = node.parentElement)
      names.push(node.tagName.toLowerCase()
                 + (node.className ? "." + node.className.split(" ")[0] : ""));
    return names.reverse().join(" > ");
  };
  for (const el of targets) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (el.closest("[hidden]")) continue;
    if (box.width >= minimum - 0.5 && box.height >= minimum - 0.5) continue;
    if (el.tagName === "A" && style.display === "inline") {
      // A link inside a sentence: its block holds words that are not in any link or button.
      const block = el.parentElement.closest("p, li, dd, dt, td, th, figcaption, blockquote");
      const rest = block ? block.cloneNode(true) : null;
      if (rest) rest.querySelectorAll("a, button, .visually-hidden").forEach((n) => n.remove());
      if (rest && /[^\\W_]{2,}/u.test(rest.textContent)) continue;
    }
    const name = (el.textContent || el.name || "").trim().slice(0, 40);
    small.push(`${el.tagName.toLowerCase()} "${name}"`
               + ` ${Math.round(box.width)}×${Math.round(box.height)}`
               + ` in ${path(el.parentElement)}`);
  }
  return small;
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_target_is_at_least_44_px_on_every_page_type(page, site_url, language):
    problems = []
    for page_type, path in page_paths(language).items():
        response = page.goto(site_url + path)
        assert response.status == expected_status(page_type), path
        problems += [f"{path}: {target}" for target in page.evaluate(SMALL_TARGETS, MINIMUM)]
    assert not problems, f"{len(problems)} small targets:\n" + "\n".join(problems)

"""What readers who cannot aim well, tire, or need more contrast notice in a real browser, on
every page type in four languages: text spacing (WCAG 1.4.12) breaks no layout at 320 px, the
focus indicator is at least 3 px thick with 3:1 contrast, prefers-contrast and
prefers-reduced-motion are honoured, nothing opens on hover alone, and axe-core finds no
violation."""

import re
from pathlib import Path

import pytest

from tests.browser.axe import assert_pages_pass_axe
from tests.page_types import LANGUAGES, SEARCH, expected_status
from tests.page_types import page_paths as launch_page_paths

pytestmark = [pytest.mark.browser, pytest.mark.factories]

# A word the standard page says, for the search results page.
SEARCHED = "riluzole"


def build_site():
    """Run by the site's own process (see `factory_site`): a page of every public type in
    four languages, as editors publish them; gives {language: {page type: path}}, the
    shape of tests.page_types.page_paths."""
    from tests.factories.home import StandardPageFactory, paths_in_every_language, stream
    from tests.factories.news import ArticlePageFactory, news_with_release
    from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
    from tests.factories.trial import trial_in_four_languages

    def body(code):
        return stream(("heading", {"text": f"Treatments ({code})", "level": "h2"}),
                      ("paragraph", f"<p>Taking {SEARCHED} with the trial medicine ({code}).</p>"),
                      ("quote", {"text": f"A quote ({code}).", "attribution": "A nurse"}))

    standard = StandardPageFactory(
        title="About ALS/MND", translated=True,
        **{f"intro_{code}": f"What ALS/MND is ({code})." for code in LANGUAGES},
        **{f"body_{code}": body(code) for code in LANGUAGES})
    trial, summary, glossary = trial_in_four_languages()
    release = news_with_release()
    news = release.get_parent().specific
    article = ArticlePageFactory(parent=news, translated=True)
    partners = PartnerIndexPageFactory(translated=True)
    partner = PartnerPageFactory(parent=partners, translated=True)
    pages = {"home": news.get_parent(), "standard page": standard, "trial page": trial,
             "lay summary": summary, "glossary": glossary, "news index": news,
             "press release": release, "news article": article, "partner index": partners,
             "partner page": partner}
    paths = paths_in_every_language(*pages.values())
    return {"paths": {code: {
        **dict(zip(pages, paths[code], strict=True)),
        "news index, filtered": paths[code][list(pages).index("news index")] + "?kind=press",
        "search": SEARCH[code],
        "search results": f"{SEARCH[code]}?q={SEARCHED}",
        "not found": f"/{code}/no-such-page/",
    } for code in LANGUAGES}}


def page_paths(built, language):
    return built["paths"][language]

SITE_CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "site.css"

# WCAG 1.4.12: line height 1.5, paragraphs 2 em apart, letters .12 em, words .16 em.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: .12em !important;
    word-spacing: .16em !important; }
p { margin-bottom: 2em !important; }
"""

# Sideways scrolling, and text cut off by a box that hides what overflows it.
BROKEN_LAYOUT = """() => {
  const problems = [];
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
  for (const el of document.querySelectorAll("main *, header *, footer *")) {
    const style = getComputedStyle(el);
    if (el.closest(".visually-hidden, .skip-link, [hidden]") || style.display === "none") continue;
    const hides = ["hidden", "clip"].includes(style.overflowX)
      || ["hidden", "clip"].includes(style.overflowY);
    const field = ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);  // these scroll
    const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (hides && !field && cut)
      problems.push(`${el.tagName.toLowerCase()}.${el.className} cuts its text`);
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > document.documentElement.clientWidth + 1)
      problems.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${box.right}px`);
  }
  return problems.slice(0, 5);
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_spacing_breaks_no_layout_at_320_px(browser, site_url, built, language):
    # A reader's own style sheet (an extension, a bookmarklet) is not bound by the site's CSP.
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    problems = []
    for page_type, path in page_paths(built, language).items():
        assert page.goto(site_url + path).status == expected_status(page_type), path
        problems += [f"{path}: {p}" for p in page.evaluate(BROKEN_LAYOUT)]
        page.add_style_tag(content=TEXT_SPACING)
        problems += [f"{path} with text spacing: {p}" for p in page.evaluate(BROKEN_LAYOUT)]
    context.close()
    assert not problems, "\n".join(problems)


# For the focused element: the outline's thickness, and the best contrast of the indicator's
# colours (outline, and the ring drawn by box-shadow) against the background behind it.
FOCUS = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  let node = el.parentElement, background = [255, 255, 255];
  for (; node; node = node.parentElement) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) { background = c.slice(0, 3); break; }
  }
  const colours = [rgb(style.outlineColor).slice(0, 3)];
  const ring = style.boxShadow.match(/rgba?\\([^)]*\\)/);
  if (ring) colours.push(rgb(ring[0]).slice(0, 3));
  return {
    name: `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`,
    width: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
    contrast: Math.max(...colours.map((c) => contrast(c, background))),
  };
}"""


@pytest.mark.parametrize("language", ["fr", "sv"])
def test_the_focus_indicator_is_3_px_thick_with_3_to_1_contrast(page, site_url, built, language):
    problems = []
    for page_type in ("home", "lay summary", "news index", "search"):
        path = page_paths(built, language)[page_type]
        page.goto(site_url + path)
        seen = set()
        for _ in range(80):
            page.keyboard.press("Tab")
            focus = page.evaluate(FOCUS)
            if focus["name"] in seen:
                break
            seen.add(focus["name"])
            if focus["width"] < 3 or focus["contrast"] < 3:
                problems.append(f"{path}: {focus}")
    assert not problems, "\n".join(problems)


def test_more_contrast_when_the_reader_asks_for_it(browser, site_url, built):
    context = browser.new_context()
    page = context.new_page()
    path = page_paths(built, "it")["lay summary"]
    grey = "getComputedStyle(document.querySelector('.updated')).color"
    page.goto(site_url + path)
    assert page.evaluate(grey) != "rgb(0, 0, 0)"
    page.emulate_media(contrast="more")
    assert page.evaluate(grey) == "rgb(0, 0, 0)"
    context.close()


def test_no_motion_when_the_reader_asks_for_less(browser, site_url, built):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(site_url + page_paths(built, "en")["lay summary"])
    moving = page.evaluate("""() => [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0
        || s.scrollBehavior === 'smooth';
    }).length""")
    assert moving == 0
    context.close()


def test_nothing_opens_on_hover_alone():
    """Hover may underline or tint, never show, hide or move anything."""
    css = SITE_CSS.read_text()
    hover_rules = re.findall(r"([^{}]*:hover[^{}]*)\{([^}]*)\}", css)
    assert hover_rules  # the links' hover style is there to be checked
    for selector, body in hover_rules:
        for property_ in ("display", "visibility", "opacity", "height", "transform", "position",
                          "clip", "content"):
            assert not re.search(rf"(^|;|\s){property_}\s*:", body), (selector.strip(), body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_any_page_type(page, site_url, built, language):
    paths = page_paths(built, language)
    # Every page type the other "every page type" checks walk, none left out.
    assert paths.keys() == launch_page_paths(language).keys()
    assert_pages_pass_axe(page, site_url, [
        (path, expected_status(page_type)) for page_type, path in paths.items()])


@pytest.mark.parametrize("media", [{"forced_colors": "active"}, {"media": "print"}])
def test_the_results_graphics_stay_readable_in_forced_colours_and_print(page, site_url, built,
                                                                        media):
    page.goto(site_url + page_paths(built, "fr")["trial page"])
    page.emulate_media(**media)
    seen = page.evaluate("""() => {
      const figure = document.querySelector('.glance__figure');
      const dot = figure.querySelector('svg [fill=currentColor]');
      return {figure: getComputedStyle(figure).color, dot: getComputedStyle(dot).fill,
              text: getComputedStyle(figure.querySelector('figcaption')).color,
              page: getComputedStyle(document.body).backgroundColor,
              shown: figure.getBoundingClientRect().height > 0};
    }""")
    assert seen["shown"]
    assert seen["dot"] == seen["figure"]  # shapes are drawn in the text colour
    assert seen["dot"] != seen["page"] and seen["text"] != seen["page"]
    if media.get("media") == "print":
        assert seen["dot"] == "rgb(0, 0, 0)"

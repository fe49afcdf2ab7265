"""The news index at phone widths (320 and 360 CSS pixels) in every language: nothing
scrolls sideways, each filter fits on the screen, and no choice is cut short in it."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


def build_site():
    """Run by the site's own process (see `factory_site`): a news section in four languages
    with items of every kind over several years, so that each filter has all its choices."""
    import datetime

    from news.choices import Kind
    from tests.factories.news import ArticlePageFactory, news_with_release

    release = news_with_release()
    index = release.get_parent().specific
    for year, kind in ((2022, Kind.NEWS), (2023, Kind.PRESS), (2024, Kind.NEWS)):
        ArticlePageFactory(parent=index, translated=True, kind=kind,
                           date=datetime.date(year, 6, 1))
    return {"index_slugs": {code: getattr(index, f"slug_{code}") for code in LANGUAGES}}

# How far the page scrolls sideways, the right edge of each filter control, and for each
# select the room its longest choice needs (text, padding, 20px of arrow) and has.
MEASURE = """() => {
  const ctx = document.createElement('canvas').getContext('2d');
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    controls: [...document.querySelectorAll('.filters select, .filters button')].map(
      (el) => [el.id || el.textContent.trim(), Math.ceil(el.getBoundingClientRect().right)]),
    choices: [...document.querySelectorAll('.filters select')].map((el) => {
      const style = getComputedStyle(el);
      ctx.font = style.font;
      const longest = [...el.options].map((o) => [ctx.measureText(o.text).width, o.text])
        .sort((a, b) => b[0] - a[0])[0];
      const needed = longest[0] + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
        + 20;
      return [longest[1], Math.ceil(needed), el.clientWidth];
    }),
  };
}"""


@pytest.mark.parametrize("width", [320, 360])
def test_the_news_filters_fit_a_phone_screen_in_every_language(browser, site_url, built,
                                                                width):
    context = browser.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    problems = []
    for language in LANGUAGES:
        path = f"/{language}/{built['index_slugs'][language]}/"
        assert page.goto(site_url + path).status == 200, path
        seen = page.evaluate(MEASURE)
        if seen["overflow"] > 0:
            problems.append(f"{path} scrolls sideways by {seen['overflow']}px")
        problems += [f"{path}: {name} ends at {right}px" for name, right in seen["controls"]
                     if right > width]
        problems += [f"{path}: “{text}” is cut ({needed}px in {room}px)"
                     for text, needed, room in seen["choices"] if needed > room]
    context.close()
    assert not problems, problems

"""The news index at phone widths (320 and 360 CSS pixels) in every language: nothing
scrolls sideways, each filter fits on the screen, and no choice is cut short in it."""

import pytest

from tests.launch_content import NEWS_INDEX as INDEX

pytestmark = pytest.mark.browser

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
def test_the_news_filters_fit_a_phone_screen_in_every_language(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    problems = []
    for language in ("en", "fr", "it", "sv"):
        path = f"/{language}/{INDEX['slug'][language]}/"
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

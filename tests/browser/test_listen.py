"""Listen: the page's main text read aloud by the browser's own speech synthesis, in the
page's language, with the block being read marked, and pause, resume and stop by keyboard.

Chromium here has no voice, so the speech engine (the browser's part, not ours) is stood in
for by one that records what it is asked to say; static/js/listen.js is the real script."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.factories]

FAKE_ENGINE = """
(() => {
  const voices = %s;
  const engine = {
    spoken: [], paused: false, cancelled: 0, current: null,
    getVoices: () => voices.map(lang => ({lang, name: lang, default: true})),
    speak(utterance) { this.spoken.push(utterance); this.current = utterance; },
    pause() { this.paused = true; }, resume() { this.paused = false; },
    cancel() { this.cancelled += 1; this.current = null; },
    addEventListener() {},
    finishOne() { const u = this.current; this.current = null; if (u && u.onend) u.onend(); },
  };
  Object.defineProperty(window, "speechSynthesis", {value: engine, configurable: true});
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
})();
"""


def build_site():
    """Run by the site's own process (see `factory_site`): the trial's pages in four
    languages, whose lay summary is read aloud."""
    from tests.factories.home import paths_in_every_language
    from tests.factories.trial import trial_in_four_languages

    _trial, summary, _glossary = trial_in_four_languages()
    return {"paths": {code: path for code, [path] in paths_in_every_language(summary).items()},
            "title_fr": summary.title_fr}


def lay_summary(built, language):
    return built["paths"][language]


def open_with_voices(browser, site_url, path, voices):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(FAKE_ENGINE % voices)
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    return context, page


def test_no_button_without_a_voice_for_the_pages_language(browser, site_url, built):
    for voices in ("[]", '["sv-SE", "en-GB"]'):
        context, page = open_with_voices(browser, site_url, lay_summary(built, "fr"), voices)
        assert page.locator("[data-listen]").is_hidden(), voices
        context.close()


def test_no_button_without_speech_synthesis_or_javascript(browser, site_url, built):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + lay_summary(built, "fr"))
    assert page.locator("[data-listen]").is_hidden()
    context.close()


def test_listen_pause_resume_and_stop_by_keyboard_in_the_pages_language(browser, site_url,
                                                                        built):
    title = built["title_fr"]
    context, page = open_with_voices(browser, site_url, lay_summary(built, "fr"), '["fr-FR"]')
    start = page.locator("[data-listen-start]")
    assert start.is_visible()
    assert start.inner_text() == "Écouter cette page"
    start.focus()
    page.keyboard.press("Enter")
    spoken = page.evaluate("speechSynthesis.spoken.map(u => [u.text, u.lang])")
    assert spoken == [[title, "fr-FR"]]
    assert page.locator(".listen-current").inner_text() == title
    # The next block is marked when the first has been read.
    page.evaluate("speechSynthesis.finishOne()")
    current = page.locator(".listen-current")
    assert current.count() == 1
    assert current.inner_text() != title
    assert page.evaluate("speechSynthesis.spoken.length") == 2
    # Focus moved to Pause: Enter pauses, Enter again resumes.
    pause = page.locator("[data-listen-pause]")
    assert page.evaluate("document.activeElement.hasAttribute('data-listen-pause')")
    page.keyboard.press("Enter")
    assert page.evaluate("speechSynthesis.paused") is True
    assert pause.inner_text() == "Reprendre" and pause.get_attribute("aria-pressed") == "true"
    page.keyboard.press("Enter")
    assert page.evaluate("speechSynthesis.paused") is False
    assert pause.inner_text() == "Pause"
    # Escape stops: nothing marked, Listen offered again and focused.
    page.keyboard.press("Escape")
    assert page.locator(".listen-current").count() == 0
    assert start.is_visible() and pause.is_hidden()
    assert page.evaluate("document.activeElement.hasAttribute('data-listen-start')")
    # Tab reaches Stop too, and Enter on it stops.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-listen-stop')")
    page.keyboard.press("Enter")
    assert page.locator(".listen-current").count() == 0 and start.is_visible()
    context.close()


def test_a_swedish_page_is_read_with_a_swedish_voice(browser, site_url, built):
    context, page = open_with_voices(browser, site_url, lay_summary(built, "sv"), '["sv-SE"]')
    page.locator("[data-listen-start]").click()
    assert page.evaluate("speechSynthesis.spoken[0].lang") == "sv-SE"
    context.close()

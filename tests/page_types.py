"""One address of every public page type in a language, from the launch content's data files
(no database, so that the browser tests can use it too): the checks that must hold on
"every page type in four languages" walk this list."""

from tests import launch_content as demo

LANGUAGES = ["en", "fr", "it", "sv"]
SEARCH = {"en": "/en/search/", "fr": "/fr/recherche/", "it": "/it/ricerca/", "sv": "/sv/sok/"}


def _slug(spec, language):
    return spec["slug"][language]


def page_paths(language):
    """{page type: path}; the 404 page answers 404, every other 200."""
    home = f"/{language}/"
    trial = f"{home}{_slug(demo.TRIAL_PAGE, language)}/"
    news = f"{home}{_slug(demo.NEWS_INDEX, language)}/"
    partners = f"{home}{_slug(demo.PARTNERS_INDEX, language)}/"
    article = next(spec for spec in demo.ARTICLES.values() if spec.get("kind") != "press")
    return {
        "home": home,
        "standard page": f"{home}{_slug(demo.PAGES[0], language)}/",
        "trial page": trial,
        "lay summary": f"{trial}{_slug(demo.LAY_SUMMARY, language)}/",
        "glossary": f"{home}{_slug(demo.GLOSSARY, language)}/",
        "news index": news,
        "news index, filtered": f"{news}?kind=press",
        "press release": f"{news}{_slug(demo.PRESS_RELEASE, language)}/",
        "news article": f"{news}{_slug(article, language)}/",
        "partner index": partners,
        "partner page": f"{partners}{_slug(demo.PARTNERS[0], language)}/",
        "search": SEARCH[language],
        "search results": SEARCH[language] + "?q=Lancet",
        "not found": f"{home}no-such-page/",
    }


def expected_status(page_type):
    return 404 if page_type == "not found" else 200

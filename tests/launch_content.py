"""The launch content as its data files hold it (home.content_files), for the tests that
look for it on the pages: titles, slugs and texts in four languages."""

from home.content_files import read, read_listed

HOME = read("home", "home")
# Lists of pages with their key, in their files' order.
PAGES = [dict(spec, key=key) for key, spec in read_listed("home", "pages", HOME["pages"])]

TRIAL_PAGE = read("trial", "trial-page")
LAY_SUMMARY = read("trial", "lay-summary")
GLOSSARY = read("trial", "glossary")

NEWS_INDEX = read("news", "index")
ARTICLES = dict(read_listed("news", "articles", NEWS_INDEX["articles"]))
PRESS_RELEASE = ARTICLES["mirocals-results-published-in-the-lancet"]

PARTNERS_INDEX = read("partners", "index")
PARTNERS = [dict(spec, key=key)
            for key, spec in read_listed("partners", "organisations",
                                         PARTNERS_INDEX["organisations"])]
FUNDERS = read("partners", "funders")["funder"]

QUESTION_PAGE = read("questions", "question-page")

"""The questions demo-content step: the question page below the home page, from
questions/content/question-page.toml; made only when missing."""

from home.content_files import read
from home.page_builder import add_page, find_child, texts_of
from home.translated_page import DEFAULT_LANGUAGE

from .models import QuestionPage

FIELDS = ("title", "slug", "search_description", "intro", "thank_you_text")


def load(launch):
    data = read("questions", "question-page")
    page = find_child(launch.home, data["slug"][DEFAULT_LANGUAGE])
    if page is None:
        page = add_page(launch.home, QuestionPage, texts_of(data, FIELDS),
                        to_address=data["to_address"], show_in_menus=False)
    launch.pages["ask-a-question"] = page

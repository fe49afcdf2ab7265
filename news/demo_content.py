"""The news demo-content step: the news index, its articles and the press contacts, from
news/content/ (index.toml, articles/<English slug>.toml, press-contacts.toml).

Idempotent: pages are found by English slug and contacts by email, and only what is
missing is made, so editors' changes survive.
"""

from home.content_files import read, read_listed
from home.page_builder import add_page, find_child, texts_of
from home.translated_page import DEFAULT_LANGUAGE

from .models import ArticlePage, Kind, NewsIndexPage, PressContact

INDEX_FIELDS = ("title", "slug", "search_description", "intro")
ARTICLE_FIELDS = ("title", "slug", "dateline", "summary", "body", "notes_to_editors",
                  "related_links")
CONTACT_FIELDS = ("name", "role", "organisation")


def load(launch):
    data = read("news", "index")
    index = find_child(launch.home, data["slug"][DEFAULT_LANGUAGE])
    if index is None:
        index = add_page(launch.home, NewsIndexPage, texts_of(data, INDEX_FIELDS),
                         show_in_menus=True)
    launch.pages["news"] = index
    for _key, article in read_listed("news", "articles", data["articles"]):
        if find_child(index, article["slug"][DEFAULT_LANGUAGE]) is None:
            add_article(index, article)


def add_article(index, article):
    texts = texts_of(article, ARTICLE_FIELDS)
    kind = Kind(article["kind"])
    if kind == Kind.PRESS:
        texts["press_contacts"] = [("contact", contact.pk) for contact in press_contacts()]
    return add_page(index, ArticlePage, texts, kind=kind, date=article.get("date"))


def press_contacts():
    contacts = []
    for spec in read("news", "press-contacts")["contact"]:
        contact = PressContact.objects.filter(email=spec["email"]).first()
        if contact is None:
            contact = PressContact(email=spec["email"], phone=spec["phone"])
            for field, values in texts_of(spec, CONTACT_FIELDS).items():
                for language, value in values.items():
                    setattr(contact, f"{field}_{language}", value)
            contact.save()
        contacts.append(contact)
    return contacts

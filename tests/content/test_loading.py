"""`make run` loads the launch content on every start: a second load neither fails, nor
duplicates anything, nor undoes an editor's change, and it puts back what is missing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import FooterLinks, StandardPage
from news.models import ArticlePage, PressContact
from partners.models import Funder
from tests.conftest import LANGUAGES
from tests.launch_content import ARTICLES, FUNDERS, PAGES
from trial.models import GlossaryTerm, TrialCentre, TrialMilestone, TrialStatus

# The content suite: the launch content itself, loaded for this module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

COUNTED = [Page, TrialStatus, TrialMilestone, TrialCentre, GlossaryTerm, PressContact, Funder,
           FooterLinks, Group]


def counts():
    models = [*COUNTED, get_image_model()]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_again_adds_nothing():
    before = counts()
    paths = sorted(Page.objects.values_list("url_path_en", flat=True))
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
    assert sorted(Page.objects.values_list("url_path_en", flat=True)) == paths
    assert len(set(paths)) == len(paths)


def test_loading_again_keeps_an_editors_changes():
    faq_spec = next(spec for spec in PAGES if spec["key"] == "faq")
    faq = StandardPage.objects.get(slug_en=faq_spec["slug"]["en"])
    faq.title_fr = "Vos questions"
    faq.save_revision().publish()
    status = TrialStatus.objects.get()
    status.banner_text_sv = "Studien är avslutad."
    status.save()
    funder = Funder.objects.get(name_en=FUNDERS[0]["name"]["en"])
    funder.name_it = "Unione europea"
    funder.save()

    call_command("load_demo_content", verbosity=0)

    faq.refresh_from_db()
    assert faq.title_fr == "Vos questions"
    assert TrialStatus.objects.get().banner_text_sv == "Studien är avslutad."
    assert Funder.objects.get(pk=funder.pk).name_it == "Unione europea"


def test_loading_again_puts_back_a_page_that_is_missing():
    spec = ARTICLES["will-brexit-impact-on-mirocals"]
    ArticlePage.objects.get(slug_en=spec["slug"]["en"]).delete()

    call_command("load_demo_content", verbosity=0)

    article = ArticlePage.objects.get(slug_en=spec["slug"]["en"])
    assert article.live
    for language in LANGUAGES:
        assert getattr(article, f"title_{language}") == spec["title"][language]
        assert getattr(article, f"url_path_{language}")


def test_no_translated_url_path_is_empty_after_demo_load():
    for page in Page.objects.all():
        for language in LANGUAGES:
            assert getattr(page, f"url_path_{language}"), (page.pk, language)


def test_demo_content_loads_twice_without_duplicates():
    before = sorted(Page.objects.values_list("pk", "url_path_en"))
    call_command("load_demo_content", verbosity=0)
    assert sorted(Page.objects.values_list("pk", "url_path_en")) == before

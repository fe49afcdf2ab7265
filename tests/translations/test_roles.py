"""The Translators group, action by action: they edit and submit French, Italian and
Swedish; they neither publish nor change the English."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.admin_helpers import add_url, edit_url, page_form_data
from tests.helpers import soup
from tests.roles_helpers import refused
from translations.roles import TRANSLATORS
from translations.state import State, state_of

from .factories import standard_page

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def form(page, **changes):
    texts = {"title": {}, "slug": {"en": page.slug_en}, "intro": {}}
    for code in ("en", "fr", "it", "sv"):
        texts["title"][code] = getattr(page, f"title_{code}") or ""
        texts["intro"][code] = getattr(page, f"intro_{code}") or ""
    for key, value in changes.items():
        field, code = key.rsplit("_", 1)
        texts[field][code] = value
    return texts


def test_a_translator_sees_english_but_cannot_edit_it(translator):
    page = standard_page(body=False)
    response = translator.get(edit_url(page))
    assert response.status_code == 200
    fields = {tag.get("name"): tag for tag in soup(response).find_all(["input", "textarea"])}
    assert fields["title_en"].has_attr("disabled") and fields["intro_en"].has_attr("disabled")
    assert not fields["title_fr"].has_attr("disabled")
    assert not fields["intro_sv"].has_attr("disabled")


def test_a_translator_submits_french_and_posted_english_is_ignored(translator):
    page = standard_page(body=False)
    english = (page.title_en, page.intro_en)
    data = page_form_data(StandardPage, form(page, intro_fr="Traduction revue",
                                             intro_en="English changed by a translator",
                                             title_en="Hijacked title"),
                          **{"action-submit": "1"})
    response = translator.post(edit_url(page), data)
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.intro_fr == "Traduction revue"
    assert (draft.title_en, draft.intro_en) == english
    assert page.intro_fr != "Traduction revue"  # the live page waits for approval
    assert page.current_workflow_state is not None
    assert page.current_workflow_state.status == "in_progress"
    assert state_of(page, "fr") == State.UP_TO_DATE


def test_a_translator_cannot_publish(translator):
    page = standard_page(body=False)
    data = page_form_data(StandardPage, form(page, intro_it="Pubblicato da me?"),
                          **{"action-publish": "1"})
    translator.post(edit_url(page), data)
    page.refresh_from_db()
    assert page.intro_it != "Pubblicato da me?"  # saved as a draft at most
    user = get_user_model().objects.get(groups__name=TRANSLATORS)
    assert not page.permissions_for_user(user).can_publish()


def test_a_translator_cannot_add_delete_or_move_pages(translator):
    home = HomePage.objects.get()
    page = standard_page(body=False)
    assert refused(translator.get(add_url(StandardPage, home)))
    assert refused(translator.get(reverse("wagtailadmin_pages:delete", args=(page.pk,))))
    assert refused(translator.get(reverse("wagtailadmin_pages:move", args=(page.pk,))))
    assert Page.objects.filter(pk=page.pk).exists()


def test_a_translator_sees_the_report_and_the_dashboard(translator):
    assert translator.get("/admin/translations/report/").status_code == 200
    dashboard = soup(translator.get(reverse("wagtailadmin_home")))
    assert dashboard.select_one(".translations-dashboard") is not None

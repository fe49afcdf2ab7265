"""Who may export and import translation files, and where staff find them: the page's
header menu, the explorer's bulk actions, the snippets' listings and the admin menu."""

import html
from urllib.parse import urlencode

import polib
import pytest
from django.urls import reverse
from wagtail.models import Revision

from news.models import PressContact
from tests.roles_helpers import member_of, menu_urls, refused
from tests.translations.exchange_helpers import (
    article_with_every_kind_of_text,
    export,
    key,
    upload,
)
from translations.roles import TRANSLATORS

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_an_editor_exports_and_imports_an_article_but_not_the_home_page(home):
    article = article_with_every_kind_of_text(home)
    editor = member_of("Editors")
    response = export(editor, [article])
    assert response.status_code == 200
    catalogue = polib.pofile(response.content.decode())
    next(entry for entry in catalogue if entry.msgctxt.endswith("/summary")).msgstr = "Résumé"
    assert upload(editor, str(catalogue), only=article).status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().summary_fr == "Résumé"

    assert refused(export(editor, [home]))
    revisions = Revision.objects.for_instance(home).count()
    assert refused(upload(editor, "msgid \"\"\nmsgstr \"\"\n", only=home))
    assert Revision.objects.for_instance(home).count() == revisions


def test_an_import_for_a_page_the_account_may_not_edit_is_refused_by_name(admin_client, home):
    content = export(admin_client, [home]).content
    editor = member_of("Editors")
    response = upload(editor, content)
    assert response.status_code == 400
    assert f"You may not edit “{home.title}”" in html.unescape(response.content.decode())


def test_a_snippet_without_drafts_is_exported_but_not_imported(admin_client):
    contact = PressContact.objects.create(name="Press office", role="Press officer")
    catalogue = polib.pofile(export(admin_client, [contact]).content.decode())
    assert {entry.msgid for entry in catalogue} == {"Press office", "Press officer"}
    catalogue[0].msgstr = "Service de presse"
    response = upload(admin_client, str(catalogue))
    assert response.status_code == 400
    assert "keeps no drafts" in html.unescape(response.content.decode())
    contact.refresh_from_db()
    assert not contact.name_fr


def test_the_page_header_menu_offers_export_and_import(admin_client, home):
    article = article_with_every_kind_of_text(home)
    page = admin_client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,)))
    content = html.unescape(page.content.decode())
    assert "Export for translation" in content and "Import translation" in content
    query = urlencode({"object": key(article)})
    assert f"{reverse('translations_files_export')}?{query}" in content
    assert f"{reverse('translations_files_import')}?{query}" in content


def test_pages_selected_in_the_explorer_export_in_one_file(admin_client, home):
    first = article_with_every_kind_of_text(home)
    second = article_with_every_kind_of_text(home)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "export_for_translation"))
    response = admin_client.get(url, {"id": [first.pk, second.pk]})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("translations_files_export"))
    chosen = admin_client.get(response["Location"])
    assert chosen.status_code == 200
    text = html.unescape(chosen.content.decode())
    assert text.count("Exchange test") >= 2


def test_the_admin_menu_leads_to_translation_files(admin_client):
    assert reverse("translations_files") in menu_urls(admin_client)
    page = admin_client.get(reverse("translations_files"))
    assert page.status_code == 200
    assert 'name="file"' in page.content.decode()


def test_english_is_never_imported(admin_client, home):
    article = article_with_every_kind_of_text(home)
    content = export(admin_client, [article]).content.decode().replace(
        '"Language: fr', '"Language: en')
    revisions = Revision.objects.for_instance(article).count()
    response = upload(admin_client, content, language="en", only=article)
    assert response.status_code == 400
    assert Revision.objects.for_instance(article).count() == revisions


def test_a_translator_imports_french_as_a_draft_but_never_english(admin_client, home):
    article = article_with_every_kind_of_text(home)
    translator = member_of(TRANSLATORS)
    catalogue = polib.pofile(export(translator, [article]).content.decode())
    next(entry for entry in catalogue if entry.msgctxt.endswith("/summary")).msgstr = "Résumé"
    assert upload(translator, str(catalogue), only=article).status_code == 302
    article.refresh_from_db()
    revision = article.latest_revision
    assert revision.user.groups.get().name == TRANSLATORS
    assert revision.as_object().summary_fr == "Résumé"
    assert article.live_revision_id != revision.pk  # a draft: Communications publish it

    revisions = Revision.objects.for_instance(article).count()
    catalogue.metadata["Language"] = "en"
    assert upload(translator, str(catalogue), language="en", only=article).status_code == 400
    assert Revision.objects.for_instance(article).count() == revisions

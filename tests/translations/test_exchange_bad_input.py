"""A translator's file that cannot be trusted is refused whole, with a clear message in the
editor's language naming the segment where it can, and nothing changes."""

import gzip
import html
import io
import zipfile

import polib
import pytest
from wagtail.models import Revision

from tests.helpers import translated
from tests.translations.exchange_helpers import (
    article_with_every_kind_of_text,
    export,
    key,
    speaks,
    upload,
)
from translations.exchange.importer import MAX_FILE_BYTES

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def article(home):
    return article_with_every_kind_of_text(home)


@pytest.fixture
def catalogue(admin_client, article):
    return polib.pofile(export(admin_client, [article]).content.decode())


def entry(catalogue, suffix):
    return next(entry for entry in catalogue if entry.msgctxt.endswith(suffix))


def refused(response, *words):
    """The import answered 4xx, said it changed nothing, and gave the reason."""
    text = html.unescape(response.content.decode())
    assert 400 <= response.status_code < 500, response.status_code
    assert "nothing was changed" in text, text[-3000:]
    for word in words:
        assert word in text, (word, text[-3000:])
    return text


@pytest.fixture
def unchanged(article):
    """After the test: no new revision of the article, its French as it was."""
    revisions = Revision.objects.for_instance(article).count()
    summary_fr = article.summary_fr
    yield
    article.refresh_from_db()
    assert Revision.objects.for_instance(article).count() == revisions
    assert article.get_latest_revision_as_object().summary_fr == summary_fr


def test_a_malformed_po_file(admin_client, unchanged):
    refused(upload(admin_client, 'msgid "a"\nmsgstr "b" oops "\n'),
            "This is not a PO file that can be read")


def test_a_malformed_xliff_file(admin_client, unchanged):
    refused(upload(admin_client, '<?xml version="1.0"?><xliff version="1.2"><file>',
                   name="fr.xlf"), "This is not an XLIFF file that can be read")


def test_an_xliff_file_with_entities_is_refused_before_any_expansion(admin_client, unchanged):
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">&b;</xliff>')
    refused(upload(admin_client, bomb, name="fr.xlf"), "not an XLIFF file that can be read")


def test_a_file_of_50_mb(admin_client, catalogue, unchanged):
    padding = "#  " + "x" * 1000 + "\n"
    content = str(catalogue) + padding * (50 * 1024)
    assert len(content) > 50 * 10**6 > MAX_FILE_BYTES
    refused(upload(admin_client, content), "larger than 10 MB")


def test_a_zip_archive(admin_client, catalogue, unchanged):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("fr.po", str(catalogue))
    refused(upload(admin_client, archive.getvalue(), name="fr.zip"), "compressed archive")


def test_a_gzip_file(admin_client, catalogue, unchanged):
    refused(upload(admin_client, gzip.compress(str(catalogue).encode()), name="fr.po.gz"),
            "compressed archive")


def test_a_file_for_a_deleted_page(admin_client, home):
    article = article_with_every_kind_of_text(home)
    content = export(admin_client, [article]).content
    article_key = key(article)
    article.delete()
    refused(upload(admin_client, content), f"Segment “{article_key}/title”",
            "no page or snippet has this id")


def test_a_po_entry_with_plural_forms(admin_client, catalogue, unchanged):
    catalogue.append(polib.POEntry(msgctxt="x", msgid="one", msgid_plural="many",
                                   msgstr_plural={0: "un", 1: "plusieurs"}))
    refused(upload(admin_client, str(catalogue)), "has plural forms")


def test_a_plural_forms_header_that_is_not_the_languages(admin_client, catalogue, unchanged):
    catalogue.metadata["Plural-Forms"] = "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);"
    refused(upload(admin_client, str(catalogue)), "are not those of")


def test_a_segment_id_that_does_not_exist(admin_client, article, catalogue, unchanged):
    summary = entry(catalogue, "/summary")
    summary.msgctxt = f"{key(article)}/body/no-such-block/text"
    summary.msgstr = "Autre chose"
    refused(upload(admin_client, str(catalogue)),
            f"Segment “{key(article)}/body/no-such-block/text” does not exist")


def test_markup_that_opens_a_script(admin_client, article, catalogue, unchanged):
    notes = entry(catalogue, "/notes_to_editors")
    notes.msgstr = "<p>Notes <i>aux</i> rédactions.<script>alert(1)</script></p>"
    refused(upload(admin_client, str(catalogue)),
            f"Segment “{key(article)}/notes_to_editors” is refused", "<script>")


def test_a_script_in_a_plain_text_field(admin_client, article, catalogue, unchanged):
    entry(catalogue, "/summary").msgstr = "Résumé<script>alert(1)</script>"
    refused(upload(admin_client, str(catalogue)),
            f"Segment “{key(article)}/summary” is refused")


@pytest.mark.parametrize("translation, reason", [
    ("<p>Lisez <a linktype=\"page\" id=\"1\">ceci</a> et <b>les résultats</b></p>"
     "<ul><li>sécurité</li><li>survie</li></ul>", "its links differ"),
    ("<p>Lisez <a linktype=\"page\" id=\"{page}\">ceci</a> et <u>les résultats</u></p>"
     "<ul><li>sécurité</li><li>survie</li></ul>", "which the English does not"),
    ("<p>Lisez <a linktype=\"page\" id=\"{page}\">ceci</a> et <b>les résultats</p>"
     "<ul><li>sécurité</li><li>survie</li></ul>", "closes a tag that is not open"),
    ("<p onclick=\"x()\">Lisez <a linktype=\"page\" id=\"{page}\">ceci</a> et <b>r</b></p>"
     "<ul><li>sécurité</li><li>survie</li></ul>", "an attribute the English does not use"),
])
def test_rich_text_that_breaks_the_englishs_markup(
        admin_client, home, article, catalogue, unchanged, translation, reason):
    paragraph_id = f"{key(article)}/body/{article.body_en[1].id}"
    entry(catalogue, paragraph_id).msgstr = translation.format(page=home.pk)
    refused(upload(admin_client, str(catalogue)), f"Segment “{paragraph_id}” is refused",
            reason)


def test_a_segment_whose_english_changed_since_the_export(admin_client, article, catalogue):
    entry(catalogue, "/summary").msgstr = "Un nouveau résumé."
    article.summary_en = "A rewritten English summary."
    article.save_revision()
    revisions = Revision.objects.for_instance(article).count()
    refused(upload(admin_client, str(catalogue)),
            f"Segment “{key(article)}/summary”: its English has changed")
    assert Revision.objects.for_instance(article).count() == revisions


def test_a_file_for_another_page(admin_client, home, catalogue, unchanged):
    other = article_with_every_kind_of_text(home)
    refused(upload(admin_client, str(catalogue), only=other),
            "this file is for another page or snippet")


def test_a_file_in_another_language(admin_client, article, unchanged):
    italian = export(admin_client, [article], language="it").content
    refused(upload(admin_client, italian, language="fr"), "This file is in Italiano, not in")


def test_the_refusal_is_in_the_editors_language(admin_client, admin_user, catalogue, unchanged):
    speaks(admin_user, "fr")
    archive = gzip.compress(str(catalogue).encode())
    response = upload(admin_client, archive, name="fr.po.gz")
    text = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert translated("The file was refused; nothing was changed.", "fr") in text
    message = translated("This is a compressed archive: upload the .po or .xlf file itself, "
                         "not compressed.", "fr")
    assert message != "This is a compressed archive: upload the .po or .xlf file itself, " \
                      "not compressed."
    assert message in text


@pytest.mark.parametrize("object_key", ["news.articlepage:999999", "news.articlepage:x",
                                        "auth.user:1", "nothing", "no.such:1"])
def test_an_export_of_an_object_that_does_not_exist(admin_client, object_key):
    response = admin_client.get("/admin/translations/files/export/",
                                {"object": object_key, "language": "fr", "file_format": "po"})
    assert response.status_code == 404
    assert "No page or snippet has the id" in html.unescape(response.content.decode())


def test_an_export_in_english_or_an_unknown_format_asks_again(admin_client, article):
    for language, file_format in (("en", "po"), ("fr", "docx")):
        response = export(admin_client, [article], language=language, file_format=file_format)
        assert response.status_code == 400
        assert "attachment" not in response.get("Content-Disposition", "")


def test_an_import_with_no_file_asks_for_one(admin_client, unchanged):
    response = admin_client.post("/admin/translations/files/import/", {"language": "fr"})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()

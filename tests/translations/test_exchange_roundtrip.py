"""Files for translators, there and back: export the French of a page and of a snippet,
change one text with a real PO or XLIFF library, import, and find exactly that text
changed, in a new draft revision, nothing published."""

import polib
import pytest
from django.urls import reverse
from translate.storage import xliff as toolkit_xliff
from wagtail.models import Revision

from news.models import ArticlePage
from tests.factories.trial import TrialStatusFactory
from tests.news_factories import make_article
from tests.translations.exchange_helpers import (
    LINKED_PARAGRAPH_FR,
    article_with_every_kind_of_text,
    export,
    key,
    upload,
)
from translations.exchange.segments import segments_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def french_texts(obj):
    return {segment.id: segment.translation for segment in segments_of(obj, "fr")}


def english_texts(obj):
    return {segment.id: segment.source for segment in segments_of(obj, "fr")}


def other_languages(obj):
    return {language: {s.id: s.translation for s in segments_of(obj, language)}
            for language in ("it", "sv")}


def unit_id(unit):
    # translate-toolkit prefixes a unit's id with its <file>'s `original`.
    return unit.getid().rsplit("\x04", 1)[-1]


def latest(obj):
    return type(obj).objects.get(pk=obj.pk).get_latest_revision_as_object()


def test_the_po_file_carries_each_segment_with_its_context_source_and_translation(
        admin_client, home):
    article = article_with_every_kind_of_text(home)
    response = export(admin_client, [article])
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    catalogue = polib.pofile(response.content.decode())
    assert catalogue.metadata["Language"] == "fr"
    entries = {entry.msgctxt: entry for entry in catalogue}
    prefix = key(article)
    assert entries[f"{prefix}/summary"].msgid == "An English summary."
    assert entries[f"{prefix}/summary"].msgstr == "Un résumé en français."
    heading_id = article.body_en[0].id
    paragraph_id = article.body_en[1].id
    heading = entries[f"{prefix}/body/{heading_id}/text"]
    assert (heading.msgid, heading.msgstr) == ("What we found", "Ce que nous avons trouvé")
    assert "Body › block 1 (Heading)" in heading.comment
    # Rich text travels as Wagtail's own HTML: page links by id, lists, emphasis.
    paragraph = entries[f"{prefix}/body/{paragraph_id}"]
    assert f'<a linktype="page" id="{home.pk}">' in paragraph.msgid
    assert paragraph.msgstr == LINKED_PARAGRAPH_FR.format(page=home.pk)
    assert "source-fingerprint: " in paragraph.comment


def test_a_po_round_trip_changes_exactly_the_edited_french_text_in_a_new_draft(
        admin_client, home):
    article = article_with_every_kind_of_text(home)
    before = french_texts(latest(article))
    english, others = english_texts(latest(article)), other_languages(latest(article))
    live_revision = article.live_revision_id
    catalogue = polib.pofile(export(admin_client, [article]).content.decode())
    paragraph_id = f"{key(article)}/body/{article.body_en[1].id}"
    entry = next(entry for entry in catalogue if entry.msgctxt == paragraph_id)
    entry.msgstr = entry.msgstr.replace("les résultats", "ses résultats")

    response = upload(admin_client, str(catalogue), only=article)

    assert response.status_code == 302, response.content.decode()
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    after = french_texts(draft)
    assert {k for k in before if before[k] != after[k]} == {paragraph_id}
    assert "<b>ses résultats</b>" in after[paragraph_id]
    # English and the other languages are untouched; nothing was published.
    assert english_texts(draft) == english
    assert other_languages(draft) == others
    assert article.live_revision_id == live_revision
    assert article.has_unpublished_changes
    assert "ses résultats" not in str(ArticlePage.objects.get(pk=article.pk).body_fr)


def test_an_xliff_round_trip_edited_with_translate_toolkit(admin_client, home):
    article = article_with_every_kind_of_text(home)
    before = french_texts(latest(article))
    data = export(admin_client, [article], file_format="xliff").content
    store = toolkit_xliff.xlifffile.parsestring(data)
    summary_id = f"{key(article)}/summary"
    unit = next(unit for unit in store.units if unit_id(unit) == summary_id)
    assert unit.source == "An English summary."
    assert unit.target == "Un résumé en français."
    unit.target = "Un autre résumé."

    response = upload(admin_client, bytes(store), name="fr.xlf", only=article)

    assert response.status_code == 302, response.content.decode()
    after = french_texts(latest(article))
    assert {k for k in before if before[k] != after[k]} == {summary_id}
    assert after[summary_id] == "Un autre résumé."


def test_translate_toolkit_reads_every_segment_of_an_exported_xliff(admin_client, home):
    article = article_with_every_kind_of_text(home)
    data = export(admin_client, [article], file_format="xliff").content
    store = toolkit_xliff.xlifffile.parsestring(data)
    exported = {segment.id: segment for segment in segments_of(latest(article), "fr")}
    read = {unit_id(unit): unit for unit in store.units if unit.getid()}
    assert set(read) == set(exported)
    for segment_id, unit in read.items():
        assert unit.source == exported[segment_id].source
        assert unit.target == exported[segment_id].translation
    assert store.gettargetlanguage() == "fr"


def test_a_snippet_round_trip_makes_a_draft_revision_of_the_trial_status(admin_client):
    # Published with its banner in every language, as Communications keep the status.
    status = TrialStatusFactory(translated=True)
    revisions_before = Revision.objects.for_instance(status).count()
    live_banner = status.banner_text_fr
    catalogue = polib.pofile(export(admin_client, [status]).content.decode())
    banner = next(entry for entry in catalogue if entry.msgctxt.endswith("/banner_text"))
    banner.msgstr = "Bandeau retraduit."
    others_before = {s.id: s.translation for s in segments_of(latest(status), "fr")}

    response = upload(admin_client, str(catalogue), only=status)

    assert response.status_code == 302, response.content.decode()
    status.refresh_from_db()
    assert Revision.objects.for_instance(status).count() == revisions_before + 1
    draft = status.get_latest_revision_as_object()
    after = {s.id: s.translation for s in segments_of(draft, "fr")}
    assert {k for k in after if after[k] != others_before[k]} == {banner.msgctxt}
    assert draft.banner_text_fr == "Bandeau retraduit."
    assert status.banner_text_fr == live_banner  # the live record is unchanged
    assert status.has_unpublished_changes


def test_an_empty_french_body_is_built_from_the_english_blocks(admin_client, home):
    article = article_with_every_kind_of_text(home)
    article.body_fr = []
    article.save_revision().publish()
    catalogue = polib.pofile(export(admin_client, [article]).content.decode())
    heading_id = f"{key(article)}/body/{article.body_en[0].id}/text"
    heading = next(entry for entry in catalogue if entry.msgctxt == heading_id)
    assert heading.msgstr == ""
    heading.msgstr = "Nos résultats"

    assert upload(admin_client, str(catalogue), only=article).status_code == 302

    draft = latest(article)
    assert [block.block_type for block in draft.body_fr] == ["heading", "paragraph"]
    assert draft.body_fr[0].value["text"] == "Nos résultats"
    # Untranslated blocks keep the English until translated; images, links stay.
    assert draft.body_fr[1].value.source == article.body_en[1].value.source


def test_a_selection_of_pages_exports_in_one_file(admin_client, home):
    first = article_with_every_kind_of_text(home)
    second = article_with_every_kind_of_text(home)
    catalogue = polib.pofile(export(admin_client, [first, second]).content.decode())
    objects = {entry.msgctxt.split("/")[0] for entry in catalogue}
    assert objects == {key(first), key(second)}


def test_everything_missing_or_out_of_date_in_french_in_one_file(admin_client, home):
    up_to_date = article_with_every_kind_of_text(home)
    out_of_date = article_with_every_kind_of_text(home)
    out_of_date.summary_en = "The English summary, rewritten."
    out_of_date.save_revision().publish()
    missing = make_article("Not yet in French")  # a French title, but no French summary
    response = admin_client.get(reverse("translations_files_export"),
                                {"pending": "1", "language": "fr", "file_format": "po"})
    assert response.status_code == 200
    catalogue = polib.pofile(response.content.decode())
    objects = {entry.msgctxt.split("/")[0] for entry in catalogue}
    assert {key(missing), key(out_of_date)} <= objects
    assert key(up_to_date) not in objects
    summary = next(e for e in catalogue if e.msgctxt == f"{key(out_of_date)}/summary")
    assert (summary.msgid, summary.msgstr) == ("The English summary, rewritten.",
                                               "Un résumé en français.")

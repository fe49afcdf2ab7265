"""Each language's lay summary as an accessible A4 PDF (issue 15, item 3): read back with a
real PDF reader (pypdf), in all four languages: the ten sections in order, the glossary
entries of the terms used, the version history, its language and its tags. Made by the
background worker when the page is published, never before; served only as the page is."""

import datetime
import io
import re
from pathlib import Path

import pypdf
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from home.dates import reader_date
from tests.admin_helpers import edit_url
from tests.factories.trial import GlossaryPageFactory, GlossaryTermFactory
from tests.helpers import soup, translated
from tests.launch_content import GLOSSARY
from trial.lay_summary_pdfs import make_pdf
from trial.models import LAY_SECTIONS, GlossaryTerm, LaySummaryPdf
from trial.tasks import make_lay_summary_pdfs

from .lay_summary_factory import LANGUAGES, make_lay_summary, publish_again

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

IN_LANGUAGE = {"en": "in English", "fr": "in French", "it": "in Italian", "sv": "in Swedish"}
NOTES = {"en": "Second version for the PDF test.", "fr": "Deuxième version du test.",
         "it": "Seconda versione del test.", "sv": "Andra versionen av testet."}


@pytest.fixture(autouse=True)
def glossary():
    """The glossary the summaries' copy links to and whose terms it uses (make_lay_summary
    writes real sentences, from the same data files), built as an editor fills it in."""
    page = GlossaryPageFactory(translated=True)
    for position, entry in enumerate(GLOSSARY["term"]):
        GlossaryTermFactory(page=page, sort_order=position, **{
            f"{field}_{code}": value for field in ("term", "other_forms", "definition")
            for code, value in entry.get(field, {}).items()})
    return page


@pytest.fixture(autouse=True)
def remove_made_files():
    """The database is rolled back after each test; the files the test made are not."""
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "lay-summaries"
    before = set(folder.glob("*")) if folder.exists() else set()
    yield
    for path in set(folder.glob("*")) - before if folder.exists() else ():
        path.unlink(missing_ok=True)


def words(text):
    return " ".join(text.split())


def read_pdf(data):
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, words(" ".join(page.extract_text() for page in reader.pages))


def pdf_link(response):
    return soup(response).select_one('main a[type="application/pdf"]')


def in_order(text, expected, start=0):
    """Each of `expected` found in `text` after the one before it; the end position."""
    for phrase in expected:
        found = text.find(phrase, start)
        assert found >= 0, f"{phrase!r} not found in order after position {start}"
        start = found + len(phrase)
    return start


def linked_terms(client, summary, language):
    """The glossary terms the page links, as the glossary writes them in `language`, in
    the glossary's order."""
    html = soup(client.get(summary.get_url_in(language)))
    anchors = {a["href"].rsplit("#", 1)[1] for a in html.select("main a.glossary-link")}
    with translation.override(language):
        return [term.term for term in GlossaryTerm.objects.order_by("sort_order", "pk")
                if term.anchor in anchors]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_linked_tagged_a4_pdf_with_the_pages_sections_terms_and_versions(
        client, language):
    summary = publish_again(make_lay_summary(), NOTES)
    assert make_pdf(summary, language) == "made"

    response = client.get(summary.get_url_in(language))
    link = pdf_link(response)
    stored = LaySummaryPdf.objects.get(page=summary, language=language)
    with translation.override(language):
        size = filesizeformat(stored.size)
    label = link.get_text(" ", strip=True)
    assert "PDF" in label
    assert translated(IN_LANGUAGE[language], language) in label
    assert size in label
    assert link["hreflang"] == language

    download = client.get(link["href"])
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Language"] == language
    data = b"".join(download.streaming_content)
    reader, text = read_pdf(data)

    # Tagged, in its language, titled, A4, with real text.
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == language
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"].value is True
    with translation.override(language):
        title = summary.title
    assert reader.metadata.title.startswith(title)
    box = reader.pages[0].mediabox
    assert (round(box.width * 25.4 / 72), round(box.height * 25.4 / 72)) == (210, 297)

    # The ten sections in order, after the table of contents, then the words explained and
    # the version history, newest first, with each version's note and date in the language.
    contents_end = in_order(text, [translated("Contents", language),
                                   translated("Version history", language)])
    headings = [f"{number}. {translated(str(heading), language)}"
                for number, (_f, _a, heading, _h) in enumerate(LAY_SECTIONS, start=1)]
    position = in_order(text, headings, contents_end)
    terms = linked_terms(client, summary, language)
    assert terms, "the launch copy uses glossary terms"
    position = in_order(text, [translated("Words explained", language), *terms], position)
    today = reader_date(timezone.now(), language=language)
    first_note = summary.revisions.order_by("pk").first().content[f"change_note_{language}"]
    in_order(text, [translated("Version history", language), today, NOTES[language],
                    today, first_note], position)


def test_publishing_queues_the_pdfs_which_are_made_once_per_version(
        client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        summary = make_lay_summary(languages=("en", "fr"))
    queued = DBTaskResult.objects.filter(task_path="trial.tasks.make_lay_summary_pdfs")
    assert [row.args_kwargs["args"] for row in queued].count([summary.pk]) == 1
    # Nothing is made in the request that published: the worker makes them.
    assert not LaySummaryPdf.objects.filter(page=summary).exists()
    assert pdf_link(client.get(summary.get_url_in("fr"))) is None

    assert make_lay_summary_pdfs.call(summary.pk) == {"en": "made", "fr": "made"}
    first = {pdf.language: pdf.file.name for pdf in summary.pdfs.all()}
    # Run twice (a retry, a second worker): nothing is made again.
    assert make_lay_summary_pdfs.call(summary.pk) == {"en": "kept", "fr": "kept"}
    assert {pdf.language: pdf.file.name for pdf in summary.pdfs.all()} == first

    # An untranslated language gets the English PDF, and its link says so.
    link = pdf_link(client.get(summary.get_url_in("it")))
    assert link["hreflang"] == "en"
    assert translated("in English", "it") in link.get_text()
    assert client.get(link["href"])["Content-Language"] == "en"

    # A new version: new files replace the old ones, which are deleted.
    with django_capture_on_commit_callbacks(execute=True):
        publish_again(summary, NOTES)
        assert make_lay_summary_pdfs.call(summary.pk) == {"en": "made", "fr": "made"}
    again = {pdf.language: pdf.file.name for pdf in summary.pdfs.all()}
    assert set(again.values()).isdisjoint(first.values())
    assert all(default_storage.exists(name) for name in again.values())
    assert not any(default_storage.exists(name) for name in first.values())


def test_before_publication_there_is_no_pdf_at_any_address(client):
    draft = make_lay_summary(publish=False)
    scheduled = make_lay_summary(go_live_at=timezone.now() + datetime.timedelta(days=1))
    assert not scheduled.live and scheduled.revisions.filter(
        approved_go_live_at__isnull=False).exists()
    for page in (draft, scheduled):
        assert make_lay_summary_pdfs.call(page.pk) == {}
        assert not page.pdfs.exists()
    for language in LANGUAGES:
        for page in (draft, scheduled):
            assert client.get(page.get_url_in(language) + "pdf/").status_code == 404


def test_unpublished_or_private_the_pdf_is_not_served(client, admin_client):
    summary = make_lay_summary(languages=("en",))
    make_lay_summary_pdfs.call(summary.pk)
    url = summary.get_url_in("en") + "pdf/"
    assert client.get(url).status_code == 200
    # The stored file has no address of its own: only the page's /pdf/ gives it.
    assert client.get(settings.MEDIA_URL + summary.pdfs.get().file.name).status_code == 404

    restriction = PageViewRestriction.objects.create(
        page=summary, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Readers of a private summary")])
    assert client.get(url).status_code in (302, 403)  # Wagtail's login, as for the page
    assert admin_client.get(url).status_code == 200
    restriction.delete()

    summary.unpublish()
    assert client.get(url).status_code == 404


def test_a_pdf_that_cannot_be_made_is_explained_and_no_page_breaks(client, admin_client):
    summary = make_lay_summary(languages=("en", "fr"))
    # Its style sheet gone from the static files (a deployment that forgot collectstatic).
    with override_settings(STATICFILES_DIRS=[]):
        assert make_lay_summary_pdfs.call(summary.pk) == {"en": "failed", "fr": "failed"}

    page = client.get(summary.get_url_in("fr"))
    assert page.status_code == 200 and pdf_link(page) is None
    missing = client.get(summary.get_url_in("fr") + "pdf/")
    assert missing.status_code == 404
    assert translated("PDF not available", "fr") in missing.content.decode()
    assert soup(missing).find("html")["lang"] == "fr"

    # The editor sees why, in their language, while editing the summary.
    with translation.override("fr"):
        reason = translated("The PDF could not be made: a file it shows (an image or a style "
                            "sheet) is missing, or is not one of the site's own files.", "fr")
        edit = admin_client.get(edit_url(summary), HTTP_ACCEPT_LANGUAGE="fr")
    panel = soup(edit).select_one(".lay-summary-pdfs")
    assert panel is not None
    text = words(panel.get_text(" "))
    assert translated("could not be made:", "fr") in text
    assert words(reason) in text

    # Put right, the next run makes them.
    assert make_lay_summary_pdfs.call(summary.pk) == {"en": "made", "fr": "made"}
    assert pdf_link(client.get(summary.get_url_in("fr"))) is not None


def test_a_stored_file_lost_hides_the_link_until_the_command_makes_it_again(client):
    from django.core.management import call_command

    summary = make_lay_summary(languages=("en",))
    make_lay_summary_pdfs.call(summary.pk)
    default_storage.delete(summary.pdfs.get().file.name)

    page = client.get(summary.get_url_in("en"))
    assert page.status_code == 200 and pdf_link(page) is None
    assert client.get(summary.get_url_in("en") + "pdf/").status_code == 404

    out = io.StringIO()
    call_command("make_lay_summary_pdfs", stdout=out)
    assert re.search(rf"^{summary.pk} en: made$", out.getvalue(), re.MULTILINE)
    assert client.get(summary.get_url_in("en") + "pdf/").status_code == 200

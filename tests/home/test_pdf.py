"""The shared PDF renderer (home/pdf.py), read back with a real PDF reader (pypdf)."""

import io

import pypdf
import pytest
from django.test import override_settings
from django.utils import translation

from home.pdf import PdfNotMade, render_pdf

TEMPLATE = """{% extends "pdf/base.html" %}
{% block title %}Résumé {{ language }}{% endblock %}
{% block content %}<h1>Résultats</h1><p>Les participants ont reçu l'interleukine-2.</p>
{% if src %}<img src="{{ src }}" alt="Un graphique">{% endif %}{% endblock %}
"""


@pytest.fixture
def template(tmp_path, settings):
    (tmp_path / "pdf_test.html").write_text(TEMPLATE)
    templates = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]
    with override_settings(TEMPLATES=templates):
        yield "pdf_test.html"


def read(pdf):
    return pypdf.PdfReader(io.BytesIO(pdf))


def test_a_tagged_a4_pdf_with_its_language_title_and_real_text(template):
    reader = read(render_pdf(template, {}, "fr"))

    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "fr"
    assert reader.metadata.title == "Résumé fr"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
    text = reader.pages[0].extract_text()
    assert "Résultats" in text
    assert "Les participants ont reçu l'interleukine-2." in text


def test_an_image_of_the_site_is_drawn(template):
    reader = read(render_pdf(template, {"src": "/static/images/social-default.png"}, "en"))
    assert len(reader.pages[0].images) == 1


@pytest.mark.parametrize("src", [
    "/media/images/gone.png",                       # a rendition deleted since
    "https://example.org/tracker.png",              # the network
    "/static/../config/settings/base.py",           # out of the static folders
    "file:///etc/passwd",
])
def test_a_file_missing_or_not_the_sites_own_stops_the_pdf_with_a_clear_reason(template, src):
    with pytest.raises(PdfNotMade) as caught:
        render_pdf(template, {"src": src}, "en")
    assert "a file it shows" in str(caught.value)


def test_the_reason_reads_in_the_language_of_whoever_is_shown_it(template):
    with pytest.raises(PdfNotMade) as caught:
        render_pdf(template, {"src": "/media/images/gone.png"}, "en")
    with translation.override("fr"):
        assert str(caught.value.message).startswith("Le PDF n’a pas pu être créé")


def test_a_template_without_language_or_title_is_refused(tmp_path, settings):
    (tmp_path / "bare.html").write_text("<html><body><p>No title</p></body></html>")
    templates = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    with override_settings(TEMPLATES=templates), pytest.raises(PdfNotMade):
        render_pdf("bare.html", {}, "en")

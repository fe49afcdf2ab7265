"""A press release's kit: images with translated captions, credit and licence, their
originals downloadable once the release is public; the release as a tagged PDF in each
language, with its language set and real text; a missing file gives no 500."""

import datetime
import io

import pypdf
import pytest
from django.core.files.storage import default_storage

from news.models import Kind, KitImage, ReleasePdf
from news.press_pdf import make_pdfs
from tests.conftest import LANGUAGES
from tests.factories.files import make_image
from tests.factories.news import ArticlePageFactory, make_article
from tests.helpers import count_queries, soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

TITLES = {"en": "Results of the trial", "fr": "Résultats de l’essai",
          "it": "Risultati della sperimentazione", "sv": "Prövningens resultat"}


def release_with_kit(publish=True, images=1, title=TITLES):
    kit = [KitImage(image=make_image(f"kit-{n}.png"), caption_en=f"Caption {n}",
                    caption_fr=f"Légende {n}", credit="MIROCALS", licence="CC BY 4.0")
           for n in range(images)]
    slug = title["en"].lower().replace(" ", "-")
    return ArticlePageFactory(
        title=title["en"], publish=publish, kind=Kind.PRESS, date=datetime.date(2026, 3, 2),
        kit_images=kit, **{f"title_{code}": title.get(code) for code in LANGUAGES},
        **{f"slug_{code}": f"{slug}-{code}" for code in LANGUAGES},
        **{f"summary_{code}": f"Summary {code}" for code in LANGUAGES})


def test_kit_images_show_caption_credit_and_licence_in_every_language(client):
    page = release_with_kit(images=2)
    for language in LANGUAGES:
        html = soup(client.get(page.get_url_in(language)))
        kit = html.select_one("[aria-labelledby=kit-heading]")
        assert kit.h2.get_text() == translated("Images for the press", language)
        items = kit.select("li")
        assert len(items) == 2
        caption = items[0].figcaption.get_text(" ", strip=True)
        assert ("Légende 0" if language == "fr" else "Caption 0") in caption
        assert "MIROCALS" in caption and "CC BY 4.0" in caption
        if language in ("it", "sv"):  # shown in English for want of a translation: marked
            assert items[0].figcaption.span["lang"] == "en"
        download = items[0].select_one("a[download]")
        assert "1600 × 900 px" in items[0].get_text()
        response = client.get(download["href"])  # the original, at full size
        assert response.status_code == 200
        assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"


def test_kit_originals_stay_closed_until_the_release_is_public(client):
    page = release_with_kit(publish=False)
    image = page.kit_images.get().image
    assert client.get(image.file.url).status_code == 404
    page.save_revision().publish()
    assert client.get(image.file.url).status_code == 200


def test_the_kit_adds_no_query_to_the_article_page(client):
    plain = make_article("No kit", date=datetime.date(2026, 3, 2))
    few = release_with_kit(images=1, title={"en": "Few images"})
    many = release_with_kit(images=4, title={"en": "Many images"})
    for page in (plain, few, many):  # the kit's rows are kept until content changes
        client.get(page.get_url_in("en"))
    counts = [count_queries(client, page.get_url_in("en")) for page in (plain, few, many)]
    assert counts[0] == counts[1] == counts[2], counts


def test_a_missing_image_file_gives_no_500(client):
    page = release_with_kit()
    image = page.kit_images.get().image
    default_storage.delete(image.file.name)
    image.renditions.all().delete()
    response = client.get(page.get_url_in("en"))
    assert response.status_code == 200
    assert client.get(soup(response).select_one("a[download]")["href"]).status_code == 404


def pdf_text(response):
    reader = pypdf.PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def test_the_release_pdf_is_tagged_with_its_language_and_real_text(client):
    page = release_with_kit()
    url = page.get_url_in("fr") + "pdf/"
    waiting = client.get(url)  # the worker has not made it yet
    assert waiting.status_code == 503 and waiting["Retry-After"] == "60"
    assert translated("The PDF of this release is being made. Try again in a minute.",
                      "fr") in waiting.content.decode()
    assert make_pdfs(page.pk, page.live_revision_id) == dict.fromkeys(LANGUAGES, "made")
    assert make_pdfs(page.pk, page.live_revision_id) == dict.fromkeys(LANGUAGES, "kept")
    for language in LANGUAGES:
        response = client.get(page.get_url_in(language) + "pdf/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        reader, text = pdf_text(response)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == language
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
        assert TITLES[language] in text.replace("\n", " ")
        assert f"Summary {language}" in text


def test_a_pdf_that_cannot_be_made_says_so(client):
    page = release_with_kit()
    page.lead_image = make_image("lead.png")
    page.save_revision().publish()
    page.refresh_from_db()
    default_storage.delete(page.lead_image.file.name)
    page.lead_image.renditions.all().delete()
    assert make_pdfs(page.pk, page.live_revision_id)["en"] == "failed"
    assert ReleasePdf.objects.get(page=page, language="en").failure
    response = client.get(page.get_url_in("sv") + "pdf/")
    assert response.status_code == 404
    assert translated("The PDF of this release could not be made: %(reason)s", "sv").split(
        "%")[0] in response.content.decode()

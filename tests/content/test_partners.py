"""The launch content's partners and funders: the seeds' organisations, only published
facts, generated placeholder logos, and nothing duplicated when the launch content is
loaded again. (Moved from tests/partners/test_demo.py: it checks the content itself.)"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from partners.completeness import PLACEHOLDER_COLLECTION
from partners.logos import COLOURS, initials
from partners.models import Funder, PartnerPage
from tests.conftest import LANGUAGES
from tests.launch_content import PARTNERS

# The content suite: the launch content itself, loaded for this module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

SEED_004 = ["University Hospital of Nîmes", "Inserm Transfert", "ICON plc", "Généthon",
            "Humanitas Research Hospital", "University of Gothenburg", "University of Sussex",
            "University of Sheffield", "King's College London",
            "Queen Mary University of London", "Motor Neurone Disease Association",
            "WGK Consultancy Ltd"]
SEED_000_MORE = ["Assistance Publique – Hôpitaux de Paris", "Brighton and Sussex Medical School"]


def test_the_12_consortium_organisations_and_the_2_press_release_partners(db):
    pages = PartnerPage.objects.live().order_by("path")
    assert [p.title_en for p in pages] == SEED_004 + SEED_000_MORE
    for page in pages:
        for language in LANGUAGES:
            assert getattr(page, f"title_{language}"), (page.title_en, language)
            assert getattr(page, f"logo_alt_{language}"), (page.title_en, language)


def test_no_invented_address_city_or_country(db):
    # facts.md gives no partner or funder URL; cities only where seed 004 states them.
    assert not PartnerPage.objects.exclude(website_en__in=["", None]).exists()
    for language in LANGUAGES:
        assert not Funder.objects.exclude(**{f"website_{language}__in": ["", None]}).exists()
    cities = {p.title_en: p.city_en for p in PartnerPage.objects.all() if p.city_en}
    assert cities == {"University Hospital of Nîmes": "Nîmes", "Inserm Transfert": "Paris",
                      "Généthon": "Evry", "Humanitas Research Hospital": "Milan",
                      "King's College London": "London",
                      "Queen Mary University of London": "London"}
    assert PartnerPage.objects.get(title_en="ICON plc").country == ""
    # Descriptions are for each partner to write.
    assert not PartnerPage.objects.exclude(description_en__in=["", None]).exists()


def test_funders_are_those_of_the_sources(db):
    funders = list(Funder.objects.all())
    assert [(f.name_en, f.kind, f.amount) for f in funders] == [
        ("European Union: Horizon 2020", "public", 5980435),
        ("French Health Ministry: PHRC", "public", 1122429),
        ("Motor Neurone Disease Association", "charity", None),
        ("My Name'5 Doddie Foundation", "charity", None),
        ("MND Scotland", "charity", None),
        ("AFM-Téléthon", "charity", None),
        ("Association pour la Recherche sur la SLA (ARSLA)", "charity", None),
    ]
    eu = funders[0]
    assert eu.show_eu_emblem and "633413" in eu.acknowledgement_en
    assert all("633413" in getattr(eu, f"acknowledgement_{code}") for code in LANGUAGES)
    assert funders[2].partner_page.title_en == "Motor Neurone Disease Association"


def test_placeholder_logos_are_generated_initials_not_real_marks(db):
    for page in PartnerPage.objects.select_related("logo__collection"):
        logo = page.logo
        assert logo.collection.name == PLACEHOLDER_COLLECTION
        assert logo.title == f"{page.title_en} logo placeholder"
        with logo.open_file() as f:
            picture = PILImage.open(io.BytesIO(f.read()))
            assert picture.format == "PNG"
            assert picture.size == (256, 256)
            colours = {colour for _count, colour in picture.convert("RGB").getcolors(65536)}
        background = picture.convert("RGB").getpixel((2, 2))
        assert "#{:02x}{:02x}{:02x}".format(*background) in COLOURS
        assert (255, 255, 255) in colours  # the white initials


def test_initials():
    assert initials("King's College London") == "KCL"
    assert initials("Queen Mary University of London") == "QMUL"
    assert initials("Assistance Publique – Hôpitaux de Paris") == "APHP"
    assert initials("ICON plc") == "ICON"
    assert initials("WGK Consultancy Ltd") == "WGK"
    assert initials("Généthon") == "G"


def test_loading_the_demo_content_again_adds_nothing(db):
    counts = (PartnerPage.objects.count(), Funder.objects.count(),
              get_image_model().objects.count(), Group.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (PartnerPage.objects.count(), Funder.objects.count(),
            get_image_model().objects.count(), Group.objects.count()) == counts
    assert counts[0] == len(PARTNERS)

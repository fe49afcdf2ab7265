import pytest
from django.core.management import call_command
from django.test import Client

from home.models import HomePage, StandardPage

LANGUAGES = ["en", "fr", "it", "sv"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the demo content, loaded once per session."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        # What the worker does after that load: the lay summary's PDFs, made once, so that
        # the pages show their link and a worker run by a test finds nothing left to make.
        call_command("make_lay_summary_pdfs", verbosity=0)


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def about(db):
    # A standard page of the demo content ("About the trial" is a TrialPage).
    return StandardPage.objects.get(slug_en="about-als-mnd")


@pytest.fixture
def client():
    # Raise nothing: a test sees what a visitor sees, including error pages.
    return Client(raise_request_exception=False)


@pytest.fixture(autouse=True)
def empty_page_cache():
    """The page cache outlives each test's database transaction: start every test cold."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_by_default():
    """A request leaves its language active in the thread: every test starts in English."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def make_run_urls():
    """The addresses `make run` serves: config.urls adds its development routes with DEBUG."""
    import importlib

    from django.test import override_settings
    from django.urls import clear_url_caches

    import config.urls

    with override_settings(DEBUG=True):
        importlib.reload(config.urls)
        clear_url_caches()
        yield
    importlib.reload(config.urls)
    clear_url_caches()

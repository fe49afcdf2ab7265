import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase

from home.models import HomePage, StandardPage
from tests.factories.home import StandardPageFactory, bare_site

LANGUAGES = ["en", "fr", "it", "sv"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The database starts as a bare site (home page, groups and workflows): a module marked
    `factories` builds what it needs with tests/factories; any other gets the launch content
    (see below)."""
    with django_db_blocker.unblock():
        bare_site()


@pytest.fixture(scope="module")
def demo_content(request, django_db_setup, django_db_blocker):
    """The launch content, for the content suite (and the modules not on factories yet),
    loaded as `make run` loads it into a fresh database: once per module, inside
    a transaction rolled back after the module, so that no other test sees it. Each test's
    own transaction nests in it; a test without the `db` fixture still may not touch the
    database."""
    module_transaction = transaction.atomic()
    with django_db_blocker.unblock():
        module_transaction.__enter__()
        # The bare site's home page goes (its Site with it): the launch content makes its own.
        for home in HomePage.objects.all():
            home.delete()
        # Search indexing and other on-commit work run as they would after a real commit.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", verbosity=0)
            if request.node.get_closest_marker("lay_summary_pdfs") is not None:
                # What the worker does after that load (about 4 s a language), for the
                # modules that check the pages with the summary's PDF link.
                call_command("make_lay_summary_pdfs", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)


def _uses_the_database(item):
    return item.get_closest_marker("django_db") is not None or "django_db_setup" in (
        item.fixturenames)


@pytest.fixture(scope="module", autouse=True)
def _launch_content_unless_built_by_factories(request):
    """A module that uses the database and is not marked `factories` still gets the launch
    content, as every test did before tests/factories: the modules not moved yet, and those
    other work adds meanwhile. Grep for `mark.factories` to see which have moved."""
    if request.node.get_closest_marker("factories") is not None:
        return
    items = [item for item in request.session.items if item.module is request.module]
    if any(_uses_the_database(item) for item in items):
        request.getfixturevalue("demo_content")


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def about(db):
    """A published standard page with its own title and slug in every language: the launch
    content's in a module that loads it, else made here."""
    launched = StandardPage.objects.filter(slug_en="about-als-mnd").first()
    return launched or StandardPageFactory(
        title="About ALS/MND", slug="about-als-mnd", translated=True,
        **{f"intro_{code}": f"What ALS/MND is ({code})." for code in LANGUAGES})


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

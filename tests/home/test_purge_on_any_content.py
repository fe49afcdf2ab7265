"""The page cache forgets every page when any content changes, whichever app keeps it:
only the few models whose rows no public page shows leave it alone."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from taggit.models import Tag
from wagtail.admin.models import EditingSession

from home.cache import GENERATION_KEY

pytestmark = pytest.mark.factories


def cache_version():
    return cache.get_or_set(GENERATION_KEY, 1, None)


@pytest.mark.django_db
def test_a_save_in_an_app_the_site_base_never_names_empties_the_page_cache():
    before = cache_version()
    Tag.objects.create(name="placebo", slug="placebo")
    assert cache_version() != before


@pytest.mark.django_db
def test_a_login_session_or_an_editor_keeping_a_page_open_does_not(home, admin_user):
    before = cache_version()
    session = SessionStore()
    session["seen"] = True
    session.save()
    EditingSession.objects.create(user=admin_user, content_object=home,
                                  last_seen_at="2025-05-09T10:00:00Z")
    assert cache_version() == before

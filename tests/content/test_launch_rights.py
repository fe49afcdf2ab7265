"""The launch database, as `make run` loads it, leaves each group the least it needs
(what `setup_site` gives, tested on a site made by factories in
tests/home/test_site_setup.py)."""

import pytest

from tests.home.test_site_setup import assert_least_rights

# The content suite: the launch content itself, loaded for this module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_the_launch_database_gives_each_group_the_least_it_needs():
    assert_least_rights()

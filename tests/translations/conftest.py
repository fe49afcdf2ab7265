"""Staff of the translators' desk, signed in: one account per group, as setup_site gives
the groups their rights."""

import pytest

from tests.roles_helpers import member_of
from translations.roles import TRANSLATORS


@pytest.fixture
def staff(db):
    """staff("Editors") is a client signed in as a member of that group; asking twice for
    a group gives the same account."""
    signed_in = {}

    def member(group_name):
        if group_name not in signed_in:
            signed_in[group_name] = member_of(group_name)
        return signed_in[group_name]

    return member


@pytest.fixture
def translator(staff):
    return staff(TRANSLATORS)

"""Interface strings: complete, not fuzzy, not stale against templates and code."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ["fr", "it", "sv"]


def catalogue(root, language):
    with open(root / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po)


def message_ids(cat):
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in cat if m.id}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    cat = catalogue(ROOT, language)
    assert len(cat) > 20
    problems = []
    for message in cat:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"empty: {message.id!r}")
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(
    shutil.which("xgettext") is None and not os.environ.get("CI"),
    reason="GNU gettext (xgettext) not installed; CI installs it",
)
def test_catalogues_are_not_stale(tmp_path):
    """`make messages` on a copy of the project must add and remove nothing."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", "staticfiles", "media", ".test-media", "db.sqlite3*", "__pycache__"))
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--all", "--no-obsolete", "--no-location",
         "--ignore", ".venv/*", "--ignore", "staticfiles/*"],
        cwd=copy, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for language in TRANSLATED:
        fresh, committed = message_ids(catalogue(copy, language)), message_ids(
            catalogue(ROOT, language))
        missing, stale = sorted(fresh - committed, key=str), sorted(committed - fresh, key=str)
        assert not (missing or stale), (
            f"{language}: run `make messages` and translate. missing: {missing} stale: {stale}"
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_site_speaks_every_entry_of_its_catalogue(language):
    """The compiled catalogue is current: each entry is what visitors get."""
    from django.utils import translation

    cat = catalogue(ROOT, language)
    with translation.override(language):
        for message in cat:
            if not message.id or message.context:
                continue
            if isinstance(message.id, tuple):
                assert translation.ngettext(*message.id, 1) == message.string[0]
            else:
                assert translation.gettext(message.id) == message.string, message.id

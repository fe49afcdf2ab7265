"""The trial's models moved from `home` to `trial` (issue 12): a site built before the move
migrates forward with the same pages, URLs, revisions, log entries and trial records, and a
new database migrates from zero.

The site before the move is built by the code of BEFORE_THE_MOVE (main's last commit with
the trial in home/), taken from git, in the shared virtualenv: its migrations, its demo
content, then an editor's changes. The same database then migrates with today's code.
"""

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SNAPSHOT = Path(__file__).with_name("site_snapshot.py")
BEFORE_THE_MOVE = "02bb2479712fbe9c103fb5c6d614f19974234acd"
MOVED = ["trialstatus", "trialmilestone", "trialpage", "trialcentre", "laysummarypage",
         "glossarypage", "glossaryterm"]

# What an editor did on the old site: a new page, a draft of the trial page, a new status.
EDITOR = """
from home.models import HomePage, StandardPage, TrialPage, TrialStatus
from home.page_builder import add_page

add_page(HomePage.objects.get(), StandardPage, {
    "title": {"en": "Visiting the centres", "fr": "Visiter les centres"},
    "slug": {"en": "visiting-the-centres", "fr": "visiter-les-centres"},
    "intro": {"en": "How to reach the centres.", "fr": "Comment rejoindre les centres."},
})
trial = TrialPage.objects.get()
trial.intro_en += " A draft an editor has not published."
trial.save_revision()
status = TrialStatus.objects.get()
status.banner_text_fr = "L'essai est terminé."
status.save_revision().publish()
"""


def run(*args, cwd, database):
    # The site's files live beside its database, away from the checkout's own media/.
    media = database.parent
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev",
           "DATABASE_URL": f"sqlite:///{database}", "MEDIA_ROOT": str(media / "media"),
           "PRIVATE_MEDIA_ROOT": str(media / "private-media")}
    result = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, f"{args}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def code_before_the_move(destination):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git clone: the code before the move cannot be read")
    archive = subprocess.run(["git", "archive", "--format=tar", BEFORE_THE_MOVE], cwd=ROOT,
                             capture_output=True, timeout=120)
    assert archive.returncode == 0, (
        f"commit {BEFORE_THE_MOVE} is missing (a shallow clone? fetch main's history): "
        + archive.stderr.decode())
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data")
    return destination


def snapshot(cwd, database):
    return json.loads(run(str(SNAPSHOT), cwd=cwd, database=database))


def as_after_the_move(old):
    """The old snapshot with the moved models' content types named as the trial app's."""
    text = json.dumps(old)
    for model in MOVED:
        text = text.replace(f'"home.{model}"', f'"trial.{model}"')
    data = json.loads(text)
    for key in ("permissions", "references"):
        data[key] = sorted(data[key])
    return data


def assert_kept(old, new, where="site"):
    """Everything `old` holds is in `new`, unchanged (new columns or rows may be added)."""
    if isinstance(old, dict):
        for key, value in old.items():
            assert key in new, f"{where}.{key} is gone"
            assert_kept(value, new[key], f"{where}.{key}")
    elif isinstance(old, list) and where.endswith("permissions"):
        missing = [entry for entry in old if entry not in new]
        assert not missing, f"{where} lost {missing[:5]}"
    elif isinstance(old, list):
        assert len(old) == len(new), f"{where}: {len(old)} before, {len(new)} after"
        for number, (before, after) in enumerate(zip(old, new, strict=True)):
            assert_kept(before, after, f"{where}[{number}]")
    else:
        assert old == new, f"{where}: {old!r} became {new!r}"


def test_a_site_built_before_the_move_keeps_everything(tmp_path):
    old_code = code_before_the_move(tmp_path / "before")
    database = tmp_path / "site.sqlite3"
    run("manage.py", "migrate", "--noinput", cwd=old_code, database=database)
    run("manage.py", "load_demo_content", cwd=old_code, database=database)
    run("manage.py", "shell", "-c", EDITOR, cwd=old_code, database=database)
    before = snapshot(old_code, database)

    run("manage.py", "migrate", "--noinput", cwd=ROOT, database=database)
    after = snapshot(ROOT, database)

    assert {"trial.trialpage", "trial.laysummarypage", "trial.glossarypage"} <= {
        page["type"] for page in after["pages"]}
    assert "visiting-the-centres" in {page["slug_en"] for page in after["pages"]}
    assert all(status == 200 for page in after["pages"] for status in page["served"].values())
    assert {revision["object"] for revision in after["revisions"]} >= {
        "TrialPage", "TrialStatus", "LaySummaryPage", "StandardPage"}
    assert_kept(as_after_the_move(before), after)
    with sqlite3.connect(database) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert not {f"home_{model}" for model in MOVED} & tables


def test_a_new_database_migrates_from_zero(tmp_path):
    database = tmp_path / "new.sqlite3"
    run("manage.py", "migrate", "--noinput", cwd=ROOT, database=database)
    with sqlite3.connect(database) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        labels = set(db.execute("SELECT app_label, model FROM django_content_type"))
    assert {f"trial_{model}" for model in MOVED} <= tables
    assert not {f"home_{model}" for model in MOVED} & tables
    assert {("trial", model) for model in MOVED} <= labels
    assert not {("home", model) for model in MOVED} & labels

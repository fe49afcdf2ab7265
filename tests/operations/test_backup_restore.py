"""`manage.py backup` and `manage.py restore` (issue 14, item 6): a site with pages,
revisions, an image and a document is backed up, restored into an empty database and empty
media folders, and the restored site has every row and file and serves the same pages. On
SQLite and on PostgreSQL (a database made for the test)."""

import json
import os
import subprocess
import sys
import tarfile
import uuid

import pytest

from .servers import PG, ROOT, admin_sql, needs_postgres

ADD_FILES = """
from tests.file_factories import article_with_files, make_document, make_image
article_with_files("Backup probe", document=make_document("backup-probe.pdf"),
                   image=make_image("backup-probe.png"))
"""

COUNT_ROWS = """
import json
from django.db import connection
with connection.cursor() as cursor:
    counts = {}
    for table in sorted(connection.introspection.table_names(cursor)):
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
print(json.dumps(counts))
"""

# What readers get, nonces and tokens (new on every response) set aside.
SERVE_PAGES = r"""
import hashlib, json, re
from django.test import Client
client = Client(raise_request_exception=False)
pages = {}
for path in ["/en/", "/fr/", "/it/notizie/", "/sv/nyheter/", "/en/news/backup-probe/",
             "/en/news/feed/all/rss/", "/api/v2/news/?lang=fr", "/sitemap.xml"]:
    response = client.get(path, follow=True)
    body = re.sub(rb'(nonce|value)="[^"]*"', b"", response.content)
    pages[path] = [response.status_code, hashlib.sha256(body).hexdigest(), len(body)]
print(json.dumps(pages))
"""


class Instance:
    def __init__(self, base, database_url):
        self.base = base
        self.env = {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",  # reads MEDIA_ROOT and its kin
            "DATABASE_URL": database_url,
            "CACHE_DIR": str(base / "cache"),
            "MEDIA_ROOT": str(base / "media"),
            "PRIVATE_MEDIA_ROOT": str(base / "private-media"),
            "WAGTAILADMIN_BASE_URL": "http://testserver",
        }

    def manage(self, *args, stdin=None):
        env = {**os.environ, **self.env}
        env.pop("REDIS_URL", None)
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=900, input=stdin)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result.stdout

    def shell(self, code):
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def files(self):
        found = {}
        for folder in ("media", "private-media"):
            root = self.base / folder
            for path in root.rglob("*") if root.exists() else ():
                if path.is_file():
                    found[f"{folder}/{path.relative_to(root)}"] = path.read_bytes()
        return found


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def databases(request, tmp_path):
    """The URLs of two databases: one to back up, one empty to restore into."""
    if request.param == "sqlite":
        yield (f"sqlite:///{tmp_path / 'site.sqlite3'}",
               f"sqlite:///{tmp_path / 'restored.sqlite3'}")
        return
    names = [f"mirocals_bk_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    for name in names:
        admin_sql(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(f"{PG}/{name}" for name in names)
    finally:
        for name in names:
            admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_then_restore_brings_back_every_row_file_and_page(databases, tmp_path):
    source_url, target_url = databases
    site = Instance(tmp_path / "site", source_url)
    site.manage("migrate", "--noinput")
    site.manage("load_demo_content")
    site.manage("shell", "-c", ADD_FILES)
    pages = site.shell(SERVE_PAGES)  # first: serving makes the images' renditions
    rows, files = site.shell(COUNT_ROWS), site.files()
    for table in ("wagtailcore_page", "wagtailcore_revision", "wagtailimages_image",
                  "wagtaildocs_document", "wagtailimages_rendition"):
        assert rows[table] > 0, table
    assert any(name.startswith("private-media/documents/") for name in files)
    assert any(name.startswith("private-media/original_images/") for name in files)
    assert any(name.startswith("media/") for name in files)  # renditions

    archive = tmp_path / "backup.tar.gz"
    assert site.manage("backup", "--output", str(archive)).strip() == str(archive)
    with tarfile.open(archive) as opened:
        assert {"manifest.json", "database"} <= set(opened.getnames())

    restored = Instance(tmp_path / "restored", target_url)
    (restored.base / "media").mkdir(parents=True)
    (restored.base / "media" / "left-over.txt").write_text("not in the backup")
    # Asked first; anything but yes changes nothing.
    with pytest.raises(AssertionError, match="Restore cancelled"):
        restored.manage("restore", str(archive), stdin="n\n")
    assert "Restored the backup" in restored.manage("restore", str(archive), "--noinput")

    assert restored.shell(COUNT_ROWS) == rows
    assert restored.files() == files
    assert restored.shell(SERVE_PAGES) == pages
    assert pages["/en/news/backup-probe/"][0] == 200


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    site = Instance(tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}")
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz"):
        pass
    with pytest.raises(AssertionError, match="not a backup made by `manage.py backup`"):
        site.manage("restore", str(bogus), "--noinput")

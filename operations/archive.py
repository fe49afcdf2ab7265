"""One backup archive: the database, dumped by django-dbbackup's connector for its engine
(SQLite's online backup API, PostgreSQL's pg_dump/pg_restore), and both media folders
(MEDIA_ROOT: renditions; PRIVATE_MEDIA_ROOT: documents and image originals), in a .tar.gz
with a manifest saying what it holds."""

import io
import json
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from dbbackup.db.base import get_connector
from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database"
# Archive folder: the setting naming where it is restored.
MEDIA_FOLDERS = {"media": "MEDIA_ROOT", "private-media": "PRIVATE_MEDIA_ROOT"}


class ArchiveError(Exception):
    pass


def connector_path(connector):
    return f"{type(connector).__module__}.{type(connector).__name__}"


def write(path):
    """Write the archive to `path`; return its manifest."""
    connector = get_connector()
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "vendor": connection.vendor,
        "connector": connector_path(connector),
    }
    dump = connector.create_dump()
    dump.seek(0, os.SEEK_END)
    size = dump.tell()
    dump.seek(0)
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo(DATABASE)
        info.size, info.mtime = size, int(timezone.now().timestamp())
        archive.addfile(info, dump)
        for folder, setting in MEDIA_FOLDERS.items():
            root = Path(getattr(settings, setting))
            if root.is_dir():
                archive.add(root, arcname=folder)
        data = json.dumps(manifest, indent=2).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return manifest


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST))
    except (KeyError, ValueError) as error:
        raise ArchiveError("This file is not a backup made by `manage.py backup`.") from error
    if manifest.get("format") != FORMAT:
        raise ArchiveError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def restore(path):
    """Bring back the database and both media folders of the archive at `path`; return its
    manifest. What the database and the folders held before is replaced."""
    try:
        archive = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise ArchiveError(f"Cannot read {path}: {error}") from error
    with archive, tempfile.TemporaryDirectory() as scratch:
        manifest = read_manifest(archive)
        if manifest["vendor"] != connection.vendor:
            raise ArchiveError(
                f"This backup is of a {manifest['vendor']} database; the site uses "
                f"{connection.vendor}.")
        # filter="data" refuses absolute paths, links out of the folder and device files.
        archive.extractall(scratch, filter="data")
        _restore_database(Path(scratch) / DATABASE)
        for folder, setting in MEDIA_FOLDERS.items():
            _replace_folder(Path(scratch) / folder, Path(getattr(settings, setting)))
    return manifest


def _restore_database(dump_path):
    # The connector of the site's own engine (the vendor matches): never a class the archive names.
    connector = get_connector()
    # No connection of ours may stay open on what is replaced (SQLite's file, PostgreSQL's
    # tables dropped by pg_restore --clean).
    connection.close()
    if connection.vendor == "sqlite":
        # A write-ahead log left beside the old file would be replayed into the new one.
        name = str(connection.settings_dict["NAME"])
        for suffix in ("-wal", "-shm"):
            Path(name + suffix).unlink(missing_ok=True)
    with open(dump_path, "rb") as dump:
        connector.restore_dump(dump)


def _replace_folder(source, target):
    if target.exists():
        for child in target.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    target.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)

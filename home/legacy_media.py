"""Files uploaded before documents and image originals left MEDIA_ROOT (home.file_storage):
the migration home 0004 moves them out of the web server's reach and renames renditions,
so that an old database and media/ folder go on working."""

import filecmp
import logging
import shutil
from pathlib import Path

from django.conf import settings
from wagtail.images.models import get_rendition_storage

from .cache import purge_pages
from .file_storage import unguessable

logger = logging.getLogger(__name__)

# What Django's default storage held in MEDIA_ROOT and now keeps in PRIVATE_MEDIA_ROOT.
PRIVATE_FOLDERS = ("documents", "original_images", "avatar_images")


def move_private_files_out_of_media_root():
    media, private = Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)
    for folder in PRIVATE_FOLDERS:
        source = media / folder
        if not source.is_dir():
            continue
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            target = private / path.relative_to(media)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.move(path, target)  # also across file systems
            elif filecmp.cmp(path, target, shallow=False):
                path.unlink()
            else:
                logger.warning("%s differs from %s, which the site uses: remove it by hand, "
                               "the web server serves it", path, target)
        for directory in sorted(source.rglob("*"), reverse=True) + [source]:
            if directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()


def rename_guessable_renditions(renditions):
    """Give `renditions` (a queryset) unguessable names; one whose file is missing is
    forgotten, and made again when a page needs it."""
    storage = get_rendition_storage()
    for pk, name in list(renditions.values_list("pk", "file")):
        if not storage.exists(name):
            renditions.filter(pk=pk).delete()
            continue
        new_name = unguessable(name)
        Path(storage.path(name)).rename(storage.path(new_name))
        renditions.filter(pk=pk).update(file=new_name)
    purge_pages()  # cached pages show the old addresses

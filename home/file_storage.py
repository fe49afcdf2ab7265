"""Where uploaded files live, so that the web server in front of the site can serve only
what may be public (see the README's Production section).

- Documents and image originals (Django's default storage): PRIVATE_MEDIA_ROOT, outside
  MEDIA_ROOT. Their addresses stay under MEDIA_URL, but those reach Django, which hands a
  file out only to whom home.file_privacy allows.
- Image renditions (WAGTAILIMAGES_RENDITION_STORAGE): MEDIA_ROOT, served by the web server
  to anyone. A rendition of an embargoed image (made by an editor's preview) would be
  found by its name alone, the original's name plus the filter spec, so each rendition
  gets a random part in its name.
"""

import secrets
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

# Wagtail's Rendition.get_upload_to puts every rendition in this folder of its storage.
RENDITIONS_FOLDER = "images"


# The explicit paths matter: Wagtail deletes files through a task that rebuilds the storage
# from its deconstruction, and FileSystemStorage's own path would delete in MEDIA_ROOT.
@deconstructible(path="home.file_storage.PrivateFileStorage")
class PrivateFileStorage(FileSystemStorage):
    """Files no web server may serve directly: under PRIVATE_MEDIA_ROOT."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)


def unguessable(name):
    """"images/lead.fill-1200x630.format-jpeg.jpg" -> "images/lead.<12 random>.fill-...jpg"."""
    path = PurePosixPath(name)
    stem, dot, rest = path.name.partition(".")
    return str(path.with_name(f"{stem}.{secrets.token_urlsafe(9)}{dot}{rest}"))


@deconstructible(path="home.file_storage.RenditionStorage")
class RenditionStorage(FileSystemStorage):
    """Renditions, in MEDIA_ROOT under names nobody can work out from the original's."""

    def generate_filename(self, filename):
        return unguessable(super().generate_filename(filename))


@checks.register(checks.Tags.security)
def private_files_outside_media_root(**kwargs):
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    if private.is_relative_to(Path(settings.MEDIA_ROOT).resolve()):
        return [checks.Error(
            "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT: the web server would serve documents "
            "and image originals of unpublished pages.",
            hint="Give PRIVATE_MEDIA_ROOT a folder outside MEDIA_ROOT.",
            id="home.E001")]
    return []

"""What the tests of translation files share: an article with every kind of text, and
exporting and importing through the admin as an editor does."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.news_factories import make_article

LINKED_PARAGRAPH_EN = ('<p>Read <a linktype="page" id="{page}">the trial page</a> and '
                       '<b>the results</b>:</p><ul><li>safety</li><li>survival</li></ul>')
LINKED_PARAGRAPH_FR = ('<p>Lisez <a linktype="page" id="{page}">la page de l’essai</a> et '
                       '<b>les résultats</b> :</p><ul><li>sécurité</li><li>survie</li></ul>')


_serial = itertools.count()


def article_with_every_kind_of_text(home):
    """A published article whose French follows the English block by block."""
    return make_article(
        f"Exchange test {next(_serial)}",
        summary={"en": "An English summary.", "fr": "Un résumé en français."},
        dateline={"en": "Nîmes", "fr": "Nîmes"},
        body={
            "en": [("heading", "What we found"),
                   ("paragraph", LINKED_PARAGRAPH_EN.format(page=home.pk))],
            "fr": [("heading", "Ce que nous avons trouvé"),
                   ("paragraph", LINKED_PARAGRAPH_FR.format(page=home.pk))],
        },
        notes_to_editors={"en": "<p>Notes <i>for</i> editors.</p>",
                          "fr": "<p>Notes <i>aux</i> rédactions.</p>"},
    )


def key(obj):
    return f"{type(obj)._meta.label_lower}:{obj.pk}"


def export(client, objects, language="fr", file_format="po", **extra):
    query = [("object", key(obj)) for obj in objects]
    query += [("language", language), ("file_format", file_format)]
    query += list(extra.items())
    return client.get(reverse("translations_files_export"), query)


def upload(client, content, language="fr", name="fr.po", only=None):
    url = reverse("translations_files_import")
    if only is not None:
        url += f"?object={key(only)}"
    if isinstance(content, str):
        content = content.encode()
    return client.post(url, {"language": language,
                             "file": SimpleUploadedFile(name, content)})


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def as_file(data):
    return io.BytesIO(data)

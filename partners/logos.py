"""Partner logos: the renditions every template uses, and generated placeholders.

Demo logos are never copies of real marks: a placeholder is the partner's initials on a
coloured square, drawn with Pillow and stored as a Wagtail image in the collection
"Placeholder logos", which the admin's "to complete" list flags.
"""

import io
import re
import zlib

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Collection

from .completeness import PLACEHOLDER_COLLECTION

# One set of renditions for every place a logo appears (index, home strip, partner page):
# 1x and 2x of a 128 px box, WebP with a PNG fallback.
LOGO_FILTERS = Filter.expand_spec("max-{128x128,256x256} format-{webp,png}")
LOGO_SIZES = "8rem"
PLACEHOLDER_SIZE = 256
# Dark enough for white initials (contrast above 7:1 with white).
COLOURS = ["#0b3d66", "#5a2d82", "#1d5e3a", "#8a2b0f", "#004c5a", "#7a1f4f", "#334155",
           "#6b3e00"]
SMALL_WORDS = {"and", "of", "de", "du", "des", "la", "le", "the", "plc", "ltd"}


def initials(name, limit=4):
    """"King's College London" -> "KCL"; an acronym in the name wins: "ICON plc" -> "ICON"."""
    words = [re.sub(r"\W", "", word) for word in name.split()]
    for word in words:
        if len(word) >= 2 and word.isupper():
            return word[:limit]
    letters = "".join(word[0].upper() for word in words
                      if word and word.casefold() not in SMALL_WORDS)
    return letters[:limit] or "?"


def colour_for(name):
    # crc32, not hash(): the same partner gets the same colour on every run.
    return COLOURS[zlib.crc32(name.encode()) % len(COLOURS)]


def placeholder_png(text, colour):
    image = PILImage.new("RGB", (PLACEHOLDER_SIZE, PLACEHOLDER_SIZE), colour)
    draw = ImageDraw.Draw(image)
    # Pillow's bundled scalable font: no system font needed.
    size = 120 if len(text) <= 2 else 88 if len(text) == 3 else 66
    font = ImageFont.load_default(size=size)
    centre = PLACEHOLDER_SIZE / 2
    draw.text((centre, centre), text, fill="#ffffff", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def placeholder_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PLACEHOLDER_COLLECTION).first()
    return existing or root.add_child(name=PLACEHOLDER_COLLECTION)


def create_placeholder_logo(name, title, file_stem):
    """A new Wagtail image holding `name`'s initials, with its renditions made now."""
    data = placeholder_png(initials(name), colour_for(name))
    image = get_image_model()(
        title=title, collection=placeholder_collection(),
        file=ImageFile(io.BytesIO(data), name=f"{file_stem}-placeholder.png"),
    )
    image.save()
    prepare_renditions(image)
    return image


def prepare_renditions(image):
    """Make the logo renditions outside any page request (see design.md)."""
    if image is not None:
        image.get_renditions(*LOGO_FILTERS)


def logo_picture(image, alt="", lazy=True):
    """The <picture> of a logo; `alt` empty where the partner's name sits next to it."""
    if image is None:
        return ""
    renditions = get_renditions_or_not_found(image, [Filter(spec) for spec in LOGO_FILTERS])
    attrs = {"alt": alt, "sizes": LOGO_SIZES, "class": "logo"}
    if lazy:
        attrs["loading"] = "lazy"
    return Picture(renditions, attrs).__html__()

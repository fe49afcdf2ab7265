"""The StreamField blocks every page type shares."""

from django.conf import settings
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != DEFAULT_LANGUAGE]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("What the image shows, for people who cannot see it. "
                    "Leave empty only if the image is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)
    credit = blocks.CharBlock(label=_("Credit"), max_length=120, required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=250, required=False)
    label = blocks.CharBlock(label=_("Link label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action.html"


class DocumentDownloadBlock(blocks.StructBlock):
    """A download, with its link label in each language: a list of downloads is often left
    untranslated (the English one is shown), and its labels can still be translated."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link label"), max_length=120, required=False,
        help_text=_("Defaults to the document's title."),
    )

    def __init__(self, local_blocks=None, **kwargs):
        labels = [
            (f"label_{code}", blocks.CharBlock(
                label=format_lazy("{} [{}]", _("Link label"), code), max_length=120,
                required=False))
            for code in OTHER_LANGUAGES
        ]
        super().__init__(local_blocks=[*labels, *(local_blocks or [])], **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link_text"], context["link_language"] = self.link_text(value)
        return context

    @staticmethod
    def link_text(value):
        """(text, language) of the link: the label in the reader's language, else the label
        (in the language of the list it is in: no mark), else the document's own title,
        written once for every language, in English."""
        language = translation.get_language()
        if value.get(f"label_{language}"):
            return value[f"label_{language}"], language
        if value.get("label"):
            return value["label"], None
        document = value.get("document")
        return (document.title if document else ""), DEFAULT_LANGUAGE

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="components/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock(label=_("Call to action"))
    document = DocumentDownloadBlock(label=_("Document download"))

"""Checks a translated text's markup against its English source before it is imported.

Rich text travels as Wagtail's database HTML (`<a linktype="page" id="3">`, lists, `<b>`,
`<i>`): the translator moves the tags with the words. What comes back may only use the
tags the English uses, keep every link as it was, and be well formed; anything else
(a `<script>`, an `onclick`, a new link) is refused, so a file can never smuggle markup
into a page. Plain-text fields take no markup at all.
"""

from html.parser import HTMLParser

from django.utils.translation import gettext as _

VOID_TAGS = {"br", "hr", "img", "embed"}
# Refused by name, whatever the source holds: they run code or pull in other documents.
DANGEROUS_TAGS = {"script", "style", "iframe", "object", "form", "input", "svg",
                  "math", "link", "meta", "base", "frame", "frameset", "template"}
LINK_ATTRIBUTES = ("linktype", "id", "href")


class MarkupError(ValueError):
    """Why a translation's markup cannot be accepted (a sentence in the editor's language)."""


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = set()
        self.attributes = {}  # tag -> set of attribute names seen on it
        self.links = []
        self.open = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.setdefault(tag, set()).update(name for name, _value in attrs)
        if tag == "a":
            values = dict(attrs)
            self.links.append(tuple((name, values.get(name)) for name in LINK_ATTRIBUTES))
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.open.pop()

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if not self.open or self.open[-1] != tag:
            self.problems.append(_("“</%(tag)s>” closes a tag that is not open") % {"tag": tag})
            return
        self.open.pop()

    def handle_comment(self, data):
        self.problems.append(_("it contains an HTML comment"))

    def handle_decl(self, decl):
        self.problems.append(_("it contains a declaration"))

    def handle_pi(self, data):
        self.problems.append(_("it contains a processing instruction"))

    def unknown_decl(self, data):
        self.problems.append(_("it contains a declaration"))


def read(markup):
    reader = _Reader()
    reader.feed(markup)
    # A "<" the parser could not read as a tag yet is left in its raw data: markup that
    # ends inside a tag (close() would take it as text).
    if "<" in reader.rawdata:
        reader.problems.append(_("it ends inside an unfinished tag"))
    reader.close()
    if reader.open:
        reader.problems.append(_("“<%(tag)s>” is never closed") % {"tag": reader.open[-1]})
    return reader


def check_translation(source, translation, rich):
    """Raise MarkupError if `translation` may not replace `source`."""
    target = read(translation)
    dangerous = sorted(target.tags & DANGEROUS_TAGS)
    if dangerous:
        raise MarkupError(
            _("it opens a “<%(tag)s>”, which is never allowed") % {"tag": dangerous[0]})
    if not rich:
        if target.tags:
            raise MarkupError(_("this field is plain text and takes no markup"))
        return
    if target.problems:
        raise MarkupError(target.problems[0])
    english = read(source)
    new_tags = sorted(target.tags - english.tags)
    if new_tags:
        raise MarkupError(
            _("it uses “<%(tag)s>”, which the English does not") % {"tag": new_tags[0]})
    for tag, names in target.attributes.items():
        extra = sorted(names - english.attributes.get(tag, set()))
        if extra:
            raise MarkupError(
                _("it gives “<%(tag)s>” an attribute the English does not use: %(name)s")
                % {"tag": tag, "name": extra[0]})
    if sorted(target.links, key=str) != sorted(english.links, key=str):
        raise MarkupError(_("its links differ from the English ones (a link added, removed "
                            "or pointing elsewhere)"))

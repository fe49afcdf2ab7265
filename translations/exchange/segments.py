"""The texts of one object as segments for translators, and putting translated ones back.

A segment is one translatable text: a plain field (`summary`), a rich-text field (its
whole HTML), or a text inside a StreamField block (`body`, block by block, down to a
struct's child or a list's item). Its id says where it lives and stays stable while the
English is edited elsewhere: `news.articlepage:12/body/<block id>/text`, the block ids
being those of the English stream; an inline child (a glossary term) is
`trial.glossarypage:5/terms:31/definition`.

wagtail-modeltranslation keeps one stream per language (`body_en`, `body_fr`), each with
its own block ids. The French stream is matched to the English one by position: the
English block at position n pairs with the French block at n when both are of the same
type. When the French stream is empty, an import builds it as a copy of the English one
(images, links, documents kept) with the translated texts put in; when it no longer
follows the English blocks, its segments are refused rather than guessed.
"""

import copy
import hashlib
import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from translations.state import child_relations, translated_fields


class SegmentError(ValueError):
    """A segment that cannot be put back (a sentence in the editor's language)."""


@dataclass
class Segment:
    id: str
    label: str  # where it is, for people: "Body › block 3 (Text)"
    source: str
    translation: str
    rich: bool

    @property
    def fingerprint(self):
        return fingerprint(self.source)


def fingerprint(text):
    """A short digest of an English text: the file carries it, and an import compares it
    with the English of the day to refuse a translation of words that have changed."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def object_key(obj):
    """`app.model:pk`, the object part of every segment id (content type and id)."""
    return f"{type(obj)._meta.label_lower}:{obj.pk}"


def _field_label(model, name):
    return capfirst(str(model._meta.get_field(name).verbose_name))


def segments_of(obj, language):
    """Every segment of `obj` (its latest draft, what editors are working on) whose English
    is not empty, with the current `language` text as its translation."""
    segments = []
    prefix = object_key(obj)
    for name in translated_fields(type(obj)):
        segments.extend(_field_segments(obj, name, language, f"{prefix}/{name}"))
    for relation, _child_model in child_relations(type(obj)):
        for child in getattr(obj, relation).all():
            if child.pk is None:
                continue  # added in a draft: it gets an id, and segments, once saved
            for name in translated_fields(type(child)):
                segments.extend(_field_segments(
                    child, name, language, f"{prefix}/{relation}:{child.pk}/{name}",
                    owner=_("%(item)s (%(kind)s)") % {
                        "item": str(child), "kind": type(child)._meta.verbose_name}))
    return segments


def _field_segments(obj, name, language, segment_id, owner=None):
    model = type(obj)
    field = model._meta.get_field(name)
    label = _field_label(model, name)
    if owner:
        label = f"{owner} › {label}"
    if isinstance(field, StreamField):
        yield from _stream_segments(obj, name, language, segment_id, label)
        return
    source = getattr(obj, f"{name}_{DEFAULT_LANGUAGE}") or ""
    if not source.strip():
        return
    yield Segment(segment_id, label, source, getattr(obj, f"{name}_{language}") or "",
                  rich=isinstance(field, RichTextField))


# StreamFields -------------------------------------------------------------------------

def _raw_stream(obj, name, language):
    """The stream of `name` in `language` as its JSON-ready list (ids included)."""
    field = type(obj)._meta.get_field(name)
    value = getattr(obj, f"{name}_{language}")
    if not value:
        return []
    return json.loads(json.dumps(field.stream_block.get_prep_value(value), default=str))


@dataclass
class _Leaf:
    path: list  # the id path below the field: block ids, struct child names, item ids
    positions: list  # the same path by position, to find the translation's counterpart
    block: object
    text: str
    label: str


def _leaves(block, raw, path, positions, label):
    """The text leaves of a raw stream, struct or list value, with their paths."""
    if isinstance(block, blocks.StreamBlock):
        for index, child in enumerate(raw or []):
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is None:
                continue
            child_label = _("%(label)s › block %(number)d (%(type)s)") % {
                "label": label, "number": index + 1, "type": child_block.label}
            yield from _leaves(child_block, child.get("value"),
                               [*path, child.get("id") or str(index)],
                               [*positions, (index, child.get("type"))], child_label)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            is_new_format = isinstance(item, dict) and item.get("type") == "item"
            value = item.get("value") if is_new_format else item
            item_id = (item.get("id") if is_new_format else None) or str(index)
            yield from _leaves(block.child_block, value, [*path, item_id],
                               [*positions, (index, "item")],
                               _("%(label)s › item %(number)d") % {
                                   "label": label, "number": index + 1})
    elif isinstance(block, blocks.StructBlock):
        for child_name, child_block in block.child_blocks.items():
            if _is_language_copy(child_name):
                continue
            yield from _leaves(child_block, (raw or {}).get(child_name),
                               [*path, child_name], [*positions, (child_name, None)],
                               f"{label} › {child_block.label}")
    elif isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock)):
        if isinstance(raw, str) and raw.strip():
            yield _Leaf(path, positions, block, raw, label)


def _is_language_copy(name):
    """A struct child holding one language's own text (a download's `label_fr`), which
    lives in the English stream: not a text to translate from English."""
    head, _sep, code = name.rpartition("_")
    return bool(head) and code in LANGUAGE_CODES


def _follow(raw, positions):
    """The container and key holding the value at `positions` in another language's raw
    stream, or None when that stream does not follow the English blocks there."""
    node = raw
    for depth, (key, block_type) in enumerate(positions):
        last = depth == len(positions) - 1
        if block_type is None:  # a struct child
            if not isinstance(node, dict):
                return None
            container, slot = node, key
        else:  # a stream child or a list item, by position
            if not isinstance(node, list) or key >= len(node):
                return None
            entry = node[key]
            if isinstance(entry, dict) and "value" in entry and "type" in entry:
                if block_type != "item" and entry.get("type") != block_type:
                    return None
                container, slot = entry, "value"
            else:
                container, slot = node, key
        if last:
            return container, slot
        node = container[slot] if isinstance(container, list) else container.get(slot)
    return None


def _stream_segments(obj, name, language, segment_id, label):
    stream_block = type(obj)._meta.get_field(name).stream_block
    english = _raw_stream(obj, name, DEFAULT_LANGUAGE)
    translated = _raw_stream(obj, name, language)
    for leaf in _leaves(stream_block, english, [], [], label):
        found = _follow(translated, leaf.positions) if translated else None
        current = ""
        if found:
            container, slot = found
            value = container[slot] if isinstance(container, list) else container.get(slot)
            current = value if isinstance(value, str) else ""
        yield Segment("/".join([segment_id, *leaf.path]), leaf.label, leaf.text, current,
                      rich=isinstance(leaf.block, blocks.RichTextBlock))


# Putting translations back ------------------------------------------------------------

def apply_translations(obj, language, texts):
    """Write {segment id: text} into `obj`'s `language` fields (in memory). Every id must be
    one of `segments_of(obj, language)`; the caller has checked markup and fingerprints.
    Returns the ids whose text changed; raises SegmentError naming the first bad one."""
    if language == DEFAULT_LANGUAGE or language not in LANGUAGE_CODES:
        raise SegmentError(_("Only French, Italian or Swedish can be imported."))
    prefix = object_key(obj)
    current = {segment.id: segment for segment in segments_of(obj, language)}
    changed = []
    streams = {}  # (holder, field name) -> raw translated stream being edited
    for segment_id, text in texts.items():
        segment = current.get(segment_id)
        if segment is None:
            raise SegmentError(_("Segment “%(id)s” does not exist.") % {"id": segment_id})
        if text == segment.translation:
            continue
        holder, field_name, path = _locate(obj, prefix, segment_id)
        field = type(holder)._meta.get_field(field_name)
        if isinstance(field, StreamField):
            key = (id(holder), field_name)
            if key not in streams:
                streams[key] = (holder, field_name, _editable_stream(holder, field_name,
                                                                     language))
            _put_in_stream(holder, field_name, streams[key][2], path, text, segment_id)
        else:
            _validate(type(holder)._meta.get_field(f"{field_name}_{language}").clean,
                      text, segment_id, holder)
            setattr(holder, f"{field_name}_{language}", text)
        changed.append(segment_id)
    for holder, field_name, raw in streams.values():
        setattr(holder, f"{field_name}_{language}", json.dumps(raw))
    return changed


def _locate(obj, prefix, segment_id):
    """(object holding the field, field name, block path) of a segment id."""
    parts = segment_id[len(prefix) + 1:].split("/")
    holder = obj
    if ":" in parts[0]:
        relation, child_pk = parts[0].split(":", 1)
        holder = next(child for child in getattr(obj, relation).all()
                      if str(child.pk) == child_pk)
        parts = parts[1:]
    return holder, parts[0], parts[1:]


def _editable_stream(holder, field_name, language):
    """The translated stream to write into: the existing one, or a copy of the English
    stream when the language has none yet (untranslated texts stay English until done)."""
    translated = _raw_stream(holder, field_name, language)
    return translated or copy.deepcopy(_raw_stream(holder, field_name, DEFAULT_LANGUAGE))


def _put_in_stream(holder, field_name, raw, path, text, segment_id):
    stream_block = type(holder)._meta.get_field(field_name).stream_block
    english = _raw_stream(holder, field_name, DEFAULT_LANGUAGE)
    leaf = next(leaf for leaf in _leaves(stream_block, english, [], [], "")
                if leaf.path == path)
    found = _follow(raw, leaf.positions)
    if found is None:
        raise SegmentError(
            _("Segment “%(id)s”: the translated %(field)s no longer follows the English "
              "blocks; change it in the editor instead.")
            % {"id": segment_id, "field": _field_label(type(holder), field_name).lower()})
    if not isinstance(leaf.block, blocks.RichTextBlock):
        _validate(leaf.block.clean, text, segment_id)
    container, slot = found
    container[slot] = text


def _validate(clean, text, segment_id, *args):
    """The field's or block's own rules (a heading's length): a SegmentError naming it."""
    try:
        clean(text, *args)
    except ValidationError as error:
        raise SegmentError(_("Segment “%(id)s”: %(why)s")
                           % {"id": segment_id, "why": " ".join(error.messages)}) from error

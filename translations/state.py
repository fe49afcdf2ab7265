"""The state of each translation: missing, out of date or up to date.

A translation is *missing* when a text it needs is empty in its language while the English
has it (see `required_fields`); otherwise it is *up to date* when the English it was made
from (recorded by `record`, translations.models) is the English of now, and *out of date*
when not. Dates play no part.

Pages and snippets are found from wagtail-modeltranslation's registry, so that this app
names no feature app. The texts of an object include those of its inline children (the
centres of the trial page, the terms of the glossary, the milestones of the trial status),
keyed `<relation>.<position>.<field>`: a new glossary term makes the glossary's
translations out of date.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, F, FilteredRelation, Q, Value, When
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

from .models import Translation, TranslationSource

TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]
# Not reader text: the slug is an address made from the title (a translator may set it,
# but its absence leaves the page readable), url_path follows from slugs, a website's
# address is a fact.
SKIPPED_FIELDS = {"slug", "url_path"}
# The main text of a model, needed in a language as much as its required fields are.
MAIN_TEXT_FIELDS = ("body", "description", "definition", "summary")
# The depth of a site section: the pages just below the home page.
SECTION_DEPTH = 3


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


def _options(model):
    try:
        return translator.get_options_for_model(model)
    except NotRegistered:
        return None


def translatable_models():
    """The page types and snippets with translated fields, in a stable order."""
    snippets = set(get_snippet_models())
    found = []
    for model in translator.get_registered_models(abstract=False):
        if model is Page or model._meta.abstract or model._meta.proxy:
            continue
        if issubclass(model, Page) or model in snippets:
            found.append(model)
    return sorted(found, key=lambda model: model._meta.label)


def translated_fields(model):
    """The English names of the texts a translator fills, in the model's field order:
    every translated field but slugs, URL paths and web addresses."""
    options = _options(model)
    if options is None:
        return []
    names = set(options.get_field_names())
    return [field.name for field in model._meta.concrete_fields
            if field.name in names and field.name not in SKIPPED_FIELDS
            and not isinstance(field, models.URLField)]


def required_fields(model):
    """The texts without which a language counts as missing: those the model requires, and
    its main text."""
    return [name for name in translated_fields(model)
            if not model._meta.get_field(name).blank or name in MAIN_TEXT_FIELDS]


def child_relations(model):
    """[(accessor, child model)] for the inline children with translated texts."""
    return [(relation.get_accessor_name(), relation.related_model)
            for relation in get_all_child_relations(model)
            if translated_fields(relation.related_model)]


def _without_ids(value):
    # A StreamField block's id changes nothing a reader sees; it must not change a
    # fingerprint.
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def field_text(obj, name, language):
    """The stored text of `obj.<name>` in `language`, as a string ("" when empty)."""
    field = obj._meta.get_field(build_localized_fieldname(name, language))
    value = field.value_from_object(obj)
    if value is None:
        return ""
    if isinstance(field, StreamField):
        data = field.get_prep_value(value)
        data = json.loads(data) if isinstance(data, str) else data
        return json.dumps(_without_ids(data), ensure_ascii=False, sort_keys=True) if data else ""
    return str(value)


def texts_of(obj, language):
    """{field: text} of `obj` in `language`, its inline children's included."""
    texts = {name: field_text(obj, name, language) for name in translated_fields(type(obj))}
    for accessor, child_model in child_relations(type(obj)):
        for position, child in enumerate(getattr(obj, accessor).all()):
            for name in translated_fields(child_model):
                texts[f"{accessor}.{position}.{name}"] = field_text(child, name, language)
    return texts


def fingerprint(texts):
    return hashlib.sha256(json.dumps(texts, sort_keys=True, ensure_ascii=False)
                          .encode()).hexdigest()


def is_complete(model, texts, english):
    """True when every required text the English has is filled in this language."""
    return all(texts.get(name) or not english.get(name) for name in required_fields(model))


def section_id(obj):
    if not isinstance(obj, Page) or obj.depth is None or obj.depth < SECTION_DEPTH:
        return None
    if obj.depth == SECTION_DEPTH:
        return obj.pk
    step = Page.steplen * SECTION_DEPTH
    return Page.objects.filter(path=obj.path[:step]).values_list("pk", flat=True).first()


def _english_title(obj):
    if isinstance(obj, Page):
        return obj.title_en or obj.draft_title or str(obj.pk)
    return str(getattr(obj, build_localized_fieldname(translated_fields(type(obj))[0],
                                                      DEFAULT_LANGUAGE), "") or obj)


def source_of(obj):
    """The TranslationSource of `obj` (its translations prefetched), or None."""
    content_type = ContentType.objects.get_for_model(obj)
    return (TranslationSource.objects.prefetch_related("translations")
            .filter(content_type=content_type, object_id=str(obj.pk)).first())


def record(obj, revision=None, keep_translations=False):
    """Record the English of `obj` as it is now, and for each other language whether its
    texts changed: a language saved now is made from this English; one left as it was
    keeps the English it was made from (so it becomes out of date when the English
    changed), unless `keep_translations` (the editor said "no new translation needed"):
    then a translation up to date before stays up to date. Returns the source."""
    model = type(obj)
    now = timezone.now()
    english = texts_of(obj, DEFAULT_LANGUAGE)
    english_print = fingerprint(english)
    source = source_of(obj)
    if source is None:
        source = TranslationSource(content_type=ContentType.objects.get_for_model(obj),
                                   object_id=str(obj.pk), changed_at=now, fingerprint="")
        previous_print = None
        existing = {}
    else:
        previous_print = source.fingerprint
        existing = {t.language: t for t in source.translations.all()}
    english_changed = previous_print is not None and previous_print != english_print
    if english_changed and not keep_translations:
        source.changed_at = now
    source.title = _english_title(obj)[:255]
    source.section_id = section_id(obj)
    source.fingerprint = english_print
    source.texts = english
    if revision is not None or source.revision_id is None:
        source.revision = revision
    source.save()
    for language in TARGET_LANGUAGES:
        texts = texts_of(obj, language)
        own_print = fingerprint(texts)
        translation = existing.get(language)
        made_now = (
            translation is None  # first seen: taken as made from the English beside it
            or translation.fingerprint != own_print  # this language was saved
            or (keep_translations and english_changed
                and translation.made_from_fingerprint == previous_print)
        )
        complete = is_complete(model, texts, english)
        if translation is None:
            translation = Translation(source=source, language=language)
        elif not made_now and translation.complete == complete:
            continue
        translation.complete = complete
        translation.fingerprint = own_print
        if made_now:
            translation.made_from_fingerprint = english_print
            translation.made_from_texts = english
            translation.made_from_revision = source.revision
            translation.saved_at = now
        translation.save()
    return source


def state_from_record(source, translation):
    if translation is None or not translation.complete:
        return State.MISSING
    if translation.made_from_fingerprint == source.fingerprint:
        return State.UP_TO_DATE
    return State.OUT_OF_DATE


def state_of(obj, language):
    """The State of `obj` in `language` (English is always up to date)."""
    if language == DEFAULT_LANGUAGE:
        return State.UP_TO_DATE
    source = source_of(obj)
    if source is None:  # never recorded: judged by its texts now
        english = texts_of(obj, DEFAULT_LANGUAGE)
        complete = is_complete(type(obj), texts_of(obj, language), english)
        return State.UP_TO_DATE if complete else State.MISSING
    translation = next((t for t in source.translations.all() if t.language == language),
                       None)
    return state_from_record(source, translation)


def states_of(obj):
    """{language: State} for every language but English."""
    return {language: state_of(obj, language) for language in TARGET_LANGUAGES}


def with_states(sources):
    """The TranslationSource queryset annotated `state_<lang>` for every language, in SQL:
    the report reads 10,000 rows in one query."""
    for language in TARGET_LANGUAGES:
        joined = f"t_{language}"
        sources = sources.annotate(**{
            joined: FilteredRelation("translations",
                                     condition=Q(translations__language=language)),
        }).annotate(**{f"state_{language}": Case(
            When(**{f"{joined}__complete": True,
                    f"{joined}__made_from_fingerprint": F("fingerprint")},
                 then=Value(State.UP_TO_DATE.value)),
            When(**{f"{joined}__complete": True}, then=Value(State.OUT_OF_DATE.value)),
            default=Value(State.MISSING.value),
            output_field=models.CharField(),
        )})
    return sources


def objects_of(sources):
    """The pages (specific) and snippets the sources record, in the sources' order."""
    wanted = {}
    for content_type_id, object_id in sources:
        wanted.setdefault(content_type_id, []).append(object_id)
    found = {}
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            found[(content_type_id, str(obj.pk))] = obj
    return [found[key] for key in sources if key in found]


def needing_translation(language):
    """The pages (specific) and snippets that are missing or out of date in `language`."""
    if language not in TARGET_LANGUAGES:
        return []
    rows = (with_states(TranslationSource.objects.all())
            .filter(**{f"state_{language}__in": [State.MISSING, State.OUT_OF_DATE]})
            .order_by("title", "pk").values_list("content_type_id", "object_id"))
    return objects_of(list(rows))


def english_source_of(obj, language):
    """{field: English text} the recorded `language` translation of `obj` was made from,
    or None when none is recorded."""
    source = source_of(obj)
    if source is None:
        return None
    for translation in source.translations.all():
        if translation.language == language and translation.made_from_fingerprint:
            return dict(translation.made_from_texts)
    return None


def english_now_of(obj):
    """{field: English text} of `obj` as last recorded (else as it is now)."""
    source = source_of(obj)
    return dict(source.texts) if source is not None else texts_of(obj, DEFAULT_LANGUAGE)


def plain_text(text):
    """A stored text (rich text HTML, StreamField JSON) as lines a person can compare."""
    if not text:
        return ""
    if text[:1] in "[{":
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if data is not None:
            return "\n".join(_leaves(data))
    text = text.replace("</p>", "</p>\n").replace("<br/>", "\n").replace("</li>", "</li>\n")
    return strip_tags(text).strip()


def _leaves(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "type":
                yield from _leaves(value)
    elif isinstance(data, list):
        for item in data:
            yield from _leaves(item)
    elif isinstance(data, str) and data.strip():
        yield plain_text(data)


__all__ = ["State", "translatable_models", "translated_fields", "required_fields",
           "state_of", "states_of", "needing_translation", "english_source_of",
           "english_now_of", "record", "with_states", "texts_of"]

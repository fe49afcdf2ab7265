"""Which objects take part in an exchange: finding them by key, who may touch them, their
latest draft, and where staff edit them."""

from functools import cache

from django.apps import apps
from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from wagtail.models import DraftStateMixin, Page, RevisionMixin
from wagtail.permission_policies import ModelPermissionPolicy

from translations.state import translatable_models


class UnknownObject(LookupError):
    pass


@cache
def exchangeable_models():
    """Page types and snippets with translated texts (inline children go with their
    parent, whose revision holds them)."""
    return frozenset(translatable_models())


def find(key):
    """The object of an `app.model:pk` key (the specific page for a page); UnknownObject
    when the key names no such model, or the object no longer exists."""
    label, _sep, pk = (key or "").partition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise UnknownObject(key) from error
    if model not in exchangeable_models():
        raise UnknownObject(key)
    try:
        return model._default_manager.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError) as error:
        raise UnknownObject(key) from error


def latest_draft(obj):
    """What an editor opening the object sees: its latest revision, else the object."""
    if isinstance(obj, (Page, RevisionMixin)) and obj.latest_revision_id:
        return obj.get_latest_revision_as_object()
    return obj


def keeps_drafts(obj):
    """Whether an import can be saved as a draft revision without publishing anything."""
    return isinstance(obj, Page) or (
        isinstance(obj, RevisionMixin) and isinstance(obj, DraftStateMixin))


def can_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(obj)).user_has_permission(user, "change")


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=(obj.pk,))
    try:
        return reverse(obj.snippet_viewset.get_url_name("edit"), args=(quote(obj.pk),))
    except (AttributeError, NoReverseMatch):
        return ""


def title_of(obj):
    if isinstance(obj, Page):
        return obj.get_admin_display_title()
    return str(obj)


def kind_of(obj):
    return str(type(obj)._meta.verbose_name)

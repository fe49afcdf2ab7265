"""Who may change or delete an image or document once the public sees it."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

OWNER_ACTIONS = {"change", "delete"}


def shown_on_a_live_page(instance):
    references = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ReferenceIndex._get_base_content_type(Page))
    page_ids = [int(pk) for pk in references.values_list("object_id", flat=True)]
    return Page.objects.filter(pk__in=page_ids, live=True).exists()


class PublishedFilePermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail lets whoever uploads a file change (replace) or delete it later. Here that
    right ends once a live page shows the file: a swapped logo or lead image would reach
    the public at once, without the approval its page went through. From then on only
    those with the collection's own change permission (Communications) may."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        others = actions - OWNER_ACTIONS
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        if not (actions & OWNER_ACTIONS and super().user_has_any_permission_for_instance(
                user, actions & OWNER_ACTIONS, instance)):
            return False
        return (self._check_perm(user, ["change"], collection=instance.collection)
                or not shown_on_a_live_page(instance))


def register():
    """Replaces Wagtail's policies for images and documents (same permissions and owner).
    As an exact-class entry it wins over theirs whichever app's set-up runs first."""
    for model, auth_model in ((get_image_model(), "wagtailimages.Image"),
                              (get_document_model(), "wagtaildocs.Document")):
        register_permission_policy(model, PublishedFilePermissionPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"),
            exact_class=True)

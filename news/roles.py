"""The two roles of the communications team, and the approval workflow between them.

Editors draft and submit; Communications approve, publish and schedule. Every article
below the news index goes through the "News approval" workflow before it goes live,
unless a Communications member publishes it directly.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
COMMUNICATIONS = "Communications"
WORKFLOW_NAME = "News approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "unlock_page"],
}
# Both roles upload and choose the images and documents of their articles.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"), ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = {
    EDITORS: [("wagtailadmin", "access_admin"), ("news", "view_presscontact")],
    COMMUNICATIONS: [
        ("wagtailadmin", "access_admin"), ("news", "view_presscontact"),
        ("news", "add_presscontact"), ("news", "change_presscontact"),
    ],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_news_roles(news_index):
    """Create (or complete) both groups and the workflow for `news_index`. Idempotent."""
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=news_index, permission=_permission("wagtailcore", codename))
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection,
                permission=_permission(app_label, codename))
        group.permissions.add(*(_permission(*p) for p in MODEL_PERMISSIONS[name]))

    task, _created = GroupApprovalTask.objects.get_or_create(
        name="Communications approval")
    task.groups.set([groups[COMMUNICATIONS]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=news_index, defaults={"workflow": workflow})
    return groups

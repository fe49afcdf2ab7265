"""The site's staff groups, and how `manage.py setup_site` gives every group its rights.

Each app's role module (listed in settings.SITE_ROLE_MODULES) declares in one `Grants`
what its groups may do; `Grants.apply()` then leaves every group it names with exactly
those rights, removing any other (such as those Wagtail's own migrations give its
"Editors" group on the root page and every image). Running it again changes nothing.

This module holds what is shared by every app: the two staff groups, the approval task of
Communications, and the retirement of Wagtail's default "Moderators" set-up.
"""

from collections import defaultdict

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
APPROVAL_TASK = "Communications approval"
# Made by Wagtail's migrations: a group with publish rights on the root page, and the
# "Moderators approval" workflow that sends every submission to it.
WAGTAIL_MODERATORS = "Moderators"

# Communications look after every image and document (Editors and partners only add and
# choose in their own collection); deleting stays with the site's administrators.
MEDIA_MANAGEMENT = ["wagtailimages.add_image", "wagtailimages.change_image",
                    "wagtailimages.choose_image", "wagtaildocs.add_document",
                    "wagtaildocs.change_document", "wagtaildocs.choose_document"]


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


class Grants:
    """The rights of a set of groups: page, collection and model permissions."""

    def __init__(self):
        self.groups = {}
        self.page_permissions = defaultdict(set)  # group name -> {(page id, "app.codename")}
        self.collection_permissions = defaultdict(set)  # -> {(collection id, "app.codename")}
        self.model_permissions = defaultdict(set)  # -> {"app.codename"}

    def group(self, name):
        """The group called `name`, created now; from here on `apply` manages its rights."""
        if name not in self.groups:
            self.groups[name] = Group.objects.get_or_create(name=name)[0]
        return self.groups[name]

    def pages(self, name, page, codenames):
        self.group(name)
        self.page_permissions[name].update((page.pk, f"wagtailcore.{c}") for c in codenames)

    def collection(self, name, collection, permissions):
        self.group(name)
        self.collection_permissions[name].update((collection.pk, p) for p in permissions)

    def models(self, name, permissions):
        self.group(name)
        self.model_permissions[name].update(permissions)

    def apply(self):
        """Give each group named here exactly its declared rights; returns the groups."""
        for name, group in self.groups.items():
            group.permissions.set([permission(p) for p in self.model_permissions[name]])
            _sync(GroupPagePermission.objects.filter(group=group), "page_id",
                  self.page_permissions[name],
                  lambda page_id, perm, group=group: GroupPagePermission(
                      group=group, page_id=page_id, permission=perm))
            _sync(GroupCollectionPermission.objects.filter(group=group), "collection_id",
                  self.collection_permissions[name],
                  lambda collection_id, perm, group=group: GroupCollectionPermission(
                      group=group, collection_id=collection_id, permission=perm))
        return self.groups


def _sync(rows, target_field, wanted, make):
    """Delete the rows not in `wanted` {(target id, "app.codename")}, create the missing."""
    existing = {}
    for row in rows.select_related("permission__content_type"):
        dotted = f"{row.permission.content_type.app_label}.{row.permission.codename}"
        existing[(getattr(row, target_field), dotted)] = row
    for key in existing.keys() - wanted:
        existing[key].delete()
    for target_id, dotted in sorted(wanted - existing.keys()):
        make(target_id, permission(dotted)).save()


def child_collection(parent, name):
    """The collection `name` below `parent`, created if missing."""
    return parent.get_children().filter(name=name).first() or parent.add_child(name=name)


def communications_approval(grants):
    """The one approval step of the site: any member of Communications approves."""
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([grants.group(COMMUNICATIONS)])
    return task


def approval_workflow(grants, name, page):
    """Workflow `name`, Communications' approval, for `page` and every page below it."""
    workflow, _created = Workflow.objects.get_or_create(name=name)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=communications_approval(grants), defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def retire_wagtail_moderators(grants):
    """Wagtail's "Moderators" group is not one of this site's roles: its workflow (where
    submissions waited for nobody) is switched off, and the group removed, or emptied of
    rights if accounts are still in it."""
    moderators = Group.objects.filter(name=WAGTAIL_MODERATORS).first()
    if moderators is None:
        return
    for task in GroupApprovalTask.objects.filter(groups=moderators, active=True):
        for workflow in Workflow.objects.filter(workflow_tasks__task=task, active=True):
            workflow.deactivate()
        task.deactivate()
    if moderators.user_set.exists():
        grants.group(WAGTAIL_MODERATORS)  # declared with no rights: apply() removes them all
    else:
        moderators.delete()


def setup_roles(grants):
    for name in (EDITORS, COMMUNICATIONS):
        grants.models(name, ["wagtailadmin.access_admin"])
    grants.collection(COMMUNICATIONS, Collection.get_first_root_node(), MEDIA_MANAGEMENT)
    communications_approval(grants)
    retire_wagtail_moderators(grants)

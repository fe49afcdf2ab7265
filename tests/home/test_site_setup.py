"""`manage.py setup_site`: every group ends with the least it needs, from any starting
point (a fresh database still holding Wagtail's own Editors and Moderators set-up), and
running it again changes nothing. The sections are made here; the launch database's rights
are checked by the content suite (tests/content/test_launch_rights.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.roles import COMMUNICATIONS, EDITORS
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from tests.factories.news import NewsIndexPageFactory
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from translations.roles import TRANSLATORS

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(autouse=True)
def sections(db):
    """The sections whose editors the set-up gives rights: news, and partners with two
    partner pages, each with its own group (made with the page, as in the admin)."""
    NewsIndexPageFactory()
    PartnerIndexPageFactory()
    PartnerPageFactory(title="King's College London", country="GB")
    PartnerPageFactory(title="Hospices Civils de Lyon")


def perm(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def restore_wagtail_defaults():
    """What Wagtail's own migrations leave in a new database (checked on one made by
    `migrate`): Editors and Moderators with rights on the root page and on every image and
    document, and the "Moderators approval" workflow on the root page."""
    root, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    media = ["wagtailimages.add_image", "wagtailimages.change_image",
             "wagtailimages.delete_image", "wagtailimages.choose_image",
             "wagtaildocs.add_document", "wagtaildocs.change_document",
             "wagtaildocs.delete_document", "wagtaildocs.choose_document"]
    page_perms = {"Moderators": ["add_page", "change_page", "publish_page", "lock_page",
                                 "unlock_page"],
                  "Editors": ["add_page", "change_page"]}
    for name, codenames in page_perms.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(perm("wagtailadmin.access_admin"),
                              *(perm(dotted) for dotted in media))
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=perm(f"wagtailcore.{codename}"))
        for dotted in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=perm(dotted))
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def page_rights(name):
    return {(p.page.specific_class.__name__, p.permission.codename)
            for p in GroupPagePermission.objects.filter(group__name=name)}


def collection_rights(name):
    return {(p.collection.name, p.permission.codename)
            for p in GroupCollectionPermission.objects.filter(group__name=name)}


def model_rights(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def snapshot():
    """Every row the set-up writes, with its id: a second run must leave them all as is."""
    return {
        "groups": sorted(Group.objects.values_list("id", "name")),
        "page": sorted(GroupPagePermission.objects.values_list(
            "id", "group_id", "page_id", "permission_id")),
        "collection": sorted(GroupCollectionPermission.objects.values_list(
            "id", "group_id", "collection_id", "permission_id")),
        "model": sorted(Group.permissions.through.objects.values_list(
            "id", "group_id", "permission_id")),
        "collections": sorted(Collection.objects.values_list("id", "path", "name")),
        "workflows": sorted(Workflow.objects.values_list("id", "name", "active")),
        "workflow pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "tasks": sorted(GroupApprovalTask.objects.values_list("id", "name", "active")),
    }


def assert_least_rights():
    assert page_rights(EDITORS) == {("NewsIndexPage", "add_page"),
                                    ("NewsIndexPage", "change_page")}
    assert collection_rights(EDITORS) == {
        ("News", "add_image"), ("News", "choose_image"),
        ("News", "add_document"), ("News", "choose_document")}
    assert model_rights(EDITORS) == {"access_admin", "view_presscontact"}

    assert page_rights(COMMUNICATIONS) == {
        (index, codename) for index in ("NewsIndexPage", "PartnerIndexPage")
        for codename in ("add_page", "change_page", "publish_page", "unlock_page")}
    assert collection_rights(COMMUNICATIONS) == {
        ("Root", codename) for codename in (
            "add_image", "change_image", "choose_image",
            "add_document", "change_document", "choose_document")}
    assert model_rights(COMMUNICATIONS) == {
        "access_admin", "view_presscontact", "add_presscontact", "change_presscontact",
        "add_funder", "change_funder", "view_previewlink", "add_previewlink",
        "change_previewlink", "view_previewopen", "view_translationsource"}

    # Translators change the texts of every page from the home page down, and nothing else.
    assert page_rights(TRANSLATORS) == {("HomePage", "change_page")}
    assert model_rights(TRANSLATORS) == {"access_admin", "view_translationsource"}

    # Nobody else but the superuser is left with rights on the root page or the home page.
    top = Page.objects.filter(depth__lte=2)
    assert not GroupPagePermission.objects.filter(page__in=top).exclude(
        group__name=TRANSLATORS).exists()
    assert not Group.objects.filter(name="Moderators").exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_a_site_with_its_sections_gives_each_group_the_least_it_needs():
    assert_least_rights()


def test_setup_site_takes_wagtails_default_rights_away_and_changes_nothing_the_second_time():
    restore_wagtail_defaults()
    assert ("Page", "add_page") in page_rights(EDITORS)  # the starting point of issue 11.3

    call_command("setup_site", verbosity=0)
    assert_least_rights()
    first = snapshot()
    call_command("setup_site", verbosity=0)
    assert snapshot() == first


def test_moderators_with_members_are_kept_but_emptied_of_rights():
    restore_wagtail_defaults()
    moderator = get_user_model().objects.create_user("old-moderator")
    moderator.groups.add(Group.objects.get(name="Moderators"))

    call_command("setup_site", verbosity=0)

    moderators = Group.objects.get(name="Moderators")
    assert moderator in moderators.user_set.all()
    assert not moderators.permissions.exists()
    assert not moderators.page_permissions.exists()
    assert not moderators.collection_permissions.exists()
    assert not GroupApprovalTask.objects.filter(groups=moderators, active=True).exists()


def test_news_and_partner_pages_are_approved_by_communications():
    def approvers(page):
        workflow = page.get_workflow()
        return workflow.name, [
            sorted(task.specific.groups.values_list("name", flat=True))
            for task in workflow.tasks]

    assert approvers(NewsIndexPage.objects.get()) == ("News approval", [[COMMUNICATIONS]])
    for page in [PartnerIndexPage.objects.get(), *PartnerPage.objects.all()]:
        assert approvers(page) == ("Partner pages approval", [[COMMUNICATIONS]])


def test_each_partner_has_its_own_logo_collection():
    collections = set()
    for page in PartnerPage.objects.all():
        group = GroupPagePermission.objects.get(page=page).group
        held = {(p.collection_id, p.permission.codename)
                for p in GroupCollectionPermission.objects.filter(group=group)}
        collection_ids = {collection_id for collection_id, _codename in held}
        assert len(collection_ids) == 1, page.title_en
        collection = Collection.objects.get(pk=collection_ids.pop())
        assert held == {(collection.pk, "add_image"), (collection.pk, "choose_image")}
        assert collection.get_parent().name == "Partners"
        collections.add(collection.pk)
    assert len(collections) == PartnerPage.objects.count()

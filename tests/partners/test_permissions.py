"""A partner's staff may edit their own partner page and submit it for moderation, and
nothing else: not publish it, not touch another partner, the index, a new page, the funders,
the images or the editors' report."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission

from partners.models import PartnerPage
from partners.permissions import ensure_partner_group
from tests.admin_helpers import add_url, edit_url, form_values
from tests.factories.partners import FunderFactory, PartnerPageFactory, partner_index
from tests.roles_helpers import refused

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def own_page(db):
    return PartnerPageFactory(title="King's College London", country="GB")


@pytest.fixture
def other_page(db):
    return PartnerPageFactory(title="Queen Mary University of London", country="GB")


@pytest.fixture
def partner_client(client, own_page):
    user = get_user_model().objects.create_user("kcl-staff", "staff@example.invalid", "pw")
    user.groups.add(ensure_partner_group(own_page))
    client.force_login(user)
    return client


def test_every_partner_page_has_its_own_group_with_edit_but_no_publish(own_page, other_page):
    for page in PartnerPage.objects.all():
        permissions = GroupPagePermission.objects.filter(
            page=page, group__name__startswith="Partner: ")
        assert {p.permission.codename for p in permissions} == {"change_page"}, page.title_en
        group = permissions.get().group
        assert group.page_permissions.count() == 1  # this page only
        assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
    before = Group.objects.count()
    call_command("setup_site", verbosity=0)
    assert Group.objects.count() == before  # running it again creates nothing new


def test_a_partner_page_created_in_the_admin_gets_its_group_at_once(admin_client):
    index = partner_index()
    add = add_url(PartnerPage, index)
    data = form_values(admin_client.get(add), "form#page-edit-form") | {
        "title_en": "Example Research Institute", "slug_en": "example-research-institute"}
    assert admin_client.post(add, data).status_code == 302
    page = PartnerPage.objects.get(slug_en="example-research-institute")

    group = GroupPagePermission.objects.get(page=page).group
    assert group.name.startswith("Partner: Example Research Institute")
    assert {p.permission.codename for p in group.page_permissions.all()} == {"change_page"}


def test_partner_opens_and_saves_a_draft_of_their_own_page(partner_client, own_page, client):
    response = partner_client.get(edit_url(own_page))
    assert response.status_code == 200
    data = form_values(response)
    data["role_en"] = "Our researchers took part in the trial."
    response = partner_client.post(edit_url(own_page), data)
    assert response.status_code == 302
    own_page.refresh_from_db()
    assert own_page.has_unpublished_changes
    draft = own_page.get_latest_revision_as_object()
    assert draft.role_en == "Our researchers took part in the trial."
    assert draft.logo_id == own_page.logo_id  # the logo survives a partner's save
    # Readers still see the published text.
    partner_client.logout()
    assert "Our researchers took part" not in client.get(own_page.get_url_in("en")).content.decode()


def test_partner_submits_their_page_for_moderation(partner_client, own_page):
    data = form_values(partner_client.get(edit_url(own_page)))
    data["description_fr"] = "Une université de Londres."
    data["action-submit"] = "action-submit"
    response = partner_client.post(edit_url(own_page), data)
    assert response.status_code == 302
    own_page.refresh_from_db()
    assert own_page.workflow_in_progress
    assert own_page.current_workflow_state.requested_by.username == "kcl-staff"
    assert own_page.live_revision.as_object().description_fr in (None, "")


def test_partner_cannot_publish_their_own_page(partner_client, own_page):
    edit = partner_client.get(edit_url(own_page))
    assert 'name="action-publish"' not in edit.content.decode()
    data = form_values(edit)
    data["title_en"] = "Renamed by a partner"
    data["action-publish"] = "action-publish"
    partner_client.post(edit_url(own_page), data)
    own_page.refresh_from_db()
    assert own_page.title_en == "King's College London"  # the live page did not change
    assert own_page.has_unpublished_changes  # it was kept as a draft only


def test_partner_is_refused_another_partners_page(partner_client, other_page):
    assert refused(partner_client.get(edit_url(other_page)))
    data = {"title_en": "Taken over", "slug_en": other_page.slug_en}
    assert refused(partner_client.post(edit_url(other_page), data))
    other_page.refresh_from_db()
    assert other_page.title_en == "Queen Mary University of London"
    assert not other_page.has_unpublished_changes


def test_partner_is_refused_the_index_new_pages_and_everything_else(partner_client, own_page):
    index = own_page.get_parent()
    assert refused(partner_client.get(edit_url(index)))
    assert refused(partner_client.get(add_url(PartnerPage, index)))
    assert refused(partner_client.get(add_url(PartnerPage, own_page)))
    assert refused(partner_client.get(reverse("wagtailadmin_pages:delete", args=(own_page.pk,))))
    assert refused(partner_client.get(reverse("wagtailadmin_pages:unpublish",
                                              args=(own_page.pk,))))
    assert refused(partner_client.get(reverse("wagtailsnippets_partners_funder:list")))
    funder = FunderFactory()
    assert refused(partner_client.get(reverse("wagtailsnippets_partners_funder:edit",
                                              args=(funder.pk,))))
    # The image library opens on the partner's own collection only (see test_partner_scope).
    images = partner_client.get(reverse("wagtailimages:index")).content.decode()
    assert "logo placeholder" not in images
    assert refused(partner_client.get(reverse("wagtailusers_users:index")))
    assert refused(partner_client.get(reverse("partners_to_complete")))


def test_the_admin_explorer_takes_a_partner_to_their_own_page_only(partner_client, own_page):
    own_explorer = reverse("wagtailadmin_explore", args=(own_page.pk,))
    for page in (own_page.get_parent(), own_page.get_parent().get_parent()):
        response = partner_client.get(reverse("wagtailadmin_explore", args=(page.pk,)))
        assert response.status_code == 302
        assert response["Location"] == own_explorer
    assert partner_client.get(own_explorer).status_code == 200

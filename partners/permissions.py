"""One group per partner, and who approves partner pages.

A partner's group may edit that partner's page and submit it, and upload and choose
images in the partner's own collection (for the logo): nothing else. Its submissions go to
the "Partner pages approval" workflow, approved by Communications, who may also edit and
publish partner pages and the funders.

Give a partner's staff an account in Settings → Users and put it in the group
"Partner: <name> (<id>)". A new partner page gets its group when it is created;
`manage.py setup_site` repairs the groups of existing pages.
"""

from django.contrib.auth.models import Group
from wagtail.models import Collection

from home.roles import COMMUNICATIONS, Grants, approval_workflow, child_collection

from .models import PartnerIndexPage, PartnerPage

GROUP_PREFIX = "Partner: "
PARTNER_COLLECTIONS = "Partners"
WORKFLOW_NAME = "Partner pages approval"
# "change" = edit the page and save drafts; submitting a draft to the workflow needs
# nothing more. "publish" is deliberately absent.
PAGE_PERMISSIONS = ["change_page"]
LOGO_PERMISSIONS = ["wagtailimages.add_image", "wagtailimages.choose_image"]
COMMUNICATIONS_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "unlock_page"]
COMMUNICATIONS_MODEL_PERMISSIONS = ["partners.add_funder", "partners.change_funder"]


def group_name(partner):
    # Group names are unique and at most 150 characters; the page id keeps them apart.
    return f"{GROUP_PREFIX}{partner.title_en[:120]} ({partner.pk})"


def existing_group(partner):
    return Group.objects.filter(page_permissions__page=partner,
                                name__startswith=GROUP_PREFIX).first()


def logo_collection(group):
    """The partner's own collection: the one its group uploads to, else a new one below
    "Partners", named like the group (renaming the page later loses nothing)."""
    held = Collection.objects.filter(group_permissions__group=group,
                                     group_permissions__permission__codename="add_image")
    return held.first() or child_collection(
        child_collection(Collection.get_first_root_node(), PARTNER_COLLECTIONS),
        group.name.removeprefix(GROUP_PREFIX))


def grant_partner(grants, partner):
    """Declare in `grants` the rights of `partner`'s group; returns the group."""
    existing = existing_group(partner)
    name = existing.name if existing else group_name(partner)
    group = grants.group(name)
    grants.models(name, ["wagtailadmin.access_admin"])
    grants.pages(name, partner, PAGE_PERMISSIONS)
    grants.collection(name, logo_collection(group), LOGO_PERMISSIONS)
    return group


def ensure_partner_group(partner):
    """Create or repair the group of `partner` alone; returns it."""
    grants = Grants()
    group = grant_partner(grants, partner)
    grants.apply()
    return group


def setup_roles(grants):
    for partner in PartnerPage.objects.order_by("path"):
        grant_partner(grants, partner)
    grants.models(COMMUNICATIONS, COMMUNICATIONS_MODEL_PERMISSIONS)
    for index in PartnerIndexPage.objects.order_by("path"):
        grants.pages(COMMUNICATIONS, index, COMMUNICATIONS_PAGE_PERMISSIONS)
        approval_workflow(grants, WORKFLOW_NAME, index)

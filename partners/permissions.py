"""One group per partner: its members may edit their own partner page and submit it for
moderation, and nothing else (no publishing, no other page, no new pages).

Give a partner's staff an account in Settings → Users and put it in the group
"Partner: <name>". A new partner page gets its group when it is created;
`manage.py create_partner_groups` repairs the groups of existing pages.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from .models import PartnerPage

GROUP_PREFIX = "Partner: "
# "change" = edit the page and save drafts; submitting a draft to the moderators'
# workflow needs nothing more. "publish" is deliberately absent.
PAGE_PERMISSIONS = ["change_page"]


def group_name(partner):
    # Group names are unique and at most 150 characters; the page id keeps them apart.
    return f"{GROUP_PREFIX}{partner.title_en[:120]} ({partner.pk})"


def ensure_partner_group(partner):
    """Create or repair the group of `partner`; returns it."""
    group = (Group.objects.filter(page_permissions__page=partner,
                                  name__startswith=GROUP_PREFIX).first()
             or Group.objects.get_or_create(name=group_name(partner))[0])
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=partner,
            permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                              codename=codename),
        )
    return group


def ensure_partner_groups():
    return [ensure_partner_group(partner) for partner in PartnerPage.objects.order_by("path")]

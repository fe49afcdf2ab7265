"""Who may delete a page: Wagtail's rules, plus one for scheduled publication."""

from wagtail.models import PagePermissionTester, Revision


class ApprovedPagePermissionTester(PagePermissionTester):
    """Wagtail lets anyone who may change a page delete it while it is not live. A release
    that Communications approved for a later go-live (an embargo) is not live yet, but it
    is approved work: only someone who may publish it may delete it."""

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        if self.user.is_superuser or "publish" in self.permissions:
            return True
        pages = self.page.get_descendants(inclusive=True)
        return not Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)],
            approved_go_live_at__isnull=False,
        ).exists()

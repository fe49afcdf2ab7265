"""A partner's account sees its own page and nothing that names another page's draft or
embargoed material: not in a menu, a report, a chooser, a bulk view or a workflow preview
(issues 10.2 and 11.4). It adds its logo through its own collection (10.4), its
submissions reach Communications (10.3), and a page restricted to logged-in readers does
not open to it."""

import datetime
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from tests.admin_helpers import edit_url, form_values, preview_url
from tests.factories.home import StandardPageFactory
from tests.factories.news import make_article, news_index
from tests.factories.partners import PartnerPageFactory
from tests.factories.trial import LaySummaryPageFactory
from tests.roles_helpers import client_for, menu_urls, partner_of, refused

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

SECRET = "Zq-confidential"


@pytest.fixture
def own_page(db):
    return PartnerPageFactory(title="King's College London", country="GB")


@pytest.fixture
def partner(own_page):
    return partner_of(own_page)


def png(name="logo.png"):
    out = io.BytesIO()
    PILImage.new("RGB", (300, 200), "#0b3d66").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


@pytest.fixture
def secrets(own_page):
    """Drafts and embargoed material of other pages, each titled with SECRET."""
    other = PartnerPageFactory(title="Queen Mary University of London", country="GB")
    other.title_en = f"{SECRET} rename of another partner"
    other.save_revision()
    lead = get_image_model().objects.create(title=f"{SECRET} lead image", file=png("lead.png"))
    release = make_article(f"{SECRET} embargoed release", publish=False)
    release.lead_image = lead
    release.go_live_at = timezone.now() + datetime.timedelta(days=2)
    release.save_revision().publish()
    lay = LaySummaryPageFactory()
    lay.title_en = f"{SECRET} lay summary draft"
    lay.save_revision()
    release.refresh_from_db()
    assert not release.live and release.scheduled_revision  # embargoed, approved
    return {"release": release, "other": other, "lead": lead, "lay": lay}


def named_secret(client, url):
    """Whether `url`, followed to its end (a refusal's message included), names a secret."""
    response = client.get(url, follow=True)
    return SECRET in response.content.decode()


def test_the_partner_has_no_reports_menu_and_no_menu_item_names_a_draft(partner, secrets):
    urls = menu_urls(partner)
    assert not [url for url in urls if url.startswith("/admin/reports/")]
    assert reverse("wagtailadmin_explore_root") in urls
    assert [url for url in urls if named_secret(partner, url)] == []


def test_no_report_names_another_pages_draft_to_a_partner(partner, secrets, admin_client):
    # Every report a superuser's menu offers, Wagtail's and ours, by its direct address.
    reports = {url for url in menu_urls(admin_client) if url.startswith("/admin/reports/")}
    for name in ("locked_pages", "workflow", "workflow_tasks", "site_history",
                 "aging_pages", "page_types_usage"):
        url = reverse(f"wagtailadmin_reports:{name}")
        reports |= {url, url + "results/"}
    reports |= {reverse("trial_readability_report"), reverse("partners_to_complete")}
    assert reverse("wagtailadmin_reports:page_types_usage") in reports
    # The superuser does see the drafts there: the check below is not vacuous.
    assert named_secret(admin_client, reverse("wagtailadmin_reports:page_types_usage"))
    assert [url for url in sorted(reports) if named_secret(partner, url)] == []
    for url in reports:
        assert refused(partner.get(url)), url


def test_choosers_bulk_views_and_workflow_previews_name_no_other_page(partner, secrets,
                                                                     own_page):
    release, other = secrets["release"], secrets["other"]
    urls = [
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=(release.get_parent().pk,)),
        reverse("wagtailadmin_choose_page_child", args=(release.pk,)),
        reverse("wagtailadmin_choose_page_search") + "?q=embargoed",
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={release.pk}&id={other.pk}",
        f"/admin/bulk/wagtailcore/page/delete/?id={release.pk}&id={other.pk}",
        f"/admin/bulk/wagtailcore/page/publish/?id={release.pk}",
        f"/admin/bulk/wagtailimages/image/delete/?id={secrets['lead'].pk}",
        reverse("wagtailadmin_pages:workflow_preview", args=(release.pk, 1)),
        reverse("wagtailadmin_pages:workflow_preview", args=(other.pk, 1)),
        reverse("wagtailadmin_pages:search") + "?q=embargoed",
        reverse("wagtailadmin_pages:history", args=(release.pk,)),
        reverse("wagtailadmin_pages:revisions_index", args=(other.pk,)),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:choose_results") + "?q=lead",
        reverse("wagtailimages_chooser:chosen", args=(secrets["lead"].pk,)),
        reverse("wagtailimages:index"),
        "/admin/api/main/images/",
        reverse("wagtailadmin_pages:move_confirm", args=(release.pk, own_page.pk)),
    ]
    assert [url for url in urls if named_secret(partner, url)] == []


def admin_routes(resolver=None, namespace=""):
    """(name, route) of every named address below /admin/, Wagtail's and the site's."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part)
            yield from admin_routes(pattern, inner)
        elif pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_no_admin_address_names_another_pages_draft_to_a_partner(partner, secrets):
    """Every named admin address, given the ids of the secret pages and image."""
    ids = [secrets[key].pk for key in ("release", "other", "lay", "lead")]
    urls = set()
    for name in set(admin_routes()):
        for args in ([], *([pk] for pk in ids), *([pk, 1] for pk in ids)):
            try:
                url = reverse(name, args=args)
            except NoReverseMatch:
                continue
            if url.startswith("/admin/") and "failwhale" not in url:  # Wagtail's error test
                urls.add(url)
    assert len(urls) > 300
    assert [url for url in sorted(urls) if named_secret(partner, url)] == []


def test_site_staff_keep_their_reports_and_choosers(secrets):
    communications = client_for("comms", *_groups("Communications"))
    for url in (reverse("wagtailadmin_reports:page_types_usage"),
                reverse("wagtailadmin_choose_page_search") + "?q=embargoed",
                reverse("partners_to_complete")):
        response = communications.get(url)
        assert response.status_code == 200, url
    assert SECRET in communications.get(
        reverse("wagtailadmin_choose_page_search") + "?q=embargoed").content.decode()


def _groups(*names):
    from django.contrib.auth.models import Group

    return Group.objects.filter(name__in=names)


# --- the logo (10.4, 11.4) ------------------------------------------------------------

def test_the_partner_uploads_a_logo_into_their_own_collection_and_chooses_it(
        partner, own_page):
    chooser = partner.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert 'id="tab-upload"' in chooser or "image-chooser-upload-file" in chooser
    response = partner.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "KCL logo",
        "image-chooser-upload-file": png(),
    })
    assert response.status_code == 200
    logo = get_image_model().objects.get(title="KCL logo")
    assert logo.collection.get_parent().name == "Partners"

    data = form_values(partner.get(edit_url(own_page)))
    data["logo"] = str(logo.pk)
    assert partner.post(edit_url(own_page), data).status_code == 302
    own_page.refresh_from_db()
    assert own_page.get_latest_revision_as_object().logo_id == logo.pk

    # The chooser lists that logo and nothing of other partners' or the site's images.
    listing = partner.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "KCL logo" in listing
    assert "logo placeholder" not in listing


def test_the_partner_cannot_set_an_image_they_may_not_choose(partner, own_page, secrets):
    lead = secrets["lead"]
    before = own_page.get_latest_revision_as_object().logo_id
    data = form_values(partner.get(edit_url(own_page)))
    data["logo"] = str(lead.pk)
    response = partner.post(edit_url(own_page), data)
    assert response.status_code == 200  # the form again, with an error on the logo
    own_page.refresh_from_db()
    assert own_page.get_latest_revision_as_object().logo_id == before
    assert SECRET not in response.content.decode()
    # Nor can the draft preview show it.
    preview = partner.post(preview_url(own_page), data)
    assert preview.json()["is_valid"] is False
    assert SECRET not in partner.get(preview_url(own_page)).content.decode()


def test_saving_the_page_keeps_a_logo_set_by_communications(partner, own_page):
    # The demo placeholder lies outside the partner's collection: an unchanged form saves.
    data = form_values(partner.get(edit_url(own_page)))
    assert data["logo"] == str(own_page.logo_id)
    assert partner.post(edit_url(own_page), data).status_code == 302


# --- routing of submissions (10.3) ------------------------------------------------------

def test_a_partners_submission_reaches_communications_who_approve_it(partner, own_page):
    reviewer = client_for("reviewer", *_groups("Communications"))
    mail.outbox.clear()
    data = form_values(partner.get(edit_url(own_page)))
    data["role_en"] = "Our clinicians recruited participants."
    data["action-submit"] = "action-submit"
    assert partner.post(edit_url(own_page), data).status_code == 302

    recipients = {address for message in mail.outbox for address in message.to}
    assert "reviewer@example.invalid" in recipients
    dashboard = reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert "King&#x27;s College London" in dashboard or "King's College London" in dashboard

    own_page.refresh_from_db()
    task_state = own_page.current_workflow_state.current_task_state
    assert task_state.task.name == "Communications approval"
    reviewer.post(reverse("wagtailadmin_pages:workflow_action",
                          args=(own_page.pk, "approve", task_state.pk)), {"comment": ""})
    own_page.refresh_from_db()
    assert own_page.role_en == "Our clinicians recruited participants."


# --- pages restricted to logged-in readers ----------------------------------------------

def test_a_login_restricted_page_does_not_open_to_a_partner(partner):
    page = StandardPageFactory(title="About ALS/MND", translated=True)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    url = page.get_url_in("en")
    assert partner.get(url).status_code == 404
    assert Client().get(url).status_code == 302  # anonymous: to the login form
    news_index()  # Editors are staff through their rights on the news section
    editor = client_for("editor", *_groups("Editors"))
    assert editor.get(url).status_code == 200



def test_once_the_logo_is_public_the_partner_cannot_replace_its_file(partner, own_page):
    partner.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "KCL logo", "image-chooser-upload-file": png()})
    logo = get_image_model().objects.get(title="KCL logo")
    edit = reverse("wagtailimages:edit", args=(logo.pk,))
    assert partner.get(edit).status_code == 200  # their own upload, not public yet

    own_page.logo = logo
    own_page.save_revision().publish()  # as Communications approve it
    original = logo.file.name
    assert refused(partner.get(edit))
    partner.post(edit, {"title": "KCL logo", "file": png("swapped.png")})
    assert refused(partner.get(reverse("wagtailimages:delete", args=(logo.pk,))))
    logo.refresh_from_db()
    assert logo.file.name == original

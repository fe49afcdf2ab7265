"""The rights of the communications team on news, and the approval workflow between them.

Editors draft articles below the news index and *submit* them; they upload images and
documents into the "News" collection only. Communications approve, publish and schedule.
Every article goes through the "News approval" workflow before it goes live, unless a
Communications member publishes it directly. Called by `manage.py setup_site`.
"""

from wagtail.models import Collection

from home.roles import COMMUNICATIONS, EDITORS, approval_workflow, child_collection

from .models import NewsIndexPage

WORKFLOW_NAME = "News approval"
NEWS_COLLECTION = "News"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "unlock_page"],
}
# Editors add and choose, in their own collection only: replacing or deleting a file that
# a published article shows is for Communications.
EDITORS_MEDIA = ["wagtailimages.add_image", "wagtailimages.choose_image",
                 "wagtaildocs.add_document", "wagtaildocs.choose_document"]
MODEL_PERMISSIONS = {
    EDITORS: ["news.view_presscontact"],
    COMMUNICATIONS: ["news.view_presscontact", "news.add_presscontact",
                     "news.change_presscontact", "news.view_previewlink",
                     "news.add_previewlink", "news.change_previewlink",
                     "news.view_previewopen"],
}


def setup_roles(grants):
    collection = child_collection(Collection.get_first_root_node(), NEWS_COLLECTION)
    grants.collection(EDITORS, collection, EDITORS_MEDIA)
    for name, permissions in MODEL_PERMISSIONS.items():
        grants.models(name, permissions)
    news_index = NewsIndexPage.objects.order_by("path").first()
    if news_index is None:  # no content yet: run setup_site again once the index exists
        return
    for name, codenames in PAGE_PERMISSIONS.items():
        grants.pages(name, news_index, codenames)
    approval_workflow(grants, WORKFLOW_NAME, news_index)

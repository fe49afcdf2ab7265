"""An article's attachments in the API: the title, absolute URL, type and size of each
document everyone may have (home.file_privacy); any other, or one deleted since, is left
out. The documents of every article in one answer are read together, so a list costs the
same few queries with one article or fifty."""

from rest_framework.fields import Field
from wagtail.api.utils import get_full_url
from wagtail.documents import get_document_model

from home.file_privacy import public_files


class AttachmentsField(Field):
    def to_representation(self, attachments):
        documents = self.public_documents()
        items = []
        for block in attachments.raw_data:
            value = block["value"] or {}
            document = documents.get(value.get("document"))
            if document is None:
                continue
            items.append({
                "title": value.get("label") or document.title,
                "url": get_full_url(self.context["request"], document.url),
                "content_type": document.content_type,
                "size": document.file_size,
            })
        return items

    def public_documents(self):
        """{id: document} for the attachments of every article being serialised."""
        shared = self.context
        if "public_attachments" not in shared:
            root = self.root
            articles = root.instance if getattr(root, "many", False) else [root.instance]
            ids = {block["value"].get("document")
                   for article in articles for block in getattr(article, self.source).raw_data
                   if block["value"]}
            documents = get_document_model().objects.in_bulk(ids - {None}).values()
            shared["public_attachments"] = {d.pk: d for d in public_files(documents)}
        return shared["public_attachments"]

"""A lay summary goes live (published, or at its go-live minute by the scheduler): queue
its PDFs for the worker, once the publication is committed. A PDF record deleted (its page
deleted, or its language emptied): its file goes too."""

from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published

from .models import LaySummaryPage, LaySummaryPdf
from .tasks import make_lay_summary_pdfs


def queue_pdfs(sender, instance, **kwargs):
    transaction.on_commit(partial(make_lay_summary_pdfs.enqueue, instance.pk))


def delete_file(sender, instance, **kwargs):
    if instance.file:
        transaction.on_commit(partial(default_storage.delete, instance.file.name))


def connect():
    page_published.connect(queue_pdfs, sender=LaySummaryPage, dispatch_uid="trial-queue-pdfs")
    post_delete.connect(delete_file, sender=LaySummaryPdf, dispatch_uid="trial-pdf-file")

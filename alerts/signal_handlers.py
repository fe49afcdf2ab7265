"""A page that can make an alert goes live (published, or at its go-live minute by the
scheduler): queue the emails for the worker, once the publication is committed."""

from functools import partial

from django.db import transaction
from wagtail.signals import page_published

from .audience import ALERT_PAGE_TYPES
from .tasks import send_page_alerts


def queue_alerts(sender, instance, **kwargs):
    transaction.on_commit(partial(send_page_alerts.enqueue, instance.pk))


def connect():
    for page_type in ALERT_PAGE_TYPES:
        page_published.connect(queue_alerts, sender=page_type,
                               dispatch_uid=f"alerts-queue-{page_type.__name__}")

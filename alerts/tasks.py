"""Sending, as background tasks run by the database worker (`manage.py db_worker`)."""

import logging

from django.core.mail import mailers
from django.db import IntegrityError, transaction
from django.tasks import task
from wagtail.models import Page

from .audience import audience
from .emails import confirmation_email, page_alert_email
from .models import Delivery, Subscriber

logger = logging.getLogger(__name__)


@task(backend="background")
def send_confirmation(subscriber_id, language, topic):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        confirmation_email(subscriber, language, topic).send()


@task(backend="background")
def send_page_alerts(page_id):
    """Email a page that went live to each subscriber who wants it, once each. Returns
    how many emails left."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None:  # unpublished again, or private, before the worker came
        return 0
    sent = 0
    with mailers.default as connection:
        for subscriber in audience(page):
            sent += _send_once(subscriber, page, connection)
    return sent


def _send_once(subscriber, page, connection):
    # The delivery is recorded before sending: another worker or a retry that gets
    # here second fails on the unique pair and sends nothing. If sending fails, the
    # record goes, so that the next publication or retry tries again.
    try:
        with transaction.atomic():
            delivery = Delivery.objects.create(subscriber=subscriber, page=page)
    except IntegrityError:
        return 0
    try:
        connection.send_messages([page_alert_email(subscriber, page)])
    except Exception:
        delivery.delete()
        raise
    return 1

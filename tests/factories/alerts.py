"""Alert subscribers for the tests."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from alerts.models import Subscriber


class SubscriberFactory(DjangoModelFactory):
    """A subscriber who confirmed their address, unless `confirmed=False`."""

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    topic = "all"

    class Meta:
        model = Subscriber

    class Params:
        confirmed = True

    confirmed_at = factory.LazyAttribute(lambda o: timezone.now() if o.confirmed else None)

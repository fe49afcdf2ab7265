"""What the alerts hold about one email address, for the admin's export and erasure."""

from wagtail import hooks

from home.extensions import PERSONAL_DATA_HOOK

from .models import Subscriber


@hooks.register(PERSONAL_DATA_HOOK)
def subscriptions(email, erase):
    found = Subscriber.objects.filter(email__iexact=email)
    records = [{
        "email": subscriber.email, "language": subscriber.language,
        "topic": subscriber.topic, "asked_on": subscriber.created_at,
        "confirmed_on": subscriber.confirmed_at,
        "pages_sent": [{"page": delivery.page_id, "sent_at": delivery.sent_at}
                       for delivery in subscriber.deliveries.all()],
    } for subscriber in found.prefetch_related("deliveries")]
    if erase:
        found.delete()
    return {"alert_subscriptions": records}

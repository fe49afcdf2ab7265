"""Which pages make an alert, and which subscribers want each one."""

from news.models import ArticlePage, Kind
from trial.models import LaySummaryPage

from .models import Subscriber, Topic

ALERT_PAGE_TYPES = (ArticlePage, LaySummaryPage)


def topics_of(page):
    """The choices of subscriber that `page` concerns."""
    if isinstance(page, ArticlePage):
        return {Topic.ALL, Topic.PRESS} if page.kind == Kind.PRESS else {Topic.ALL}
    if isinstance(page, LaySummaryPage):
        return {Topic.ALL, Topic.RESULTS}
    return set()


def audience(page):
    """Confirmed subscribers who want `page` and had confirmed when it first went live:
    publishing an old page again does not send it to those who came later."""
    subscribers = Subscriber.objects.filter(confirmed_at__isnull=False,
                                            topic__in=topics_of(page))
    if page.first_published_at:
        subscribers = subscribers.filter(confirmed_at__lte=page.first_published_at)
    return subscribers.exclude(deliveries__page=page).order_by("pk")

"""Subscribe, confirm, unsubscribe: pages in the reader's language, no login, no script.

Subscribing is exempt from CSRF: the footer form is on every cached page, where a token
would make each page personal (home.cache), and a forged request can only ask for a
confirmation email, which the limits below keep rare. Unsubscribing is exempt so that a
mail program can do it in one click (RFC 8058 sends a plain POST)."""

from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.rate_limit import client_address, over_limit

from . import links
from .forms import SubscribeForm
from .models import Subscriber
from .tasks import send_confirmation

# At most this many confirmation emails to one address per hour, and this many requests
# from one client per minute.
PER_ADDRESS_PER_HOUR = 3
PER_CLIENT_PER_MINUTE = 10


def _page(request, template, status=200, **context):
    response = render(request, f"alerts/{template}.html", context, status=status)
    response["Cache-Control"] = "private, no-cache"
    return response


def _notice(request, heading, message, status=200):
    return _page(request, "notice", status, heading=heading, message=message)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return _page(request, "subscribe", form=SubscribeForm())
    form = SubscribeForm(request.POST)
    if over_limit("alerts-client", client_address(request), PER_CLIENT_PER_MINUTE, 60):
        return _notice(request, _("Too many requests"),
                       _("Too many subscriptions were asked from here. Please try again in "
                         "a few minutes."), status=429)
    if not form.is_valid():
        return _page(request, "subscribe", status=400, form=form)
    email, language, topic = (form.cleaned_data[name] for name in ("email", "language", "topic"))
    if over_limit("alerts-address", email, PER_ADDRESS_PER_HOUR, 3600):
        return _notice(request, _("Too many requests"),
                       _("We have already sent several confirmation emails to this address. "
                         "Please look for them, or try again in an hour."), status=429)
    subscriber, created = Subscriber.objects.get_or_create(
        email=email, defaults={"language": language, "topic": topic})
    transaction.on_commit(
        lambda: send_confirmation.enqueue(subscriber.pk, language, topic))
    # The same answer whether or not the address was known: it tells no one who reads us.
    return _page(request, "check_inbox", email=email)


@require_http_methods(["GET", "HEAD"])
def confirm(request, token):
    try:
        choice = links.read_confirmation(token)
    except links.ExpiredLink:
        return _notice(request, _("This link has expired"),
                       _("Confirmation links work for 7 days. Please subscribe again."),
                       status=410)
    except links.BadLink:
        return _bad_link(request)
    subscriber = Subscriber.objects.filter(key=choice["k"]).first()
    if subscriber is None:
        return _notice(request, _("This subscription no longer exists"),
                       _("It was cancelled or it expired. Please subscribe again."),
                       status=410)
    wanted = {"language": choice["l"], "topic": choice["t"]}
    already = subscriber.confirmed_at is not None and all(
        getattr(subscriber, name) == value for name, value in wanted.items())
    if not already:
        Subscriber.objects.filter(pk=subscriber.pk).update(
            confirmed_at=subscriber.confirmed_at or timezone.now(), **wanted)
    return _notice(request, _("Your subscription is confirmed"),
                   _("You had already confirmed it. Nothing has changed.") if already else
                   _("You will get an email when something new is published."))


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        key = links.read_unsubscribe(token)
    except links.BadLink:
        return _bad_link(request)
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        return _notice(request, _("You are not subscribed"),
                       _("This address gets no alerts from us any more."))
    if request.method != "POST":
        return _page(request, "unsubscribe", email=subscriber.email)
    subscriber.delete()  # with the record of what it was sent: nothing is kept
    return _notice(request, _("You are unsubscribed"),
                   _("You will get no more alerts from us. We have deleted your address."))


def _bad_link(request):
    return _notice(request, _("This link does not work"),
                   _("It was changed or cut short. Please copy the whole link from the "
                     "email."), status=400)

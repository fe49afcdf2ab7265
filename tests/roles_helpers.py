"""Accounts in the site's groups, and what an admin page or a refusal looks like."""

import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from partners.permissions import ensure_partner_group


def client_for(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.invalid", "pw")
    user.groups.add(*groups)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def member_of(group_name):
    return client_for(f"{group_name.lower()}-member", Group.objects.get(name=group_name))


def partner_of(page, username="partner-staff"):
    return client_for(username, ensure_partner_group(page))


def refused(response):
    """Wagtail answers a refusal with 403, or a redirect to the dashboard with a message."""
    if response.status_code == 302:
        return response["Location"] in (reverse("wagtailadmin_home"), "/admin/")
    return response.status_code in (403, 404)


def page_of_type(model_name):
    """The one page of a type, named so that moving its model to another app changes nothing."""
    return Page.objects.get(content_type__model=model_name).specific


def menu_urls(client):
    """Every admin address in the sidebar menu the account is shown, submenus included."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    found = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "url" and isinstance(item, str) and item.startswith("/admin/"):
                    found.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props))
    return found

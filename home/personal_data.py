"""Admin: export, or erase, everything the site holds about one email address (the apps
say what they hold through home.extensions.PERSONAL_DATA_HOOK). Superusers only."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .extensions import personal_data


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"))
    confirm_erase = forms.BooleanField(
        label=gettext_lazy("Yes, erase everything held about this address"), required=False)


def personal_data_view(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    form = PersonalDataForm(request.POST or None)
    held = None
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if "erase" in request.POST:
            if not form.cleaned_data["confirm_erase"]:
                form.add_error("confirm_erase", _("Tick this box to erase."))
            else:
                held = personal_data(email, erase=True)
                count = sum(len(records) for records in held.values())
                messages.success(request, _("Erased %(count)s record(s) about %(email)s.")
                                 % {"count": count, "email": email})
        else:
            held = personal_data(email)
            response = HttpResponse(
                json.dumps({"email": email, "held": held}, cls=DjangoJSONEncoder, indent=2),
                content_type="application/json")
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
    return render(request, "home/admin/personal_data.html", {
        "page_title": _("Personal data"), "header_icon": "user", "form": form, "held": held})

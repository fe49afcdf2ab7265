"""The question form: its fields are fixed here, with labels from the translation catalogue,
because the spam checks, the notification and the retention and erasure of submissions
must know which field holds the address and the message, and the consent line must not be
removable."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

MAX_MESSAGE = 5000
MAX_NAME = 100
# A person needs more than this to write a question; a robot posts at once.
MIN_FILL_SECONDS = 3
_STARTED = "questions.started"

one_line = RegexValidator(r"^[^\r\n\x00-\x1f]*$", _("Write this on one line."))


def started_stamp():
    return signing.dumps(time.time(), salt=_STARTED)


class QuestionForm(forms.Form):
    name = forms.CharField(label=_("Your name (optional)"), required=False,
                           max_length=MAX_NAME, validators=[one_line])
    email = forms.EmailField(
        label=_("Your email address"), max_length=254,
        help_text=_("We write back to this address."),
        error_messages={"invalid": _("Enter an email address like name@example.org."),
                        "required": _("Enter your email address.")})
    message = forms.CharField(
        label=_("Your question"), widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_MESSAGE,
        error_messages={"required": _("Write your question."),
                        "max_length": _("Please keep your question under %(limit_value)d "
                                        "characters (it has %(show_value)d).")})
    consent = forms.BooleanField(
        error_messages={"required": _("Please tick this box, or we cannot answer you.")})
    # A field people do not see (hidden by the style sheet, skipped by the keyboard) that
    # robots fill in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    stored_fields = ("name", "email", "message", "consent")

    def __init__(self, *args, page=None, user=None, **kwargs):
        kwargs.setdefault("initial", {})["started"] = started_stamp()
        super().__init__(*args, **kwargs)
        # Made per form, in the reader's language, with the retention setting of the day.
        self.fields["consent"].label = gettext(
            "I agree that the trial team keeps my question and my address to answer me, "
            "and deletes them after %(months)s months.") % {
                "months": settings.QUESTION_RETENTION_MONTHS}
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def is_valid(self):
        valid = super().is_valid()
        for name in self.errors:
            if name in self.fields:  # announced with the field by screen readers
                self.fields[name].widget.attrs.update({
                    "aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"})
        return valid

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(
                _("Your message could not be sent. Please leave the last field empty."))
        try:
            started = signing.loads(self.data.get("started", ""), salt=_STARTED,
                                     max_age=24 * 3600)
        except signing.BadSignature:
            raise forms.ValidationError(
                _("This form was open too long or was changed. Please send it again.")
            ) from None
        if time.time() - started < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your question and send it again."))
        return data

    def stored_data(self):
        return {name: self.cleaned_data[name] for name in self.stored_fields}

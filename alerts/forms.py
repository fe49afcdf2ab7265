"""The subscription form, in the footer of every page and on the alerts page."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.languages import LANGUAGE_NAMES

from .models import Topic


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"), max_length=254,
        error_messages={"invalid": _("Enter an email address like name@example.org."),
                        "required": _("Enter your email address.")},
    )
    language = forms.ChoiceField(label=_("Language of the emails"),
                                 choices=list(LANGUAGE_NAMES.items()))
    topic = forms.ChoiceField(label=_("I want"), choices=Topic.choices, initial=Topic.ALL,
                              widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", translation.get_language())
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def is_valid(self):
        valid = super().is_valid()
        # Screen readers announce a field as wrong and read its message with it.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update({
                    "aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"})
        return valid

"""The country and type filter of the partners index: a plain GET form, no JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import PartnerType
from .countries import country_name, sort_key


class PartnerFilterForm(forms.Form):
    """Offers only the countries and types some partner has; any other value is invalid."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    type = forms.ChoiceField(label=_("Type of partner"), required=False)

    def __init__(self, data, partners):
        data = {name: (data.get(name) or "").strip().lower() for name in ("country", "type")}
        super().__init__(data)
        countries = sorted({p.country for p in partners if p.country},
                           key=lambda code: sort_key(country_name(code)))
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code.lower(), country_name(code)) for code in countries
        ]
        present = {p.partner_type for p in partners}
        self.fields["type"].choices = [("", _("All types"))] + [
            (kind.value, kind.label) for kind in PartnerType if kind.value in present
        ]

    @property
    def is_filtering(self):
        return any(self.data.values())

    def filter(self, partners):
        country = self.cleaned_data["country"].upper()
        kind = self.cleaned_data["type"]
        return [p for p in partners
                if (not country or p.country == country) and (not kind or p.partner_type == kind)]

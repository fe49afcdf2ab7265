"""An admin panel that tells the editor of a partner page what is left to complete."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .completeness import partner_gaps


class MissingFieldsPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Left to complete"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "partners/admin/missing_fields_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            self.gaps = partner_gaps(page) if page is not None and page.pk else []

        def is_shown(self):
            return bool(self.gaps) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["gaps"] = self.gaps
            return context

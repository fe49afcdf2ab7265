"""The admin form of every page: an image or document it refers to must be one the
editor may choose; apps narrow it further per user (home.extensions.PAGE_FORM_HOOK)."""

from django.db.models import Q
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .extensions import PAGE_FORM_HOOK


class ChoosableMediaPageForm(WagtailAdminPageForm):
    """Wagtail's choosers list only what the editor may choose, but the form takes any id:
    a hand-made request could put an embargoed image on a partner's draft. Each image and
    document field here accepts what the editor may choose, and the value already saved
    (a logo Communications set survives the partner's next save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.media_fields = []
        if self.for_user is None:
            return
        for narrow in hooks.get_hooks(PAGE_FORM_HOOK):
            narrow(self)
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or queryset.model not in (get_image_model(),
                                                          get_document_model()):
                continue
            choosable = policy_registry.get_by_type(queryset.model) \
                .instances_user_has_permission_for(self.for_user, "choose")
            field.queryset = queryset.filter(
                Q(pk__in=choosable.values("pk")) | Q(pk=self.initial.get(name)))
            self.media_fields.append(name)

    def full_clean(self):
        super().full_clean()
        refused = [name for name in self.media_fields if name in self.errors]
        if refused:
            # The form shown again must not display the refused file's title or thumbnail.
            self.data = self.data.copy()
            for name in refused:
                self.data[self.add_prefix(name)] = self.initial.get(name) or ""

from django.db.models.signals import post_save, pre_save
from wagtail.signals import page_published

from .logos import prepare_renditions
from .models import PartnerIndexPage, PartnerPage
from .permissions import ensure_partner_group
from .redirects import redirect_old_addresses, remember_addresses

for page_class in (PartnerIndexPage, PartnerPage):
    pre_save.connect(remember_addresses, sender=page_class,
                     dispatch_uid=f"partners-remember-{page_class.__name__}")
    post_save.connect(redirect_old_addresses, sender=page_class,
                      dispatch_uid=f"partners-redirect-{page_class.__name__}")


def logo_renditions_on_publish(sender, instance, **kwargs):
    # A new logo gets its renditions at publication, not in a reader's request.
    prepare_renditions(instance.logo)


page_published.connect(logo_renditions_on_publish, sender=PartnerPage,
                       dispatch_uid="partners-logo-renditions")


def group_for_new_partner(sender, instance, created, raw=False, **kwargs):
    # The partner's staff can be given access as soon as their page exists.
    if created and not raw:
        ensure_partner_group(instance)


post_save.connect(group_for_new_partner, sender=PartnerPage, dispatch_uid="partners-group")

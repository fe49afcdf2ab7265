"""The kinds of partner and of funder."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerType(models.TextChoices):
    HOSPITAL = "hospital", _("Hospital")
    LABORATORY = "research-laboratory", _("Research laboratory")
    CRO = "clinical-research-organisation", _("Clinical research organisation")
    BIOBANK = "biobank", _("Biobank")
    PATIENT_ASSOCIATION = "patient-association", _("Patient association")
    PROJECT_MANAGEMENT = "project-management", _("Project management")
    INDUSTRY = "industry", _("Industry")


class FunderKind(models.TextChoices):
    PUBLIC = "public", _("Public funding")
    CHARITY = "charity", _("Charity")

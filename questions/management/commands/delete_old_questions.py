"""Delete readers' questions older than settings.QUESTION_RETENTION_MONTHS (run it daily)."""

import datetime

from django.conf import settings
from django.core.management import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from questions.models import QuestionPage


def retention_cutoff():
    days = round(settings.QUESTION_RETENTION_MONTHS * 365.25 / 12)
    return timezone.now() - datetime.timedelta(days=days)


class Command(BaseCommand):
    help = "Delete questions sent through the question page after the retention period."

    def handle(self, *args, **options):
        count, _ = FormSubmission.objects.filter(
            page__in=QuestionPage.objects.all(), submit_time__lt=retention_cutoff()).delete()
        self.stdout.write(f"Deleted {count} question(s).")

"""Make the PDFs of every live lay summary that lacks an up-to-date one: after the upgrade
that brings PDFs (pages published before have none), or when stored files were lost.
Languages whose PDF is already made from the live version are left alone."""

from django.core.management.base import BaseCommand

from trial.lay_summary_pdfs import make_pdfs
from trial.models import LaySummaryPage
from trial.tasks import make_lay_summary_pdfs


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--queue", action="store_true",
                            help="Leave the work to the background worker instead of doing "
                                 "it here.")

    def handle(self, *args, queue=False, **options):
        for page_id in LaySummaryPage.objects.live().values_list("pk", flat=True):
            if queue:
                make_lay_summary_pdfs.enqueue(page_id)
                continue
            for language, outcome in make_pdfs(page_id).items():
                self.stdout.write(f"{page_id} {language}: {outcome}")

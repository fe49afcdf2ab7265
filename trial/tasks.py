"""Background work of the trial app, run by the database worker (`manage.py db_worker
--backend background`)."""

from django.tasks import task

from .lay_summary_pdfs import make_pdfs


@task(backend="background")
def make_lay_summary_pdfs(page_id):
    """The PDFs of a lay summary that went live: {language: made | kept | failed}."""
    return make_pdfs(page_id)

"""Background work of the trial app, run by the database worker (`manage.py db_worker
--backend background`)."""

from django.tasks import task

from .lay_summary_pdfs import make_pdfs


# Below the default: at a go-live minute the alert emails go first; a PDF can wait seconds.
@task(backend="background", priority=-10)
def make_lay_summary_pdfs(page_id):
    """The PDFs of a lay summary that went live: {language: made | kept | failed}."""
    return make_pdfs(page_id)

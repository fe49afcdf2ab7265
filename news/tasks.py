"""Background work of the news app, run by the database worker (`manage.py db_worker
--backend background`)."""

from django.tasks import task

from .press_pdf import make_pdfs


@task(backend="background")
def make_release_pdfs(page_id, revision_id):
    """The PDFs of a press release's revision: {language: made | kept | failed}."""
    return make_pdfs(page_id, revision_id)

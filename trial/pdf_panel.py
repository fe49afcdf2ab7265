"""What editors see of a lay summary's PDFs while editing it: per language, made (when,
how big, a link), being made, or why it could not be made."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from home.languages import LANGUAGE_NAMES


def pdf_states(page):
    """One row per language the page is written in (none before it is first saved)."""
    if page.pk is None:
        return []
    pdfs = {pdf.language: pdf for pdf in page.pdfs.all()}
    rows = []
    for language in page.translated_languages:
        pdf = pdfs.get(language)
        row = {"language": language, "name": LANGUAGE_NAMES[language], "pdf": pdf}
        if pdf is not None and pdf.failure:
            row["state"] = "failed"
        elif pdf is not None and pdf.is_stored:
            row["state"] = "made" if pdf.revision_id == page.live_revision_id else "outdated"
            row["url"] = page.get_url_in(language) + page.reverse_subpage("pdf")
        else:
            row["state"] = "waiting"
        rows.append(row)
    return rows


class PdfPanel(Panel):
    """Read-only: the state of each language's PDF (trial.lay_summary_pdfs)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("PDF of this summary"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "trial/admin/pdf_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["live"] = self.instance.live
            context["rows"] = pdf_states(self.instance) if self.instance.live else []
            return context

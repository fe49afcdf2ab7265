"""A page where a reader asks the trial team a question: Wagtail's form builder
(AbstractEmailForm) with fixed fields (questions.forms), stored as Wagtail form
submissions, staff told by email in the background."""

from django.conf import settings
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm

from home.rate_limit import over_limit
from home.translated_page import TranslatedPage

from .forms import QuestionForm, started_stamp
from .tasks import notify_staff

# Questions one address may send per hour.
PER_ADDRESS_PER_HOUR = 3


class QuestionPage(TranslatedPage, AbstractEmailForm):
    intro = models.TextField(gettext_lazy("introduction"), blank=True)
    thank_you_text = models.TextField(gettext_lazy("thank-you text"), blank=True)

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
            FieldPanel("subject"),
        ], heading=gettext_lazy("Email to the team")),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    reader_text_fields = (*TranslatedPage.reader_text_fields, "intro")

    class Meta:
        verbose_name = gettext_lazy("question page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_months"] = settings.QUESTION_RETENTION_MONTHS
        return context

    def get_form_class(self):
        return QuestionForm

    def get_data_fields(self):
        form = QuestionForm()
        return [("submit_time", gettext_lazy("Submission date"))] + [
            (name, form.fields[name].label) for name in QuestionForm.stored_fields]

    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(
            form_data=form.stored_data(), page=self)
        if self.to_address:
            transaction.on_commit(lambda: notify_staff.enqueue(submission.pk))
        return submission

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return self._private(super().serve(request, *args, **kwargs))
        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            form.data = form.data.copy()
            form.data["started"] = started_stamp()  # a fresh clock for the next try
            return self._form_page(request, form, status=400)
        if over_limit("questions", form.cleaned_data["email"], PER_ADDRESS_PER_HOUR, 3600):
            form.add_error(None, _("You have sent several questions in the last hour. "
                                   "Please wait an hour before you send another."))
            return self._form_page(request, form, status=429)
        submission = self.process_form_submission(form)
        return self._private(self.render_landing_page(request, submission, *args, **kwargs))

    def _form_page(self, request, form, status):
        context = self.get_context(request)
        context["form"] = form
        return self._private(TemplateResponse(request, self.get_template(request), context,
                                              status=status))

    @staticmethod
    def _private(response):
        # Each reader's form has its own CSRF token and start time: never a shared copy.
        response["Cache-Control"] = "private, no-cache"
        return response

"""What the question page holds about one email address, for the admin's export and
erasure."""

from wagtail import hooks
from wagtail.contrib.forms.models import FormSubmission

from home.extensions import PERSONAL_DATA_HOOK

from .models import QuestionPage


@hooks.register(PERSONAL_DATA_HOOK)
def questions(email, erase):
    found = FormSubmission.objects.filter(page__in=QuestionPage.objects.all(),
                                          form_data__email__iexact=email)
    records = [{"sent_at": submission.submit_time, **submission.form_data}
               for submission in found]
    if erase:
        found.delete()
    return {"questions": records}

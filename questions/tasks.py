"""Telling the team about a new question, in the background (the database worker)."""

from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from wagtail.contrib.forms.models import FormSubmission


@task(backend="background")
def notify_staff(submission_id):
    submission = FormSubmission.objects.filter(pk=submission_id).select_related("page").first()
    if submission is None:  # erased before the worker came
        return
    page = submission.page.specific
    data = submission.form_data
    body = render_to_string("questions/email/notification.txt",
                            {"data": data, "submission": submission, "page": page})
    EmailMessage(
        subject=page.subject or "New question from the MIROCALS website",
        body=body, from_email=page.from_address or None,
        to=[address.strip() for address in page.to_address.split(",")],
        reply_to=[data["email"]],
    ).send()

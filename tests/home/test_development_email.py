"""`make run` (development settings) prints emails, such as workflow notifications, to the
console: a developer's laptop has no mail server, and a failed send must not stop an
editor's "Submit for moderation"."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SEND = (
    "from wagtail.admin.mail import send_mail; "
    "send_mail('Article submitted for moderation', 'Please review it.', ['editor@example.org'])"
)


def test_development_settings_print_emails_to_the_console():
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SEND], cwd=ROOT, capture_output=True,
        text=True, timeout=120, env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )
    assert result.returncode == 0, result.stderr
    assert "Subject: Article submitted for moderation" in result.stdout
    assert "To: editor@example.org" in result.stdout

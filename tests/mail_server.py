"""A real SMTP server (aiosmtpd) on a free loopback port, the site's mail pointed at it, and
the real database worker that sends what the site queued."""

import email
import email.policy
import socket
import time

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """Every message the server accepted, parsed with the email package."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for rcpt, message in self.messages if address in rcpt]

    def wait_for(self, count, seconds=60):
        deadline = time.monotonic() + seconds
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.messages


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    yield inbox
    controller.stop()


@pytest.fixture
def smtp(smtp_server, settings):
    """The site sends through the test's SMTP server."""
    mailers = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                           "OPTIONS": {"host": "127.0.0.1", "port": smtp_server.port,
                                       "timeout": 10}}}
    with override_settings(MAILERS=mailers):
        yield smtp_server


def text_and_html(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


def run_worker():
    """The real database worker, in this process: every queued task, then it stops.

    The worker calls close_old_connections() between tasks; inside the test's transaction
    that would close the connection (on PostgreSQL; SQLite's in-memory test database is
    never closed) and the test would go on with "the connection is closed". Django's test
    client leaves the connection open the same way."""
    from unittest import mock

    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay",
                     "--no-reload", verbosity=0)

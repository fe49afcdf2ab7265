"""Production addresses: links in emails and the API point at the site, over https, and
mail leaves from the sender and SMTP server the environment names.

Each case imports the production settings in a fresh interpreter, as gunicorn would."""

import json
import os
import socketserver
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = "https://mirocals.example.org"
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "mirocals.example.org",
    "SITE_BASE_URL": SITE,
}
# Variables a developer's shell may have set, which would change what is tested.
OURS = ["SITE_BASE_URL", "WAGTAILADMIN_BASE_URL", "WAGTAILAPI_BASE_URL", "DEFAULT_FROM_EMAIL",
        "SERVER_EMAIL", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS", "EMAIL_USE_SSL", "EMAIL_TIMEOUT"]

SHOW_SETTINGS = """
import json
from django.conf import settings
from django.core.mail import mailers
smtp = mailers.default
print(json.dumps({
    "admin": settings.WAGTAILADMIN_BASE_URL, "api": settings.WAGTAILAPI_BASE_URL,
    "from": settings.DEFAULT_FROM_EMAIL, "server": settings.SERVER_EMAIL,
    "smtp": [type(smtp).__module__, smtp.host, smtp.port, smtp.username, smtp.password,
             smtp.use_tls, smtp.use_ssl, smtp.timeout],
}))
"""

SEND_PASSWORD_RESET = """
import django
django.setup()
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
user = get_user_model()(username="editor", email="editor@example.org")
body = render_to_string("wagtailadmin/account/password_reset/email.txt",
                        {"user": user, "uid": "MQ", "token": "abc-123",
                         "protocol": "http", "domain": "localhost"})
send_mail("Password reset", body, None, ["editor@example.org"], using="default")
"""


def production(code, **env):
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**clean, **PRODUCTION, **env},
    )


def settings_of(**env):
    result = production(SHOW_SETTINGS, **env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def refusal(**env):
    result = production(SHOW_SETTINGS, **env)
    assert result.returncode != 0, result.stdout
    assert "ImproperlyConfigured" in result.stderr, result.stderr[-3000:]
    return result.stderr.strip().splitlines()[-1]


def test_production_refuses_to_start_without_the_sites_address():
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    env = {**clean, **{k: v for k, v in PRODUCTION.items() if k != "SITE_BASE_URL"}}
    result = subprocess.run([sys.executable, "-c", SHOW_SETTINGS], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "SITE_BASE_URL" in result.stderr.strip().splitlines()[-1]
    assert "SITE_BASE_URL" in refusal(SITE_BASE_URL="")


@pytest.mark.parametrize("address", [
    "http://mirocals.example.org", "mirocals.example.org", "https://", "https:///news",
    "https://mirocals.example.org/en/", "https://mirocals.example.org/?a=b",
    "https://other.example.org", "ftp://mirocals.example.org",
])
def test_production_refuses_an_address_that_is_not_the_sites_https_root(address):
    message = refusal(SITE_BASE_URL=address)
    assert "SITE_BASE_URL" in message


def test_links_in_emails_and_the_api_use_the_sites_address():
    shown = settings_of(SITE_BASE_URL=SITE + "/")
    assert shown["admin"] == SITE and shown["api"] == SITE


def test_mail_settings_come_from_the_environment():
    shown = settings_of(
        DEFAULT_FROM_EMAIL="MIROCALS <news@mirocals.example.org>",
        SERVER_EMAIL="errors@mirocals.example.org", EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="2525", EMAIL_HOST_USER="mailer", EMAIL_HOST_PASSWORD="s3cret",
        EMAIL_USE_TLS="true", EMAIL_TIMEOUT="7",
    )
    assert shown["from"] == "MIROCALS <news@mirocals.example.org>"
    assert shown["server"] == "errors@mirocals.example.org"
    assert shown["smtp"] == ["django.core.mail.backends.smtp", "smtp.example.org", 2525,
                             "mailer", "s3cret", True, False, 7]


def test_mail_defaults_name_the_site_never_localhost():
    shown = settings_of()
    assert shown["from"] == shown["server"] == "noreply@mirocals.example.org"
    assert shown["smtp"][1:3] == ["localhost", 25]
    assert settings_of(EMAIL_USE_TLS="true")["smtp"][2] == 587
    assert settings_of(EMAIL_USE_SSL="1")["smtp"][2] == 465


@pytest.mark.parametrize("env", [
    {"DEFAULT_FROM_EMAIL": "webmaster"}, {"SERVER_EMAIL": "not an address"},
    {"EMAIL_PORT": "smtp"}, {"EMAIL_PORT": "0"}, {"EMAIL_USE_TLS": "perhaps"},
    {"EMAIL_USE_TLS": "true", "EMAIL_USE_SSL": "true"}, {"EMAIL_TIMEOUT": "-1"},
], ids=str)
def test_production_refuses_bad_mail_settings(env):
    message = refusal(**env)
    assert any(name in message for name in env)


class SMTPSink(socketserver.StreamRequestHandler):
    """Just enough SMTP to receive one message and keep what the server would see."""

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink")
        while line := self.rfile.readline().decode():
            verb = line[:4].upper()
            if verb == "MAIL":
                self.server.envelope["from"] = line.split(":", 1)[1].strip()
            if verb == "DATA":
                self.reply("354 go on")
                data = b"".join(iter(self.rfile.readline, b".\r\n"))
                self.server.envelope["data"] = data.decode()
            if verb == "QUIT":
                self.reply("221 bye")
                return
            self.reply("250 ok")


def test_a_password_reset_email_leaves_from_the_site_and_links_to_it():
    with socketserver.TCPServer(("127.0.0.1", 0), SMTPSink) as server:
        server.envelope = {}
        threading.Thread(target=server.handle_request, daemon=True).start()
        result = production(SEND_PASSWORD_RESET, EMAIL_HOST="127.0.0.1",
                            EMAIL_PORT=str(server.server_address[1]))
    assert result.returncode == 0, result.stderr[-3000:]
    assert server.envelope["from"] == "<noreply@mirocals.example.org>"
    headers, _, body = server.envelope["data"].partition("\r\n\r\n")
    assert "From: noreply@mirocals.example.org" in headers.splitlines()
    assert f"{SITE}/admin/password_reset/confirm/MQ/abc-123/" in body
    assert "localhost" not in body and "127.0.0.1" not in body


"""The real thing: the scheduler and the database worker as separate processes on a
temporary SQLite database, as `make run` starts them. At an embargoed release's go-live
minute, each confirmed subscriber gets exactly one email, in their language."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
import datetime
from django.utils import timezone
from alerts.models import Subscriber
from news.models import Kind
from tests.news_factories import make_article
now = timezone.now()
for email, language, topic in [
        ("fr@example.org", "fr", "all"), ("sv@example.org", "sv", "press"),
        ("en@example.org", "en", "all"), ("it@example.org", "it", "results")]:
    Subscriber.objects.create(email=email, language=language, topic=topic, confirmed_at=now)
Subscriber.objects.create(email="later@example.org", language="fr")  # never confirmed
page = make_article("Embargoed results", kind=Kind.PRESS, publish=False,
                    summary={"en": "The results.", "fr": "Les résultats."})
page.go_live_at = now + datetime.timedelta(seconds=%d)
page.save_revision().publish()
assert not page.live
"""


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, **kwargs)


@pytest.fixture
def site_env(tmp_path, smtp_server):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "EMAIL_PORT": str(smtp_server.port)}
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    return env


def test_at_go_live_each_subscriber_gets_one_email_in_their_language(site_env, smtp_server):
    go_live_in = 15
    manage(site_env, "shell", "-c", SETUP % go_live_in)
    started = time.monotonic()
    processes = [
        subprocess.Popen([sys.executable, "manage.py", *command], cwd=ROOT, env=site_env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for command in (["run_scheduler", "--interval", "1"],
                        ["db_worker", "--backend", "background", "--interval", "0.5",
                         "--no-startup-delay", "--no-reload"])
    ]
    try:
        smtp_server.wait_for(3, seconds=go_live_in + 60)
        assert time.monotonic() - started >= go_live_in - 2  # not before the embargo
        time.sleep(5)  # a second email would have come by now
        # The scheduler's next rounds and a manual run publish nothing new, send nothing new.
        manage(site_env, "publish_scheduled")
        time.sleep(3)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)
    subjects = {rcpt[0]: message["Subject"] for rcpt, message in smtp_server.messages}
    assert len(smtp_server.messages) == 3
    assert subjects == {"fr@example.org": "Embargoed results (fr)",
                        "sv@example.org": "Embargoed results",
                        "en@example.org": "Embargoed results"}
    for _rcpt, message in smtp_server.messages:
        assert message["List-Unsubscribe"] and message.get_body(("html",))



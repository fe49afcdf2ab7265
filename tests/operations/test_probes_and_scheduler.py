"""The load balancer's probes on the default (SQLite) path, and the scheduler's loop going on
after a failed run. The database and Redis outages themselves are in test_faults.py."""

import json
import logging

import pytest
from django.core.management import call_command

from home.management.commands import run_scheduler

pytestmark = pytest.mark.factories  # needs no page at all


def test_healthz_touches_neither_database_nor_cache(client):
    response = client.get("/healthz")  # no database here: a query would fail the request
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_reports_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ready", "database": "ok", "cache": "ok"}


@pytest.mark.django_db  # each run ends by recycling a broken database connection
def test_a_failed_scheduler_run_is_logged_and_the_next_one_happens(monkeypatch, caplog):
    runs = []

    def publish_scheduled(name, **options):
        runs.append(name)
        if len(runs) == 1:
            raise RuntimeError("the database went away")

    monkeypatch.setattr(run_scheduler, "call_command", publish_scheduled)
    with caplog.at_level(logging.ERROR):
        call_command("run_scheduler", "--interval", "1", "--runs", "2")
    assert runs == ["publish_scheduled", "publish_scheduled"]
    [record] = [r for r in caplog.records if r.name == run_scheduler.__name__]
    assert "trying again at the next run" in record.getMessage()
    assert "the database went away" in caplog.text

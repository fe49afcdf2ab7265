"""A throwaway PostgreSQL database with the demo content, and gunicorn serving it: the
production path, in miniature, for the fault tests."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PG = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_DB = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def reachable(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def pg_reachable():
    host_port = PG.split("@")[-1].split("/")[0]
    host, _, port = host_port.partition(":")
    return reachable(host, int(port or 5432))


needs_postgres = pytest.mark.skipif(
    not pg_reachable() and not os.environ.get("CI"),
    reason="PostgreSQL is not running on 127.0.0.1:5432",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def closed_port():
    """A port nothing listens on: connections to it are refused at once."""
    return free_port()


def fetch(url, headers=None):
    """(status, headers, body) as a reader's browser gets them."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def admin_sql(sql, database="postgres"):
    import psycopg

    with psycopg.connect(f"{PG}/{database}", autocommit=True) as connection:
        return connection.execute(sql).fetchall() if sql.lstrip().upper().startswith(
            "SELECT") else connection.execute(sql)


class Site:
    """A PostgreSQL database made for one test module, and the environment to reach it."""

    def __init__(self, base):
        self.name = f"mirocals_ops_{uuid.uuid4().hex[:10]}"
        self.base = base
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"{PG}/{self.name}",
            "CACHE_DIR": str(base / "cache"),
            "MEDIA_ROOT": str(base / "media"),
            "PRIVATE_MEDIA_ROOT": str(base / "private-media"),
        }
        self.env.pop("REDIS_URL", None)
        self.servers = []

    def create(self):
        admin_sql(f'CREATE DATABASE "{self.name}"')
        self.manage("migrate", "--noinput")
        self.manage("load_demo_content")

    def drop(self):
        for server in self.servers:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        admin_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def manage(self, *args, env=None, check=True, timeout=600):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT,
                                env={**self.env, **(env or {})}, capture_output=True,
                                text=True, timeout=timeout)
        if check:
            assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result

    def serve(self, env=None):
        """gunicorn, as production runs it, with one worker; its address."""
        port = free_port()
        # Its log in a file: a pipe nobody reads would fill up and block the worker.
        self.log = self.base / f"gunicorn-{port}.log"
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", "1",
             "--timeout", "120", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT, env={**self.env, **(env or {})},
            stdout=subprocess.DEVNULL, stderr=self.log.open("w"))
        self.servers.append(server)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while not reachable("127.0.0.1", port):
            assert server.poll() is None, self.log.read_text()[-3000:]
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        return url

    def refuse_connections(self):
        """The database server stops answering for this database: new connections are
        refused, and those open are cut (a failover, a crash, a full disk)."""
        admin_sql(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
        admin_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  f"WHERE datname = '{self.name}'")

    def accept_connections(self):
        admin_sql(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')

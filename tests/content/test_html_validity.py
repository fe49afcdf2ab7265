"""The Nu Html Checker (vnu.jar, the W3C validator) finds no error on any public page type in
any language. The pages are rendered by Django's test client and checked in one run of the
checker (a Java start-up costs about a second; one run checks every page).

vnu.jar comes from npm (tools/vnu/package.json, an exact version; `make test` runs `npm ci`
there). Without Java or the jar the test is skipped with the reason, except under CI."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.page_types import LANGUAGES, expected_status, page_paths

pytestmark = [pytest.mark.django_db, pytest.mark.lay_summary_pdfs]

VNU_JAR = (Path(__file__).resolve().parents[2] / "tools" / "vnu" / "node_modules" / "vnu-jar"
           / "build" / "dist" / "vnu.jar")


def vnu_command():
    missing = []
    if shutil.which("java") is None:
        missing.append("Java (apt install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"{VNU_JAR.name} (cd tools/vnu && npm ci --ignore-scripts)")
    if missing:
        reason = "The Nu Html Checker cannot run: missing " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return ["java", "-Xss1m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]


def test_the_nu_html_checker_finds_no_error_on_any_page_type_in_any_language(client, tmp_path):
    command = vnu_command()
    files = {}
    for language in LANGUAGES:
        for page_type, path in page_paths(language).items():
            response = client.get(path)
            assert response.status_code == expected_status(page_type), path
            file = tmp_path / f"{language}-{page_type.replace(' ', '-').replace(',', '')}.html"
            file.write_bytes(response.content)
            files[file.name] = f"{path} ({page_type})"
    result = subprocess.run(command + sorted(str(tmp_path / name) for name in files),
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} "
              f"line {m.get('lastLine')}: {m['message']}"
              for m in messages if m["type"] in ("error", "non-document-error")]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors)
    assert result.returncode == 0, result.stderr

"""The Nu Html Checker (vnu.jar, the W3C validator) for the tests: one run checks many files
(a Java start-up costs about a second).

vnu.jar comes from npm (tools/vnu/package.json, an exact version; `make test` runs `npm ci`
there). Without Java or the jar the calling test is skipped with the reason, except under CI,
where it fails."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

VNU_JAR = (Path(__file__).resolve().parents[1] / "tools" / "vnu" / "node_modules" / "vnu-jar"
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


def html_errors(files):
    """The checker's errors in `files` ({path: how a report names it}), one line each."""
    command = vnu_command()
    result = subprocess.run(command + sorted(str(path) for path in files),
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    names = {Path(path).name: name for path, name in files.items()}
    errors = [f"{names.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} "
              f"line {m.get('lastLine')}: {m['message']}"
              for m in messages if m["type"] in ("error", "non-document-error")]
    assert errors or result.returncode == 0, result.stderr
    return errors

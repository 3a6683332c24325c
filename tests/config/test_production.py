"""Production mode, run as a real process: settings come from the environment only."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x7!k2p" * 10


def production_env(tmp_path: Path, **extra: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="debrief.example.com,127.0.0.1",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **extra,
    )
    return env


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_check_deploy_is_clean(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    result = manage(env, "check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(
        url, headers={"Host": "debrief.example.com", "X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, dict(response.headers), response.read()


@pytest.mark.slow
def test_gunicorn_serves_the_app_and_hashed_static_files(tmp_path):
    env = production_env(tmp_path)
    assert manage(env, "collectstatic", "--noinput", "-v0").returncode == 0
    assert manage(env, "migrate", "--noinput", "-v0").returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
            "--workers", "1", "--no-control-socket",
        ],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        # Up to a minute to start: on a loaded CI machine gunicorn's import of the app is slow.
        for _ in range(600):
            try:
                status, _, body = get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("gunicorn never answered")
        assert status == 200
        assert b'"database": "ok"' in body

        status, headers, body = get(f"{base}/accounts/login/")
        assert status == 200
        assert "Strict-Transport-Security" in headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        html = body.decode()
        css = html.split('href="/static/bootstrap/css/')[1].split('"')[0]
        assert css != "bootstrap.min.css", "static files should carry a content hash"
        status, headers, _ = get(f"{base}/static/bootstrap/css/{css}")
        assert status == 200
        assert "max-age=315360000" in headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=10)

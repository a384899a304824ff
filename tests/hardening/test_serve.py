"""`scripts/serve.sh` (gunicorn + WhiteNoise) in a subprocess on a free loopback port, with the
production settings, seen through the headers a TLS-terminating proxy would send."""

import http.client
import os
import re
import signal
import socket
import subprocess
import time

import pytest

from tests.hardening.support import ROOT

pytestmark = pytest.mark.e2e

KEY = "x7Gq2vR9sLk3Wm8Zp1Tn6Yb4Hc0Jd5Fe-production-like-key-0123456789"
HTTPS = {"X-Forwarded-Proto": "https"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_env(tmp_path, db_url, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.hardening.serve_settings",
        HARDENING_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_SECRET_KEY=KEY,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_PROXY_SSL_HEADER="1",
        DATABASE_URL=db_url,
        WEB_CONCURRENCY="2",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


class Server:
    def __init__(self, port):
        self.port = port

    def request(self, method, path, headers=None, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, templates):
    tmp_path = tmp_path_factory.mktemp("serve")
    with templates.scratch("sqlite") as db:
        port = free_port()
        log = open(tmp_path / "serve.log", "w+", encoding="utf-8")  # noqa: SIM115
        proc = subprocess.Popen(
            ["bash", "scripts/serve.sh"],
            cwd=ROOT,
            env=serve_env(tmp_path, db.url, PORT=str(port)),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # gunicorn's master and workers in one group, stopped together
        )
        try:
            deadline = time.monotonic() + 120
            while True:
                assert proc.poll() is None, f"serve.sh exited {proc.returncode}: {(tmp_path / 'serve.log').read_text()}"
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline, "gunicorn did not listen within 120 s"
                    time.sleep(0.2)
            srv = Server(port)
            srv.log = tmp_path / "serve.log"
            srv.static_root = tmp_path / "static"
            yield srv
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            log.close()


def test_gunicorn_serves_the_admin_and_hashed_compressed_static_files(server):
    status, headers, _ = server.request("GET", "/admin/login/")
    assert status == 301 and headers["Location"].startswith("https://"), "plain HTTP is redirected to HTTPS"

    status, headers, body = server.request("GET", "/admin/login/", HTTPS)
    assert status == 200
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    cookie = headers["Set-Cookie"]
    assert "csrftoken=" in cookie and "Secure" in cookie
    page = body.decode()
    css = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', page)
    assert css, "pages link static files by their hashed names (manifest storage)"

    status, headers, body = server.request("GET", css[1], {**HTTPS, "Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip", "WhiteNoise serves the precompressed file"
    assert "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
    assert (server.static_root / "staticfiles.json").exists()


def test_no_debug_pages_and_failed_logins_logged(server):
    status, _, body = server.request("GET", "/no/such/page/", HTTPS)
    assert status == 404
    assert b"URLconf" not in body and b"Traceback" not in body, "DEBUG is off"

    status, _, body = server.request("GET", "/admin/login/", {**HTTPS, "Host": "evil.example.org"})
    assert status == 400, "hosts outside DJANGO_ALLOWED_HOSTS are refused"

    status, headers, body = server.request("GET", "/admin/login/", HTTPS)
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"])[1]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1].decode()
    form = f"csrfmiddlewaretoken={token}&username=intruder&password=wrong&next=/admin/"
    origin = f"https://127.0.0.1:{server.port}"
    status, _, body = server.request(
        "POST",
        "/admin/login/",
        {
            **HTTPS,
            "Cookie": f"csrftoken={csrf_cookie}",
            "Origin": origin,
            "Referer": origin + "/admin/login/",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        form,
    )
    assert status == 200, body[:500]
    deadline = time.monotonic() + 10
    while "login failed for username 'intruder'" not in server.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "login failed for username 'intruder'" in server.log.read_text()

    status, _, _ = server.request(
        "POST",
        "/admin/login/",
        {**HTTPS, "Cookie": f"csrftoken={csrf_cookie}", "Origin": "https://evil.example.org"},
        form,
    )
    assert status == 403, "a cross-origin POST fails the CSRF check"


@pytest.mark.parametrize(
    ("env", "message"),
    [({"DJANGO_DEBUG": "1"}, "DJANGO_DEBUG is on"), ({"DJANGO_SECRET_KEY": ""}, "set DJANGO_SECRET_KEY")],
)
def test_serve_refuses_debug_and_a_missing_secret_key(tmp_path, env, message):
    result = subprocess.run(
        ["bash", "scripts/serve.sh"],
        cwd=ROOT,
        env=serve_env(tmp_path, "sqlite:////tmp/never-used.sqlite3", PORT=str(free_port()), **env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert message in result.stderr

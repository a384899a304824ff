"""Deployment safety beyond tests/test_deploy.py: HSTS, secure cookies and CSRF trusted origins
from the environment, failed admin logins logged and rate-limited."""

import json
import logging
import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.urls import reverse

from diplomacy import security
from tests.hardening.support import ROOT

KEY = "x7Gq2vR9sLk3Wm8Zp1Tn6Yb4Hc0Jd5Fe-production-like-key-0123456789"
DUMP = (
    "import json; from django.conf import settings as s; print(json.dumps({n: getattr(s, n, None) for n in "
    "['DEBUG', 'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', 'SECURE_SSL_REDIRECT', "
    "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_PROXY_SSL_HEADER', 'CSRF_TRUSTED_ORIGINS', "
    "'ALLOWED_HOSTS', 'SECURE_CONTENT_TYPE_NOSNIFF', 'X_FRAME_OPTIONS', 'MIDDLEWARE', 'REST_FRAMEWORK']}))"
)


def production_settings(**env) -> dict:
    """The production settings module as a child process sees it with ``env``."""
    import os

    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="diplomacy.settings",
        DJANGO_SECRET_KEY=KEY,
        DATABASE_URL="sqlite:////tmp/hardening-deploy.sqlite3",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", DUMP],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_defaults_are_secure():
    s = production_settings()
    assert s["DEBUG"] is False
    assert s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"] and s["SESSION_COOKIE_HTTPONLY"]
    assert s["SECURE_SSL_REDIRECT"] is True
    assert s["SECURE_HSTS_SECONDS"] >= 31536000 and s["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert s["SECURE_CONTENT_TYPE_NOSNIFF"] and s["X_FRAME_OPTIONS"] == "DENY"
    assert s["SECURE_PROXY_SSL_HEADER"] is None, "X-Forwarded-Proto is trusted only when asked"
    assert s["CSRF_TRUSTED_ORIGINS"] == []
    assert "diplomacy.security.LoginRateLimitMiddleware" in s["MIDDLEWARE"]
    api = s["REST_FRAMEWORK"]
    assert {"rest_framework.throttling.AnonRateThrottle", "rest_framework.throttling.UserRateThrottle"} <= set(
        api["DEFAULT_THROTTLE_CLASSES"]
    )
    assert api["DEFAULT_THROTTLE_RATES"]["anon"] and api["DEFAULT_THROTTLE_RATES"]["user"]


def test_hsts_cookies_csrf_origins_and_proxy_come_from_the_environment():
    s = production_settings(
        DJANGO_HSTS_SECONDS="600",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://diplomacy.example.org, https://curate.example.org",
        DJANGO_ALLOWED_HOSTS="diplomacy.example.org,curate.example.org",
        DJANGO_SECURE_PROXY_SSL_HEADER="1",
        DJANGO_SECURE_SSL_REDIRECT="0",
    )
    assert s["SECURE_HSTS_SECONDS"] == 600
    assert s["CSRF_TRUSTED_ORIGINS"] == ["https://diplomacy.example.org", "https://curate.example.org"]
    assert s["ALLOWED_HOSTS"] == ["diplomacy.example.org", "curate.example.org"]
    assert s["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert s["SECURE_SSL_REDIRECT"] is False
    assert s["SESSION_COOKIE_SECURE"] is True, "cookies stay secure when only the redirect is turned off"


def test_debug_turns_the_https_only_settings_off():
    s = production_settings(DJANGO_DEBUG="1")
    assert s["DEBUG"] is True
    assert not s["SESSION_COOKIE_SECURE"] and not s["SECURE_SSL_REDIRECT"] and s["SECURE_HSTS_SECONDS"] == 0


# --- failed logins: logged and rate-limited (in-process, the test settings) -------------------


@pytest.fixture
def fresh_counters():
    cache.clear()
    yield
    cache.clear()


def login(client, username, password, address="203.0.113.7"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_failed_admin_logins_are_logged_with_username_and_address(client, curator, fresh_counters, caplog):
    with caplog.at_level(logging.WARNING, logger="diplomacy.security"):
        response = login(client, "curator\n<script>", "wrong")
    assert response.status_code == 200  # the form again, with its error
    records = [r for r in caplog.records if r.name == "diplomacy.security"]
    assert len(records) == 1
    message = records[0].getMessage()
    assert "203.0.113.7" in message and "curator" in message
    assert "\n" not in message, "a username cannot forge log lines"


@pytest.mark.django_db
def test_admin_login_is_rate_limited_per_address(client, curator, settings, fresh_counters):
    settings.DIPLOMACY_LOGIN_FAILURES = 3
    for i in range(3):
        assert login(client, f"nobody{i}", "wrong").status_code == 200
    blocked = login(client, "curator", "curator-pass")
    assert blocked.status_code == 429, "the right password does not lift an address's block"
    assert int(blocked["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session
    assert login(client, "curator", "curator-pass", address="198.51.100.1").status_code == 302


@pytest.mark.django_db
def test_admin_login_is_rate_limited_per_username(client, curator, settings, fresh_counters):
    settings.DIPLOMACY_LOGIN_FAILURES = 3
    for i in range(3):
        assert login(client, "Curator", "wrong", address=f"198.51.100.{i + 10}").status_code == 200
    assert login(client, "curator", "curator-pass", address="198.51.100.99").status_code == 429
    assert security.TOO_MANY_ATTEMPTS in login(client, "curator", "x", address="198.51.100.98").content.decode()


@pytest.mark.django_db
def test_a_successful_login_below_the_limit_clears_the_username_counter(client, curator, settings, fresh_counters):
    settings.DIPLOMACY_LOGIN_FAILURES = 3
    for address in ("192.0.2.1", "192.0.2.2"):
        login(client, "curator", "wrong", address=address)
    assert login(client, "curator", "curator-pass", address="192.0.2.3").status_code == 302
    client.logout()
    for address in ("192.0.2.4", "192.0.2.5"):
        login(client, "curator", "wrong", address=address)
    assert login(client, "curator", "curator-pass", address="192.0.2.6").status_code == 302


SHARED_CACHE = "redis://127.0.0.1:6379/14"
FAIL_FROM_ANOTHER_PROCESS = """
import django, os
os.environ["DJANGO_SETTINGS_MODULE"] = "diplomacy.settings"
django.setup()
import diplomacy.security  # the server imports it with its middleware
from django.contrib.auth.signals import user_login_failed
from django.test import RequestFactory
request = RequestFactory().post("/admin/login/", REMOTE_ADDR="203.0.113.9")
for i in range(3):
    user_login_failed.send(sender=None, credentials={"username": f"nobody{i}"}, request=request)
"""


@pytest.mark.django_db
def test_with_a_cache_url_every_server_process_shares_the_login_limit(client, curator, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": SHARED_CACHE}}
    settings.DIPLOMACY_LOGIN_FAILURES = 3
    cache.clear()
    try:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        environment["DJANGO_CACHE_URL"] = SHARED_CACHE
        other = subprocess.run(
            [sys.executable, "-c", FAIL_FROM_ANOTHER_PROCESS],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            timeout=60,
        )
        assert other.returncode == 0, other.stderr
        assert login(client, "curator", "curator-pass", address="203.0.113.9").status_code == 429
        assert login(client, "curator", "curator-pass", address="198.51.100.1").status_code == 302
    finally:
        cache.clear()

"""Login failures: logged, and rate-limited per client address and per username.

Every failed login is logged on ``diplomacy.security`` (WARNING) with the username tried and
the client address. After ``DIPLOMACY_LOGIN_FAILURES`` failures (default 5) within
``DIPLOMACY_LOGIN_WINDOW`` seconds (default 900) from one address, or for one username, further
login attempts are answered 429 until the window has passed. Counters live in the default
cache: per process with the local-memory cache, shared between workers with a shared one
(Redis, Memcached, the database cache).

Hooked up by ``LoginRateLimitMiddleware`` in ``MIDDLEWARE``; importing this module connects
the signal receivers.
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse

logger = logging.getLogger("diplomacy.security")

DEFAULT_FAILURES = 5
DEFAULT_WINDOW = 900
TOO_MANY_ATTEMPTS = "Too many failed logins; try again later."
LOGIN_FAILED = "login failed for username %r from %s (%s failure(s) from this address in the window)"


def _limit() -> tuple[int, int]:
    return (
        int(getattr(settings, "DIPLOMACY_LOGIN_FAILURES", DEFAULT_FAILURES)),
        int(getattr(settings, "DIPLOMACY_LOGIN_WINDOW", DEFAULT_WINDOW)),
    )


def client_address(request) -> str:
    """The client's address as the server saw it (the proxy's, unless the proxy sets REMOTE_ADDR)."""
    if request is None:
        return "unknown"
    return str(request.META.get("REMOTE_ADDR") or "unknown")[:64]


def _key(kind: str, value: str) -> str:
    return "diplomacy:login-failures:" + kind + ":" + hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()


def _bump(key: str, window: int) -> int:
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def _clean_username(credentials: dict) -> str:
    username = str(credentials.get("username") or "")
    return username.encode("unicode_escape").decode("ascii")[:150]


@receiver(user_login_failed, dispatch_uid="diplomacy.security.login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    """Logs the failure and counts it against the address and the username."""
    _, window = _limit()
    address = client_address(request)
    username = _clean_username(credentials)
    count = _bump(_key("addr", address), window)
    if username:
        _bump(_key("user", username.lower()), window)
    logger.warning(LOGIN_FAILED, username, address, count)


@receiver(user_logged_in, dispatch_uid="diplomacy.security.logged_in")
def logged_in(sender, request, user, **kwargs):
    """A successful login clears its username's counter (not the address's)."""
    cache.delete(_key("user", user.get_username().lower()))


def login_blocked(request) -> bool:
    """True when this request's address or username has used up its failed logins."""
    failures, _ = _limit()
    if (cache.get(_key("addr", client_address(request))) or 0) >= failures:
        return True
    username = _clean_username(request.POST)
    return bool(username) and (cache.get(_key("user", username.lower())) or 0) >= failures


def _login_paths() -> set[str]:
    paths = set()
    for name in ("admin:login", "rest_framework:login", "login"):
        try:
            paths.add(reverse(name))
        except NoReverseMatch:
            continue
    return paths


class LoginRateLimitMiddleware:
    """Answers 429 to login POSTs from an address or for a username with too many recent failures."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paths: set[str] | None = None

    def __call__(self, request):
        if request.method == "POST":
            if self.paths is None:
                self.paths = _login_paths()
            if request.path in self.paths and login_blocked(request):
                _, window = _limit()
                logger.warning("login refused (rate limit) from %s", client_address(request))
                response = HttpResponse(TOO_MANY_ATTEMPTS, status=429, content_type="text/plain; charset=utf-8")
                response["Retry-After"] = str(window)
                return response
        return self.get_response(request)

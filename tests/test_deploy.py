import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY="x7Gq2vR9sLk3Wm8Zp1Tn6Yb4Hc0Jd5Fe-production-like-key-0123456789",
        DJANGO_ALLOWED_HOSTS="diplomacy.example.org",
        DJANGO_CACHE_URL="redis://127.0.0.1:6379/14",
        DATABASE_URL="sqlite:////tmp/deploy-check.sqlite3",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_check_deploy_warns_that_a_per_process_cache_does_not_share_rate_limits():
    result = run_manage(
        "check",
        "--deploy",
        DJANGO_SECRET_KEY="x7Gq2vR9sLk3Wm8Zp1Tn6Yb4Hc0Jd5Fe-production-like-key-0123456789",
        DJANGO_ALLOWED_HOSTS="diplomacy.example.org",
        DATABASE_URL="sqlite:////tmp/deploy-check.sqlite3",
    )
    assert result.returncode == 0, result.stderr
    assert "diplomacy.W001" in result.stderr + result.stdout


def test_secret_key_is_required_to_deploy_outside_debug():
    result = run_manage(
        "check", "--deploy", DJANGO_ALLOWED_HOSTS="example.org", DATABASE_URL="sqlite:////tmp/deploy-check.sqlite3"
    )
    assert result.returncode != 0
    assert "diplomacy.E001" in result.stderr


def test_serving_without_a_secret_key_is_refused_outside_debug():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment["DATABASE_URL"] = "sqlite:////tmp/deploy-check.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", "import diplomacy.wsgi"], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_command_line_jobs_run_without_a_secret_key(tmp_path):
    result = run_manage("migrate", "-v0", DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3")
    assert result.returncode == 0, result.stderr


def test_debug_is_off_by_default():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)",
        DJANGO_SECRET_KEY="k" * 60,
        DATABASE_URL="sqlite:////tmp/deploy-check.sqlite3",
    )
    assert result.stdout.split()[-2:] == ["False", "True"], result.stderr

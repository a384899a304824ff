import pytest


def _transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(
        (marker and marker.kwargs.get("transaction")) or {"transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _reference_data(request, django_db_blocker):
    """Transactional tests flush every table when they end, the migrations' reference data
    included; put it back (countries, organisations, the Curators group) before each one."""
    if _transactional(request):
        from diplomacy.reference import ensure_reference_data

        request.getfixturevalue("django_db_setup")  # the test database, not the real one
        with django_db_blocker.unblock():
            ensure_reference_data()


@pytest.fixture
def curator(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("curator", password="curator-pass", is_staff=True)
    group = Group.objects.filter(name="Curators").first()
    if group:
        user.groups.add(group)
    return user


def pytest_sessionfinish(session, exitstatus):
    """With CI=true a skipped test is a failure: a skip must not hide a missing browser or server."""
    import os

    if os.environ.get("CI", "").lower() not in {"1", "true", "yes"}:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(f"CI: {len(skipped)} skipped test(s) count as failures", red=True)
        session.exitstatus = 1

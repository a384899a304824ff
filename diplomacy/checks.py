"""System checks of the deployment: ``manage.py check --deploy``."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

E001 = "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
W001 = "The cache is per process: login rate limits and API throttles are not shared between server processes."


@register(Tags.security, deploy=True)
def secret_key_from_environment(app_configs, **kwargs):
    if settings.DEBUG or getattr(settings, "SECRET_KEY_FROM_ENVIRONMENT", True):
        return []
    return [Error(E001, hint="Set DJANGO_SECRET_KEY to 50+ random characters.", id="diplomacy.E001")]


@register(Tags.security, deploy=True)
def shared_cache(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or not backend.endswith(("LocMemCache", "DummyCache")):
        return []
    return [Warning(W001, hint="Set DJANGO_CACHE_URL=redis://host:6379/1.", id="diplomacy.W001")]

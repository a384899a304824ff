"""System checks of the deployment: ``manage.py check --deploy``."""

from django.conf import settings
from django.core.checks import Error, Tags, register

E001 = "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."


@register(Tags.security, deploy=True)
def secret_key_from_environment(app_configs, **kwargs):
    if settings.DEBUG or getattr(settings, "SECRET_KEY_FROM_ENVIRONMENT", True):
        return []
    return [Error(E001, hint="Set DJANGO_SECRET_KEY to 50+ random characters.", id="diplomacy.E001")]

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402

if not settings.DEBUG and not settings.SECRET_KEY_FROM_ENVIRONMENT:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set to serve with DJANGO_DEBUG off.")

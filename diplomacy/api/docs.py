"""Swagger UI served from the drf-spectacular-sidecar package: the docs work offline.

The assets are served by the API itself, so the docs need neither a CDN nor the sidecar in
``INSTALLED_APPS``; the files are small, immutable for a given sidecar version and cached.
"""

import mimetypes
from pathlib import Path

from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from drf_spectacular.views import SpectacularSwaggerView

ASSETS = {"favicon-32x32.png", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"}


def _dist() -> Path:
    import drf_spectacular_sidecar

    return Path(drf_spectacular_sidecar.__file__).parent / "static" / "drf_spectacular_sidecar" / "swagger-ui-dist"


def swagger_asset(request, name: str):
    """One Swagger UI file; only the few the page loads, so no path leaves the package."""
    if name not in ASSETS:
        raise Http404(name)
    content_type, _ = mimetypes.guess_type(name)
    response = FileResponse((_dist() / name).open("rb"), content_type=content_type)
    patch_cache_control(response, public=True, max_age=86400)
    return response


class SwaggerView(SpectacularSwaggerView):
    @staticmethod
    def _swagger_ui_resource(filename):
        return reverse("swagger-asset", args=[filename])

    @staticmethod
    def _swagger_ui_favicon():
        return reverse("swagger-asset", args=["favicon-32x32.png"])

from django.http import JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from diplomacy.api import views
from diplomacy.api.docs import SwaggerView, swagger_asset

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="event")
router.register("persons", views.PersonViewSet, basename="person")
router.register("offices", views.OfficeViewSet, basename="office")
router.register("countries", views.CountryViewSet, basename="country")
router.register("sources", views.SourceViewSet, basename="source")


@csrf_exempt
def not_found(request, path=""):
    """Any other path under /api/: a JSON 404 whatever the method (no CSRF check for a 404)."""
    return JsonResponse({"detail": "Not found."}, status=404)


urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("docs/assets/<path:name>", swagger_asset, name="swagger-asset"),
    path("persons/<str:uuid>/events/", views.PersonEventsView.as_view(), name="person-events"),
    path("", include(router.urls)),
    re_path(r"^(?P<path>.*)$", not_found),
]

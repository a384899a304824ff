from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from diplomacy.api import views

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="event")
router.register("persons", views.PersonViewSet, basename="person")
router.register("countries", views.CountryViewSet, basename="country")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("", include(router.urls)),
]

from django.urls import path

from diplomacy.explore import views

app_name = "explore"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("relations/<str:a>/<str:b>/", views.relations, name="relations"),
    path("countries/<str:code>/", views.country, name="country"),
    path("people/<uuid:public_id>/", views.person, name="person"),
    path("events/<uuid:public_id>/", views.event, name="event"),
    path("graph/", views.graph, name="graph"),
    path("map/", views.event_map, name="map"),
]

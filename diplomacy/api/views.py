from rest_framework import viewsets

from diplomacy.api.serializers import CountrySerializer, EventSerializer, PersonSerializer
from diplomacy.models import Country, Event, Person


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Diplomatic events with their participants."""

    serializer_class = EventSerializer
    lookup_field = "uuid"
    queryset = Event.objects.for_listing()


class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    """People acting for a state or an international organisation."""

    serializer_class = PersonSerializer
    lookup_field = "uuid"
    queryset = Person.objects.all()


class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    """ISO 3166 countries, with the former states of ISO 3166-3."""

    serializer_class = CountrySerializer
    queryset = Country.objects.all()
